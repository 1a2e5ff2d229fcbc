package dev.lookasidelint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.Severity;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private final TextReport report = new TextReport();

    @Test
    void oneLinePerFindingThenNotifications() throws Exception {
        String expected = """
                src/init.c:12:5: error: Lookaside list 'g_List' is initialized but not deleted on unload. [LAL001]
                src/my dir/größe.c:7:9: error: Block 'blk' is used after it was freed to its lookaside list. [LAL004]
                src/my dir/größe.c:20:15: warning: Block allocated from Ext->Lists[0] is leaked. [LAL008]
                src/bad.c:3: warning: 2 parse problems; results may be incomplete
                src/odd.c: note: no functions
                lookaside-lint: error: cannot read src/gone.c
                """;
        assertEquals(expected, report.render(SampleScan.scan()));
        StringWriter out = new StringWriter();
        report.write(SampleScan.scan(), out);
        assertEquals(expected, out.toString());
    }

    @Test
    void aCleanScanPrintsNothing() {
        assertEquals("", report.render(SampleScan.emptyScan()));
    }

    @Test
    void lineBreaksInAMessageDoNotSplitTheLine() {
        Finding f = new Finding("LAL009", Severity.WARNING, "first\r\nsecond\nthird",
                SourceLocation.point("a.c", 4, 2), "f", List.of(), List.of());
        assertEquals("a.c:4:2: warning: first second third [LAL009]", TextReport.findingLine(f));
    }
}
