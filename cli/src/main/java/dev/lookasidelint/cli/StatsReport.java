package dev.lookasidelint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.analyzer.report.ScanStatistics;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one run as JSON ({@code scan --stats FILE}), for the benchmark harness and for CI
 * dashboards: what was read, what was found, and where the time went.
 */
final class StatsReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StatsReport() {
    }

    static String of(ScanResult result, long totalMillis) {
        ScanStatistics s = result.statistics();
        Map<String, Integer> perRule = new TreeMap<>();
        for (Finding f : result.findings()) perRule.merge(f.ruleId(), 1, Integer::sum);
        ObjectNode root = counts(s.files(), s.lines(), s.functions());
        root.put("findings", result.findings().size());
        ObjectNode rules = root.putObject("findingsPerRule");
        perRule.forEach(rules::put);
        root.put("filesWithParseProblems", s.filesWithParseProblems());
        return times(root, s.parseMillis(), s.analysisMillis(), totalMillis);
    }

    /** The figures of a {@code --parse-only} run: no functions, no findings, no analysis. */
    static String ofParseOnly(int files, long lines, long parseMillis, long totalMillis) {
        ObjectNode root = counts(files, lines, 0);
        root.put("findings", 0);
        root.putObject("findingsPerRule");
        root.put("filesWithParseProblems", 0);
        return times(root, parseMillis, 0, totalMillis);
    }

    private static ObjectNode counts(int files, long lines, int functions) {
        ObjectNode root = JSON.createObjectNode();
        root.put("files", files);
        root.put("lines", lines);
        root.put("functions", functions);
        return root;
    }

    private static String times(ObjectNode root, long parseMillis, long analysisMillis, long totalMillis) {
        root.put("parseMillis", parseMillis);
        root.put("analysisMillis", analysisMillis);
        root.put("totalMillis", totalMillis);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
