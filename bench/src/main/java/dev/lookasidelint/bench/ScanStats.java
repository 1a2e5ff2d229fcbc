package dev.lookasidelint.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tool's own account of a scan: from the JSON that {@code scan --stats FILE} writes, or, from a
 * tool without that option, from the summary line it prints on standard error. Millisecond fields
 * are {@code -1} when the source does not give them.
 */
record ScanStats(long files, long lines, long functions, long findings, Map<String, Integer> findingsPerRule,
                 long filesWithParseProblems, long parseMillis, long analysisMillis, long totalMillis) {

    private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\"\\s*:\\s*(-?\\d+)");
    private static final Pattern PER_RULE = Pattern.compile("\"findingsPerRule\"\\s*:\\s*\\{([^}]*)}");
    private static final Pattern SUMMARY = Pattern.compile(
            "lookaside-lint: (\\d+) files, (\\d+) lines, (\\d+) functions, (\\d+) findings(?: \\(([^)]*)\\))?"
                    + "(?:, (\\d+) files with parse problems)?, ([\\d.]+) s \\(parsing ([\\d.]+) s, analysis ([\\d.]+) s\\)");

    /** Share of the in-process time spent parsing, of parsing plus analysis; NaN when unknown. */
    double parseShare() {
        long sum = parseMillis + analysisMillis;
        return parseMillis < 0 || sum <= 0 ? Double.NaN : (double) parseMillis / sum;
    }

    /** Reads the {@code --stats} JSON (one flat object, findingsPerRule the only nested one). */
    static ScanStats fromJson(String json) {
        Map<String, Integer> perRule = new TreeMap<>();
        Matcher pr = PER_RULE.matcher(json);
        String rest = json;
        if (pr.find()) {
            Matcher n = NUMBER.matcher(pr.group(1));
            while (n.find()) perRule.put(n.group(1), Integer.parseInt(n.group(2)));
            rest = json.substring(0, pr.start()) + json.substring(pr.end());
        }
        Map<String, Long> v = new TreeMap<>();
        Matcher n = NUMBER.matcher(rest);
        while (n.find()) v.put(n.group(1), Long.parseLong(n.group(2)));
        return new ScanStats(v.getOrDefault("files", -1L), v.getOrDefault("lines", -1L), v.getOrDefault("functions", -1L),
                v.getOrDefault("findings", -1L), perRule, v.getOrDefault("filesWithParseProblems", 0L),
                v.getOrDefault("parseMillis", -1L), v.getOrDefault("analysisMillis", -1L), v.getOrDefault("totalMillis", -1L));
    }

    /** Reads the summary line from a scan's standard error; null when there is none. */
    static ScanStats fromSummaryLine(String stderr) {
        Matcher m = SUMMARY.matcher(stderr);
        if (!m.find()) return null;
        Map<String, Integer> perRule = new TreeMap<>();
        if (m.group(5) != null) {
            for (String part : m.group(5).split(",")) {
                String[] kv = part.trim().split(":\\s*");
                if (kv.length == 2) perRule.put(kv[0], Integer.parseInt(kv[1]));
            }
        }
        return new ScanStats(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)), perRule, m.group(6) == null ? 0 : Long.parseLong(m.group(6)),
                seconds(m.group(8)), seconds(m.group(9)), seconds(m.group(7)));
    }

    private static long seconds(String s) {
        return Math.round(Double.parseDouble(s) * 1000);
    }
}
