package dev.lookasidelint.testdata.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report goes to the path asked for and nowhere else. The write goes through a temporary file
 * next to the output that is renamed into place, so it never leaves a half-written report, never
 * leaves its temporary file behind, and never writes through a symbolic link: a link at the output
 * path is replaced by the report, and the file it pointed to (which may be anywhere, say a file
 * outside the workspace planted by the scanned tree) is left untouched.
 */
class OutputPathTest {
    private static final String BUGGY = BuggyDriver.DRAIN;

    @TempDir
    Path dir;
    Path source;

    @BeforeEach
    void writeSource() throws IOException {
        source = Files.createDirectories(dir.resolve("src")).resolve("queue.c");
        Files.writeString(source, BUGGY);
    }

    private CliRun scanTo(Path output) {
        return CliRun.of("scan", source.toString(), "--format", "sarif", "--output", output.toString(), "--quiet");
    }

    @Test
    void theOnlyFileCreatedIsTheOutput() throws IOException {
        Set<String> before = CliRun.tree(dir);
        CliRun run = scanTo(dir.resolve("out.sarif"));
        assertEquals(1, run.exit(), run.err());
        Set<String> after = CliRun.tree(dir);
        after.removeAll(before);
        assertEquals(Set.of("out.sarif"), after);
    }

    @Test
    void anOutputFolderThatDoesNotExistIsOneLineAndCreatesNothing() throws IOException {
        Set<String> before = CliRun.tree(dir);
        CliRun run = scanTo(dir.resolve("missing/deeper/out.sarif"));
        assertEquals(2, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("lookaside-lint: error: cannot write "), run.err());
        assertEquals(before, CliRun.tree(dir), "nothing is created");
    }

    @Test
    void aSymbolicLinkAtTheOutputIsReplacedAndItsTargetIsUntouched() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside")).resolve("precious.txt");
        Files.writeString(outside, "precious");
        Path link = Files.createSymbolicLink(dir.resolve("out.sarif"), outside);
        CliRun run = scanTo(link);
        assertEquals(1, run.exit(), run.err());
        assertEquals("precious", Files.readString(outside), "the link's target was written");
        assertFalse(Files.isSymbolicLink(link), "the link is replaced by the report");
        assertTrue(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.readString(link).contains("\"ruleId\""));
    }

    @Test
    void aDanglingSymbolicLinkAtTheOutputCreatesNothingWhereItPoints() throws IOException {
        Path nowhere = dir.resolve("elsewhere/planted.sarif");
        Path link = Files.createSymbolicLink(dir.resolve("out.sarif"), nowhere);
        CliRun run = scanTo(link);
        assertEquals(1, run.exit(), run.err());
        assertFalse(Files.exists(nowhere.getParent()), "nothing written through the link");
        assertTrue(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aFailedWriteRemovesItsTemporaryFileAndKeepsWhatWasThere() throws IOException {
        // the output path is a folder that is not empty: the rename into place fails after the
        // temporary file was written next to it
        Path output = Files.createDirectories(dir.resolve("out.sarif"));
        Files.writeString(output.resolve("keep.txt"), "kept");
        Set<String> before = CliRun.tree(dir);
        CliRun run = scanTo(output);
        assertEquals(2, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals(before, CliRun.tree(dir), "the temporary file is removed, nothing else changes");
        assertEquals("kept", Files.readString(output.resolve("keep.txt")));
    }

    @Test
    void theStatsFileFollowsTheSameRules() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside")).resolve("precious.txt");
        Files.writeString(outside, "precious");
        Path link = Files.createSymbolicLink(dir.resolve("stats.json"), outside);
        CliRun run = CliRun.of("scan", source.toString(), "--stats", link.toString(), "--quiet");
        assertEquals(1, run.exit(), run.err());
        assertEquals("precious", Files.readString(outside));
        assertTrue(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS));
    }
}
