package dev.lookasidelint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tool's figures come from --stats JSON, or from the summary line of a build without it. */
class ScanStatsTest {

    @Test
    void readsTheStatsJson() {
        ScanStats s = ScanStats.fromJson("{\"files\":142,\"lines\":99971,\"functions\":3653,\"findings\":51,"
                + "\"findingsPerRule\":{\"LAL001\":4,\"LAL004\":10},\"filesWithParseProblems\":0,"
                + "\"parseMillis\":1900,\"analysisMillis\":2100,\"totalMillis\":4100}");
        assertEquals(142, s.files());
        assertEquals(99971, s.lines());
        assertEquals(3653, s.functions());
        assertEquals(51, s.findings());
        assertEquals(Map.of("LAL001", 4, "LAL004", 10), s.findingsPerRule());
        assertEquals(1900, s.parseMillis());
        assertEquals(2100, s.analysisMillis());
        assertEquals(4100, s.totalMillis());
        assertEquals(0.475, s.parseShare(), 1e-9);
    }

    @Test
    void readsTheSummaryLine() {
        ScanStats s = ScanStats.fromSummaryLine("warning: x\nlookaside-lint: 142 files, 99971 lines, 3653 functions, 51 findings "
                + "(LAL001: 4, LAL006: 10), 2 files with parse problems, 4.1 s (parsing 1.9 s, analysis 2.2 s)\n");
        assertEquals(142, s.files());
        assertEquals(Map.of("LAL001", 4, "LAL006", 10), s.findingsPerRule());
        assertEquals(2, s.filesWithParseProblems());
        assertEquals(4100, s.totalMillis());
        assertEquals(1900, s.parseMillis());
        assertEquals(2200, s.analysisMillis());
    }

    @Test
    void aCleanScanHasNoPerRuleList() {
        ScanStats s = ScanStats.fromSummaryLine("lookaside-lint: 3 files, 120 lines, 4 functions, 0 findings, 0.7 s (parsing 0.3 s, analysis 0.3 s)");
        assertEquals(0, s.findings());
        assertEquals(Map.of(), s.findingsPerRule());
        assertNull(ScanStats.fromSummaryLine("no summary here"));
    }
}
