package dev.lookasidelint.sarif;

import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.analyzer.report.ScanStatistics;
import dev.lookasidelint.analyzer.report.Severity;
import dev.lookasidelint.analyzer.report.Suppressed;
import dev.lookasidelint.analyzer.report.ToolNotification;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A scan as one self-contained HTML page for a reviewer: a header with the counts per rule and
 * severity, the findings grouped per file (files sorted, findings in line order), each with the
 * source around it and its code flow drawn step by step on the source, the notifications, and
 * the help of every rule that has a finding.
 *
 * <p>The page loads nothing: its style and script are inline, and its Content-Security-Policy
 * allows no other resource and only that one script (by hash), so it works from {@code file:},
 * offline, and shows everything with JavaScript off (the script only adds stepping through a
 * flow). All text from the scan is escaped. Output is deterministic (no date): the same scan and
 * sources give the same bytes. Sources are read once per file and only excerpts are shown.
 */
public final class HtmlReport {

    private static final String CSS = resource("html-report.css");
    private static final String SCRIPT = resource("html-report.js");

    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
    private final String toolVersion;
    private final boolean withSuppressed;

    /** {@code rules}: the catalog, for each rule's name and help. */
    public HtmlReport(List<RuleInfo> rules, String toolVersion) {
        this(rules, toolVersion, false);
    }

    private HtmlReport(List<RuleInfo> rules, String toolVersion, boolean withSuppressed) {
        for (RuleInfo r : rules) this.rules.put(r.id(), r);
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.withSuppressed = withSuppressed;
    }

    /**
     * The same report with the findings suppressed in the source shown too, each marked as suppressed
     * with its reason (as {@link SarifReport#withSuppressed}); left out by default.
     */
    public HtmlReport withSuppressed(boolean include) {
        return new HtmlReport(List.copyOf(rules.values()), toolVersion, include);
    }

    /** Writes the page; {@code out} is flushed, not closed. */
    public void write(ScanResult scan, Writer out) throws IOException {
        out.write(render(scan));
        out.flush();
    }

    /** The page as a string, exactly as {@link #write} would write it. */
    public String render(ScanResult scan) {
        List<Shown> shown = shown(scan);
        StringBuilder out = new StringBuilder(8192 + shown.size() * 4096);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src '")
                .append(sha256(SCRIPT)).append("'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(SarifReport.TOOL_NAME).append(": ").append(count(scan.findings().size(), "finding"))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(out, scan);
        Map<String, List<Shown>> byFile = byFile(shown);
        fileIndex(out, byFile);
        out.append("<main>\n");
        if (byFile.isEmpty()) out.append("<p class=\"clean\">No findings.</p>\n");
        HtmlFinding findings = new HtmlFinding(new ReportSources(scan.root()), rules.keySet());
        int n = 0;
        int fileNumber = 0;
        for (Map.Entry<String, List<Shown>> file : byFile.entrySet()) {
            fileNumber++;
            out.append("<section class=\"file\" id=\"file-").append(fileNumber).append("\">\n<h2 class=\"path\">")
                    .append(Html.text(file.getKey())).append(" <span class=\"count\">")
                    .append(count(file.getValue().size(), "finding")).append("</span></h2>\n");
            for (Shown s : file.getValue()) {
                findings.write(out, ++n, s.finding(), s.suppressedBecause());
            }
            out.append("</section>\n");
        }
        out.append("</main>\n");
        notifications(out, scan.notifications());
        ruleHelp(out, shown);
        out.append("<footer>Keys: <kbd>n</kbd> next step, <kbd>p</kbd> previous step (in the flow last used).")
                .append(" Written by ").append(SarifReport.TOOL_NAME).append(' ').append(Html.text(toolVersion))
                .append(".</footer>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    /** A finding as the page shows it; {@code suppressedBecause} is null for a finding that is not suppressed. */
    private record Shown(Finding finding, String suppressedBecause) {
    }

    private List<Shown> shown(ScanResult scan) {
        List<Shown> shown = new ArrayList<>();
        for (Finding f : scan.findings()) shown.add(new Shown(f, null));
        if (withSuppressed) {
            for (Suppressed s : scan.suppressed()) shown.add(new Shown(s.finding(), s.justification()));
        }
        return shown;
    }

    /** Files sorted by path, each file's findings in line order. */
    private static Map<String, List<Shown>> byFile(List<Shown> shown) {
        Map<String, List<Shown>> byFile = new TreeMap<>();
        for (Shown s : shown) byFile.computeIfAbsent(s.finding().location().path(), k -> new ArrayList<>()).add(s);
        for (List<Shown> list : byFile.values()) {
            list.sort(Comparator.comparing(Shown::finding).thenComparing(s -> s.suppressedBecause() != null));
        }
        return byFile;
    }

    private void header(StringBuilder out, ScanResult scan) {
        out.append("<header class=\"top\">\n<h1>").append(SarifReport.TOOL_NAME).append(" <span class=\"version\">")
                .append(Html.text(toolVersion)).append("</span></h1>\n");
        out.append("<p class=\"root\">Scan root: <code>")
                .append(Html.text(scan.root() == null ? "" : scan.root().toString().replace('\\', '/'))).append("</code></p>\n");
        Map<Severity, Integer> bySeverity = new TreeMap<>();
        for (Finding f : scan.findings()) bySeverity.merge(f.severity(), 1, Integer::sum);
        out.append("<p class=\"totals\"><strong id=\"finding-count\">").append(count(scan.findings().size(), "finding")).append("</strong>");
        if (!bySeverity.isEmpty()) {
            List<String> parts = new ArrayList<>();
            bySeverity.forEach((sev, c) -> parts.add("<span class=\"sev-" + sev.label() + "\">" + count(c, sev.label()) + "</span>"));
            out.append(": ").append(String.join(", ", parts));
        }
        ScanStatistics stats = scan.statistics();
        if (stats != null) {
            out.append(" &middot; ").append(count(stats.files(), "file")).append(" scanned, ").append(count(stats.lines(), "line"))
                    .append(", ").append(count(stats.functions(), "function"));
            if (stats.filesWithParseProblems() > 0) {
                out.append(" &middot; <a href=\"#notifications\">").append(count(stats.filesWithParseProblems(), "file"))
                        .append(" with parse problems</a>");
            }
        }
        if (!scan.notifications().isEmpty()) {
            out.append(" &middot; <a href=\"#notifications\">").append(count(scan.notifications().size(), "notification")).append("</a>");
        }
        if (!scan.suppressed().isEmpty()) {
            out.append(" &middot; ").append(scan.suppressed().size()).append(" suppressed in the source")
                    .append(withSuppressed ? " (shown, marked)" : " (not shown; --include-suppressed shows them)");
        }
        out.append("</p>\n");
        countsTable(out, scan.findings());
        out.append("</header>\n");
    }

    /** One row per rule and severity that has findings, in rule order. */
    private void countsTable(StringBuilder out, List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : findings) counts.merge(f.ruleId() + "\u0000" + f.severity().ordinal(), 1, Integer::sum);
        if (counts.isEmpty()) return;
        out.append("<table class=\"counts\">\n<thead><tr><th>Rule</th><th>Name</th><th>Severity</th><th>Findings</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String id = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
            Severity sev = Severity.values()[Integer.parseInt(e.getKey().substring(id.length() + 1))];
            RuleInfo rule = rules.get(id);
            out.append("<tr><td>").append(rule != null ? "<a href=\"#rule-" + Html.text(id) + "\">" + Html.text(id) + "</a>" : Html.text(id))
                    .append("</td><td>").append(rule != null ? Html.text(rule.name()) : "").append("</td><td class=\"sev-")
                    .append(sev.label()).append("\">").append(sev.label()).append("</td><td class=\"num\">")
                    .append(e.getValue()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void fileIndex(StringBuilder out, Map<String, List<Shown>> byFile) {
        if (byFile.isEmpty()) return;
        out.append("<nav class=\"files\">\n<h2>Files</h2>\n<ul>\n");
        int i = 0;
        for (Map.Entry<String, List<Shown>> file : byFile.entrySet()) {
            out.append("<li><a href=\"#file-").append(++i).append("\">").append(Html.text(file.getKey()))
                    .append("</a> <span class=\"count\">").append(file.getValue().size()).append("</span></li>\n");
        }
        out.append("</ul>\n</nav>\n");
    }

    private static void notifications(StringBuilder out, List<ToolNotification> notifications) {
        if (notifications.isEmpty()) return;
        out.append("<section id=\"notifications\">\n<h2>Notifications</h2>\n")
                .append("<p>Files, functions or rules the scan could not fully analyse; findings there may be missing.</p>\n")
                .append("<table class=\"notifications\">\n<thead><tr><th>Level</th><th>Where</th><th>Message</th></tr></thead>\n<tbody>\n");
        for (ToolNotification n : notifications) {
            String level = n.level().name().toLowerCase(Locale.ROOT);
            String where = n.path() == null ? "" : n.line() > 0 ? n.path() + ":" + n.line() : n.path();
            out.append("<tr class=\"level-").append(level).append("\"><td>").append(level).append("</td><td><code>")
                    .append(Html.text(where)).append("</code></td><td>").append(Html.text(n.message())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** The help of each rule that has a finding on the page, in rule order. */
    private void ruleHelp(StringBuilder out, List<Shown> shown) {
        TreeMap<String, RuleInfo> used = new TreeMap<>();
        for (Shown s : shown) {
            RuleInfo r = rules.get(s.finding().ruleId());
            if (r != null) used.put(r.id(), r);
        }
        if (used.isEmpty()) return;
        out.append("<section id=\"rules\">\n<h2>Rules</h2>\n");
        for (RuleInfo r : used.values()) {
            out.append("<article class=\"rule-help\" id=\"rule-").append(Html.text(r.id())).append("\">\n<h3>")
                    .append(Html.text(r.id())).append(" <span class=\"name\">").append(Html.text(r.name())).append("</span></h3>\n")
                    .append("<p>").append(Html.text(r.shortDescription())).append("</p>\n")
                    .append("<pre class=\"help\">").append(Html.text(firstNonBlank(r.helpText(), r.fullDescription())))
                    .append("</pre>\n</article>\n");
        }
        out.append("</section>\n");
    }

    private static String firstNonBlank(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
