package dev.lookasidelint.cli;

import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.analyzer.report.ScanStatistics;
import dev.lookasidelint.analyzer.report.ToolNotification;
import java.util.Map;
import java.util.TreeMap;

/** The one line on standard error that ends a scan: what was read, what was found, what was left out, how long. */
final class ScanSummary {
    private ScanSummary() {
    }

    static String of(ScanResult result, int inBaseline, long millis) {
        ScanStatistics s = result.statistics();
        Map<String, Integer> perRule = new TreeMap<>();
        for (Finding f : result.findings()) perRule.merge(f.ruleId(), 1, Integer::sum);
        StringBuilder b = new StringBuilder("lookaside-lint: ");
        b.append(s.files()).append(" files, ").append(s.lines()).append(" lines, ").append(s.functions())
                .append(" functions, ").append(result.findings().size()).append(" findings");
        if (!perRule.isEmpty()) b.append(" ").append(perRule.toString().replace('{', '(').replace('}', ')').replace("=", ": "));
        if (!result.suppressed().isEmpty()) b.append(", ").append(result.suppressed().size()).append(" suppressed in the source");
        if (inBaseline > 0) b.append(", ").append(inBaseline).append(" in the baseline");
        if (s.filesWithParseProblems() > 0) b.append(", ").append(s.filesWithParseProblems()).append(" files with parse problems");
        long failures = result.notifications().stream().filter(n -> n.level() == ToolNotification.Level.ERROR).count();
        if (failures > 0) b.append(", ").append(failures).append(failures == 1 ? " file, function or rule" : " files, functions or rules")
                .append(" not fully analysed");
        b.append(String.format(", %.1f s (parsing %.1f s, analysis %.1f s)", millis / 1000.0,
                s.parseMillis() / 1000.0, s.analysisMillis() / 1000.0));
        return b.toString();
    }
}
