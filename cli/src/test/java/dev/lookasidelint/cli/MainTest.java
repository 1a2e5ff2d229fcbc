package dev.lookasidelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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

    @Test
    void textFindingIsOneCompilerStyleLineRelativeToTheScannedFolder() throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/queue.c"), BUGGY);
        Run r = Run.of("scan", dir.toString(), "--quiet");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("src/queue.c:7:35: error: Block 'e' is dereferenced after it was freed"), r.out());
        assertTrue(r.out().strip().endsWith("[LAL004]"), r.out());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void cleanCodeExitsZeroWithNoOutput() throws IOException {
        Files.writeString(dir.resolve("ok.c"), "int Add(int a, int b) { return a + b; }\n");
        Run r = Run.of("scan", dir.resolve("ok.c").toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void summaryLineCountsFilesAndFindingsPerRule() throws IOException {
        Files.writeString(dir.resolve("queue.c"), BUGGY);
        Run r = Run.of("scan", dir.toString());
        assertTrue(r.err().contains("1 files, 10 lines, 1 functions, 1 findings (LAL004: 1)"), r.err());
    }

    @Test
    void sarifAndJsonGoToTheOutputFile() throws IOException {
        Files.writeString(dir.resolve("queue.c"), BUGGY);
        Path sarif = dir.resolve("out.sarif");
        Run r = Run.of("scan", dir.resolve("queue.c").toString(), "--format", "sarif", "--output", sarif.toString(), "--quiet");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(Files.readString(sarif).contains("\"ruleId\": \"LAL004\""), Files.readString(sarif));
        Path json = dir.resolve("out.json");
        Run.of("scan", dir.resolve("queue.c").toString(), "--format", "json", "--output", json.toString(), "--quiet");
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
        Run r = Run.of("scan", dir.toString(), "--format", "sarif", "--sarif-category", "drivers/queue",
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
        Run r = Run.of("scan", dir.resolve("queue.c").toString(), "--stats", stats.toString(), "--quiet");
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
        Run r = Run.of("scan", dir.toString(), "--parse-only", "--stats", stats.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("2 files, 11 lines parsed (parse only)"), r.err());
        JsonNode json = new ObjectMapper().readTree(stats.toFile());
        assertEquals(2, json.get("files").asInt());
        assertEquals(0, json.get("findings").asInt());
        assertEquals(0, json.get("analysisMillis").asInt());
    }

    private static final String LEAK = """
            #include <ntddk.h>
            typedef struct _REQ { int Id; } REQ, *PREQ;
            NPAGED_LOOKASIDE_LIST g_ReqList;
            NTSTATUS Handle(int bad)
            {
                PREQ r = (PREQ)ExAllocateFromNPagedLookasideList(&g_ReqList);
                if (r == NULL) return STATUS_INSUFFICIENT_RESOURCES;
                if (bad) return STATUS_INVALID_PARAMETER;
                ExFreeToNPagedLookasideList(&g_ReqList, r);
                return STATUS_SUCCESS;
            }
            """;

    @Test
    void failOnChoosesTheLowestSeverityThatFailsTheScan() throws IOException {
        Path leak = dir.resolve("leak.c"); // one LAL008, a warning
        Files.writeString(leak, LEAK);
        assertEquals(1, Run.of("scan", leak.toString(), "--quiet").exit(), "by default warnings fail the scan");
        Run onErrors = Run.of("scan", leak.toString(), "--quiet", "--fail-on", "error");
        assertEquals(0, onErrors.exit(), onErrors.err());
        assertTrue(onErrors.out().contains("[LAL008]"), "the finding is still reported: " + onErrors.out());
        Files.writeString(dir.resolve("queue.c"), BUGGY); // one LAL004, an error
        assertEquals(1, Run.of("scan", dir.toString(), "--quiet", "--fail-on", "error").exit());
        assertEquals(0, Run.of("scan", dir.toString(), "--quiet", "--fail-on", "none").exit());
        assertEquals(2, Run.of("scan", dir.toString(), "--quiet", "--fail-on", "sometimes").exit());
    }

    @Test
    void aCommentOnTheLineOrTheLineBeforeSuppressesTheFinding() throws IOException {
        Files.writeString(dir.resolve("leak.c"), LEAK.replace("    PREQ r =",
                "    // lookaside-lint: ignore LAL008 the caller's retry frees it\n    PREQ r ="));
        Files.writeString(dir.resolve("queue.c"), BUGGY.replace("ExFreeToNPagedLookasideList(&g_EntryList, e);",
                "ExFreeToNPagedLookasideList(&g_EntryList, e); // lookaside-lint: ignore LAL005 wrong rule"));
        Run r = Run.of("scan", dir.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("queue.c:7:35") && !r.out().contains("leak.c"), r.out());
        assertTrue(r.err().contains("1 findings (LAL004: 1), 1 suppressed in the source"), r.err());
    }

    @Test
    void inProjectScansTheWholeProjectAndReportsOnlyTheGivenFiles() throws IOException {
        Path project = Files.createDirectories(dir.resolve("repo/drivers/queue"));
        Files.writeString(project.resolve("queue.vcxproj"), "<Project/>\n");
        Files.writeString(project.resolve("helpers.c"), """
                #include <ntddk.h>
                typedef struct _ENTRY { struct _ENTRY *Next; int Id; } ENTRY, *PENTRY;
                NPAGED_LOOKASIDE_LIST g_EntryList;
                VOID ReleaseEntry(PENTRY e) { ExFreeToNPagedLookasideList(&g_EntryList, e); }
                """);
        Path changed = Files.createDirectories(project.resolve("src")).resolve("finish.c");
        Files.writeString(changed, """
                #include <ntddk.h>
                typedef struct _ENTRY { struct _ENTRY *Next; int Id; } ENTRY, *PENTRY;
                VOID ReleaseEntry(PENTRY e);
                int Finish(PENTRY e)
                {
                    ReleaseEntry(e);
                    return e->Id;
                }
                """);
        Files.writeString(project.resolve("other.c"), BUGGY); // a finding in a file the hook did not pass
        Run alone = Run.of("scan", changed.toString(), "--quiet");
        assertEquals(0, alone.exit(), "alone, the file cannot know that ReleaseEntry frees: " + alone.out());
        Run inProject = Run.of("scan", "--in-project", changed.toString(), "--quiet");
        assertEquals(1, inProject.exit(), inProject.out() + inProject.err());
        assertTrue(inProject.out().startsWith("src/finish.c:7:12: error: Block 'e' is dereferenced after it was freed"),
                inProject.out());
        assertEquals(1, inProject.out().lines().count(), "only the given file's findings: " + inProject.out());
    }

    private static final String FIXED = BUGGY.replace("""
                PENTRY e;
                for (e = head; e != NULL; e = e->Next) {
            """, """
                PENTRY e, next;
                for (e = head; e != NULL; e = next) {
                    next = e->Next;
            """);

    private static void git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "git " + String.join(" ", args) + ": " + out);
    }

    @Test
    void stagedScansWhatIsAboutToBeCommittedNotTheWorkingTree() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "init", "-q");
        Path drain = Files.createDirectories(repo.resolve("driver")).resolve("drain.c");
        Files.writeString(drain, BUGGY);
        git(repo, "add", "driver/drain.c");
        Files.writeString(drain, FIXED); // fixed in the working tree, not staged
        Run staged = Run.of("scan", "--staged", repo.toString(), "--quiet");
        assertEquals(1, staged.exit(), staged.out() + staged.err());
        assertTrue(staged.out().startsWith("driver/drain.c:7:35: error:"), staged.out());

        git(repo, "add", "driver/drain.c");
        Files.writeString(drain, BUGGY); // the bug only in the working tree now
        Run fixed = Run.of("scan", "--staged", repo.toString(), "--quiet");
        assertEquals(0, fixed.exit(), fixed.out() + fixed.err());
        assertEquals("", fixed.out());
    }

    @Test
    void stagedWithNothingStagedOrOutsideARepository() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "init", "-q");
        Run nothing = Run.of("scan", "--staged", repo.toString());
        assertEquals(0, nothing.exit(), nothing.err());
        assertTrue(nothing.err().contains("no staged C or C++ files"), nothing.err());
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Run outside = Run.of("scan", "--staged", plain.toString());
        assertEquals(2, outside.exit(), outside.err());
        assertTrue(outside.err().startsWith("lookaside-lint: --staged: git rev-parse:"), outside.err());
        assertEquals(1, outside.err().lines().count(), outside.err());
        Run both = Run.of("scan", "--staged", repo.toString(), "--project", dir.resolve("x.vcxproj").toString());
        assertEquals(2, both.exit(), both.err());
        assertTrue(both.err().contains("does not take --project"), both.err());
    }

    @Test
    void baselineHidesKnownFindingsEvenWhenTheCodeMovesAndReportsNewOnes() throws IOException {
        Path queue = dir.resolve("queue.c");
        Files.writeString(queue, BUGGY);
        Path base = dir.resolve("lookaside-baseline.json");
        Run write = Run.of("scan", dir.toString(), "--write-baseline", base.toString());
        assertEquals(0, write.exit(), write.err());
        assertTrue(write.err().contains("wrote a baseline of 1 findings"), write.err());

        Files.writeString(queue, "// moved down by a new header comment\n\n\n" + BUGGY);
        Run moved = Run.of("scan", dir.toString(), "--baseline", base.toString());
        assertEquals(0, moved.exit(), moved.out() + moved.err());
        assertEquals("", moved.out());
        assertTrue(moved.err().contains("0 findings, 1 in the baseline"), moved.err());

        Files.writeString(dir.resolve("leak.c"), LEAK);
        Run fresh = Run.of("scan", dir.toString(), "--baseline", base.toString(), "--quiet");
        assertEquals(1, fresh.exit(), fresh.out());
        assertTrue(fresh.out().startsWith("leak.c:6:20: warning:") && fresh.out().lines().count() == 1, fresh.out());

        Files.writeString(base, "{ \"version\": 7 }");
        Run bad = Run.of("scan", dir.toString(), "--baseline", base.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("not a baseline file of this version") && bad.err().lines().count() == 1, bad.err());
    }

    @Test
    void configTurnsRulesOffChangesTheirLevelAndExcludesPaths() throws IOException {
        Files.writeString(dir.resolve("queue.c"), BUGGY);
        Files.createDirectories(dir.resolve("vendor/lib"));
        Files.writeString(dir.resolve("vendor/lib/copy.c"), BUGGY.replace("Drain", "DrainCopy"));
        Path config = dir.resolve(".lookaside-lint.json");
        Files.writeString(config, "{ \"exclude\": [ \"vendor/**\" ], \"rules\": { \"LAL004\": \"warning\" } }");
        Run warning = Run.of("scan", dir.toString(), "--quiet", "--fail-on", "error");
        assertEquals(0, warning.exit(), warning.out());
        assertTrue(warning.out().startsWith("queue.c:7:35: warning:") && warning.out().lines().count() == 1, warning.out());
        Files.writeString(config, "{ \"rules\": { \"LAL004\": \"off\" } }");
        Run off = Run.of("scan", dir.toString(), "--quiet");
        assertEquals(0, off.exit(), off.out());
        assertEquals("", off.out());
    }

    @Test
    void missingPathIsAUsageErrorWithoutStackTrace() {
        Run r = Run.of("scan", dir.resolve("nope").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such file or folder"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void unknownOptionAndUnknownFormatAreUsageErrors() {
        assertEquals(2, Run.of("scan", dir.toString(), "--frobnicate").exit());
        assertEquals(2, Run.of("scan", dir.toString(), "--format", "xml").exit());
        assertEquals(2, Run.of().exit());
    }

    @Test
    void unwritableOutputExitsTwoAndLeavesNoFile() throws IOException {
        Files.writeString(dir.resolve("queue.c"), BUGGY);
        Path output = dir.resolve("no-such-folder/out.sarif");
        Run r = Run.of("scan", dir.toString(), "--format", "sarif", "--output", output.toString());
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
        Run v = Run.of("version");
        assertEquals(0, v.exit());
        assertTrue(v.out().matches("lookaside-lint \\d+\\.\\d+\\.\\d+.*\\n"), v.out());
        Run rules = Run.of("rules");
        assertTrue(rules.out().contains("LAL001  list-not-deleted"), rules.out());
        assertTrue(rules.out().contains("LAL004  block-used-after-free"), rules.out());
        Run explain = Run.of("explain", "lal004");
        assertEquals(0, explain.exit());
        assertTrue(explain.out().contains("Bad") && explain.out().contains("Good"), explain.out());
        assertEquals(2, Run.of("explain", "LAL999").exit());
    }

    @Test
    void dumpCfgPrintsTheGraphOfOneFunction() throws IOException {
        Files.writeString(dir.resolve("queue.c"), BUGGY);
        Run r = Run.of("scan", dir.toString(), "--dump-cfg", "Drain");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("function Drain (queue.c:4:6)"), r.out());
        assertTrue(r.out().contains("call ExFreeToNPagedLookasideList(&g_EntryList, e)"), r.out());
        assertEquals(2, Run.of("scan", dir.toString(), "--dump-cfg", "Nope").exit());
    }

    @Test
    void binaryFileIsSkippedWithAWarningAndTheRestIsScanned() throws IOException {
        Files.write(dir.resolve("blob.c"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        Files.writeString(dir.resolve("queue.c"), BUGGY);
        Run r = Run.of("scan", dir.toString(), "--format", "sarif", "--output", dir.resolve("o.sarif").toString());
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
        assertEquals(0, Run.of("scan", dir.toString(), "--quiet").exit(), "without the file, the call is unknown");
        Files.writeString(dir.resolve(".lookaside-lint.json"), LIBRARY_CONFIG);
        Run r = Run.of("scan", dir.toString(), "--quiet");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("drop.c:8:5: error: Block 'e' is dereferenced after it was freed to lookaside list 'g_EntryList'"), r.out());
        Run file = Run.of("scan", dir.resolve("drop.c").toString(), "--quiet");
        assertEquals(1, file.exit(), "a file's folder is the scan root, so the same file is found: " + file.err());
    }

    @Test
    void configOptionNamesAFileElsewhere() throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/drop.c"), LIBRARY_FREE);
        Path config = dir.resolve("lint.json");
        Files.writeString(config, LIBRARY_CONFIG);
        assertEquals(1, Run.of("scan", dir.resolve("src").toString(), "--config", config.toString(), "--quiet").exit());
        Run missing = Run.of("scan", dir.resolve("src").toString(), "--config", dir.resolve("none.json").toString());
        assertEquals(2, missing.exit());
        assertEquals("lookaside-lint: " + dir.resolve("none.json") + ": no such configuration file", missing.err().strip());
    }

    @Test
    void badConfigIsExitTwoWithOneLineNamingFileLineAndProblem() throws IOException {
        Files.writeString(dir.resolve("drop.c"), LIBRARY_FREE);
        Path config = dir.resolve(".lookaside-lint.json");
        Files.writeString(config, "{\n  \"wrappers\": [\n    { \"name\": \"LibFreeEntry\", \"role\": \"release\" } ] }\n");
        Run r = Run.of("scan", dir.toString());
        assertEquals(2, r.exit());
        assertEquals("lookaside-lint: " + config + ":3: unknown role 'release' (one of: initialize, allocate, free,"
                + " delete, flush, pool_allocate, pool_free, borrow)", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void scanHelpDescribesTheConfigurationFile() {
        Run r = Run.of("scan", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--config=FILE"), r.out());
        assertTrue(r.out().contains(".lookaside-lint.json"), r.out());
        assertTrue(r.out().contains("\"wrappers\""), r.out());
    }
}
