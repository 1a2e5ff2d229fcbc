package dev.lookasidelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's contract with users and CI: outputs, exit codes, and clear messages on bad input. */
class MainTest {
    private static final String BUGGY = """
            #include <ntddk.h>
            typedef struct _ENTRY { struct _ENTRY *Next; int Id; } ENTRY, *PENTRY;
            NPAGED_LOOKASIDE_LIST g_EntryList;
            VOID Drain(PENTRY head)
            {
                PENTRY e;
                for (e = head; e != NULL; e = e->Next) {
                    ExFreeToNPagedLookasideList(&g_EntryList, e);
                }
            }
            """;

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textFindingIsOneCompilerStyleLineRelativeToTheScannedFolder() throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/queue.c"), BUGGY);
        Run r = run("scan", dir.toString(), "--quiet");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("src/queue.c:7:35: error: Block 'e' is dereferenced after it was freed"), r.out());
        assertTrue(r.out().strip().endsWith("[LAL004]"), r.out());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void cleanCodeExitsZeroWithNoOutput() throws IOException {
        Files.writeString(dir.resolve("ok.c"), "int Add(int a, int b) { return a + b; }\n");
        Run r = run("scan", dir.resolve("ok.c").toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void summaryLineCountsFilesAndFindingsPerRule() throws IOException {
        Files.writeString(dir.resolve("queue.c"), BUGGY);
        Run r = run("scan", dir.toString());
        assertTrue(r.err().contains("1 files, 10 lines, 1 functions, 1 findings (LAL004: 1)"), r.err());
    }

    @Test
    void sarifAndJsonGoToTheOutputFile() throws IOException {
        Files.writeString(dir.resolve("queue.c"), BUGGY);
        Path sarif = dir.resolve("out.sarif");
        Run r = run("scan", dir.resolve("queue.c").toString(), "--format", "sarif", "--output", sarif.toString(), "--quiet");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(Files.readString(sarif).contains("\"ruleId\": \"LAL004\""), Files.readString(sarif));
        Path json = dir.resolve("out.json");
        run("scan", dir.resolve("queue.c").toString(), "--format", "json", "--output", json.toString(), "--quiet");
        assertTrue(Files.readString(json).contains("\"ruleId\": \"LAL004\""), Files.readString(json));
    }

    @Test
    void sarifForGitHubHasCategoryLineHashAndUtf16Columns() throws IOException {
        // BUGGY with a BOM, CRLF line ends and a non-BMP character (two UTF-16 units) before the
        // finding on line 7.
        String source = BUGGY.replace("for (e = head", "for (/* \uD83D\uDE00 */ e = head").replace("\n", "\r\n");
        byte[] text = source.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(dir.resolve("queue.c"), withBom);
        Path sarif = dir.resolve("out.sarif");
        Run r = run("scan", dir.toString(), "--format", "sarif", "--sarif-category", "drivers/queue",
                "--output", sarif.toString(), "--quiet");
        assertEquals(1, r.exit(), r.err());
        JsonNode run = new ObjectMapper().readTree(sarif.toFile()).path("runs").path(0);
        assertEquals("drivers/queue/", run.path("automationDetails").path("id").asText());
        JsonNode result = run.path("results").path(0);
        JsonNode region = result.path("locations").path(0).path("physicalLocation").path("region");
        // "e->Next": code point column 43, UTF-16 column 44 (the emoji is two units).
        assertEquals(List.of(7, 44, 51), List.of(region.path("startLine").asInt(), region.path("startColumn").asInt(),
                region.path("endColumn").asInt()));
        // What GitHub's own fingerprints.ts (run under Node on these exact bytes) gives line 7.
        assertEquals("9867bba91d25b41b:1", result.path("partialFingerprints").path("primaryLocationLineHash").asText());
        assertEquals(dir.toUri().toString(), // an existing folder: ends in /
                run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText());
    }

    @Test
    void statsFileHoldsTheRunsFiguresAsJson() throws IOException {
        Files.writeString(dir.resolve("queue.c"), BUGGY);
        Path stats = dir.resolve("stats.json");
        Run r = run("scan", dir.resolve("queue.c").toString(), "--stats", stats.toString(), "--quiet");
        assertEquals(1, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(stats.toFile());
        assertEquals(1, json.get("files").asInt());
        assertEquals(10, json.get("lines").asInt());
        assertEquals(1, json.get("functions").asInt());
        assertEquals(1, json.get("findingsPerRule").get("LAL004").asInt());
        assertTrue(json.get("totalMillis").asLong() >= json.get("parseMillis").asLong(), json.toString());
    }

    @Test
    void parseOnlyParsesEveryFileButReportsNothing() throws IOException {
        Files.writeString(dir.resolve("queue.c"), BUGGY);
        Files.writeString(dir.resolve("ok.c"), "int Add(int a, int b) { return a + b; }\n");
        Path stats = dir.resolve("stats.json");
        Run r = run("scan", dir.toString(), "--parse-only", "--stats", stats.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("2 files, 11 lines parsed (parse only)"), r.err());
        JsonNode json = new ObjectMapper().readTree(stats.toFile());
        assertEquals(2, json.get("files").asInt());
        assertEquals(0, json.get("findings").asInt());
        assertEquals(0, json.get("analysisMillis").asInt());
    }

    @Test
    void missingPathIsAUsageErrorWithoutStackTrace() {
        Run r = run("scan", dir.resolve("nope").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such file or folder"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void unknownOptionAndUnknownFormatAreUsageErrors() {
        assertEquals(2, run("scan", dir.toString(), "--frobnicate").exit());
        assertEquals(2, run("scan", dir.toString(), "--format", "xml").exit());
        assertEquals(2, run().exit());
    }

    @Test
    void unwritableOutputExitsTwoAndLeavesNoFile() throws IOException {
        Files.writeString(dir.resolve("queue.c"), BUGGY);
        Path output = dir.resolve("no-such-folder/out.sarif");
        Run r = run("scan", dir.toString(), "--format", "sarif", "--output", output.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("lookaside-lint: error: cannot write"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(output));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    @Test
    void versionRulesAndExplain() {
        Run v = run("version");
        assertEquals(0, v.exit());
        assertTrue(v.out().matches("lookaside-lint \\d+\\.\\d+\\.\\d+.*\\n"), v.out());
        Run rules = run("rules");
        assertTrue(rules.out().contains("LAL001  list-not-deleted"), rules.out());
        assertTrue(rules.out().contains("LAL004  block-used-after-free"), rules.out());
        Run explain = run("explain", "lal004");
        assertEquals(0, explain.exit());
        assertTrue(explain.out().contains("Bad") && explain.out().contains("Good"), explain.out());
        assertEquals(2, run("explain", "LAL999").exit());
    }

    @Test
    void dumpCfgPrintsTheGraphOfOneFunction() throws IOException {
        Files.writeString(dir.resolve("queue.c"), BUGGY);
        Run r = run("scan", dir.toString(), "--dump-cfg", "Drain");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("function Drain (queue.c:4:6)"), r.out());
        assertTrue(r.out().contains("call ExFreeToNPagedLookasideList(&g_EntryList, e)"), r.out());
        assertEquals(2, run("scan", dir.toString(), "--dump-cfg", "Nope").exit());
    }

    @Test
    void binaryFileIsSkippedWithAWarningAndTheRestIsScanned() throws IOException {
        Files.write(dir.resolve("blob.c"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        Files.writeString(dir.resolve("queue.c"), BUGGY);
        Run r = run("scan", dir.toString(), "--format", "sarif", "--output", dir.resolve("o.sarif").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("blob.c: warning: skipped: binary file"), r.err());
    }

    /** A driver file whose only lookaside calls go through a library function the scan cannot see. */
    private static final String LIBRARY_FREE = """
            #include <ntddk.h>
            typedef struct _ENTRY { struct _ENTRY *Next; int Id; } ENTRY, *PENTRY;
            NPAGED_LOOKASIDE_LIST g_EntryList;
            VOID LibFreeEntry(PNPAGED_LOOKASIDE_LIST List, PENTRY Entry);
            VOID Drop(PENTRY e)
            {
                LibFreeEntry(&g_EntryList, e);
                e->Id = 0;
            }
            """;

    private static final String LIBRARY_CONFIG =
            "{ \"wrappers\": [ { \"name\": \"LibFreeEntry\", \"role\": \"free\", \"family\": \"npaged\", \"list\": 0, \"block\": 1 } ] }";

    @Test
    void configInTheScannedFolderDeclaresAWrapperThatTheScanThenReadsAsTheDdi() throws IOException {
        Files.writeString(dir.resolve("drop.c"), LIBRARY_FREE);
        assertEquals(0, run("scan", dir.toString(), "--quiet").exit(), "without the file, the call is unknown");
        Files.writeString(dir.resolve(".lookaside-lint.json"), LIBRARY_CONFIG);
        Run r = run("scan", dir.toString(), "--quiet");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("drop.c:8:5: error: Block 'e' is dereferenced after it was freed to lookaside list 'g_EntryList'"), r.out());
        Run file = run("scan", dir.resolve("drop.c").toString(), "--quiet");
        assertEquals(1, file.exit(), "a file's folder is the scan root, so the same file is found: " + file.err());
    }

    @Test
    void configOptionNamesAFileElsewhere() throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/drop.c"), LIBRARY_FREE);
        Path config = dir.resolve("lint.json");
        Files.writeString(config, LIBRARY_CONFIG);
        assertEquals(1, run("scan", dir.resolve("src").toString(), "--config", config.toString(), "--quiet").exit());
        Run missing = run("scan", dir.resolve("src").toString(), "--config", dir.resolve("none.json").toString());
        assertEquals(2, missing.exit());
        assertEquals("lookaside-lint: " + dir.resolve("none.json") + ": no such configuration file", missing.err().strip());
    }

    @Test
    void badConfigIsExitTwoWithOneLineNamingFileLineAndProblem() throws IOException {
        Files.writeString(dir.resolve("drop.c"), LIBRARY_FREE);
        Path config = dir.resolve(".lookaside-lint.json");
        Files.writeString(config, "{\n  \"wrappers\": [\n    { \"name\": \"LibFreeEntry\", \"role\": \"release\" } ] }\n");
        Run r = run("scan", dir.toString());
        assertEquals(2, r.exit());
        assertEquals("lookaside-lint: " + config + ":3: unknown role 'release' (one of: initialize, allocate, free,"
                + " delete, flush, pool_allocate, pool_free, borrow)", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void scanHelpDescribesTheConfigurationFile() {
        Run r = run("scan", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--config=FILE"), r.out());
        assertTrue(r.out().contains(".lookaside-lint.json"), r.out());
        assertTrue(r.out().contains("\"wrappers\""), r.out());
    }
}
