package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.project.ProjectLoader;
import dev.lookasidelint.analyzer.report.ToolNotification;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CDT's C parser asserts instead of recovering on some malformed declarators (found by the Jazzer
 * target: {@code k((p)=x;} throws IllegalArgumentException in CASTAmbiguousDeclarator). Such a file is
 * skipped with a warning that says the parser gave up, not reported as an internal error of ours,
 * and the other files of the scan are analysed as usual.
 */
class CdtParserDefectTest {
    private static final String CDT_ASSERTS = "k((p)=x;\n";

    @TempDir
    Path dir;

    @Test
    void aDeclaratorThatMakesCdtAssertIsAnUnreadableSource() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.c"), CDT_ASSERTS);
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> TestSource.translate(file, "broken.c"));
        assertEquals("the C parser (CDT) gave up on this file's syntax (CASTAmbiguousDeclarator.setInitializer)", e.getMessage());
    }

    @Test
    void theScanSkipsThatFileWithAWarningAndAnalysesTheOthers() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.c"), CDT_ASSERTS);
        Path good = Files.writeString(dir.resolve("good.c"), "int Add(int a, int b) { return a + b; }\n");
        ProjectLoader.LoadedProject project = new ProjectLoader(FrontendOptions.defaults(), 1).load(dir, List.of(broken, good));
        assertEquals(1, project.program().functions().size());
        List<ToolNotification> notes = project.notifications();
        assertEquals(1, notes.size(), notes::toString);
        assertEquals(ToolNotification.Level.WARNING, notes.get(0).level());
        assertTrue(notes.get(0).message().startsWith("skipped: the C parser (CDT) gave up"), notes.get(0).message());
    }
}
