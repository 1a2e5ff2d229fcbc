package dev.lookasidelint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** At a terminal, a finding's line is coloured, and says exactly what the plain line says. */
class TextReportColourTest {

    @Test
    void colouredLineIsThePlainLineWithColours() {
        Finding f = new Finding("LAL008", Severity.WARNING, "Block 'r' is leaked.",
                SourceLocation.point("src/leak.c", 6, 20), "Handle", List.of(), List.of());
        String coloured = TextReport.colouredLine(f);
        assertTrue(coloured.contains("\u001b[1;33mwarning:"), coloured);
        assertEquals(TextReport.findingLine(f), coloured.replaceAll("\u001b\\[[0-9;]*m", ""));
    }
}
