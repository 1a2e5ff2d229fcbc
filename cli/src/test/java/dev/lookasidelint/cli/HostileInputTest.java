package dev.lookasidelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanner runs unattended in CI on whatever is in the repository. Each test puts one hostile input
 * next to a small buggy file, scans the tree through the command's entry point, and checks that the run
 * ends in time with the documented exit code, that the buggy file's finding is still reported, that what
 * could not be analysed is said in one line naming the file, and that no Java stack trace is shown.
 * Inputs are generated at test time; nothing large is committed.
 */
class HostileInputTest {
    /** A use after free in a loop: LAL004 at line 7, column 35, whatever the line ends. */
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
    private static final String BUGGY_FINDING = "buggy.c:7:35: error: Block 'e' is dereferenced after it was freed";
    private static final int DEEP = 10_000;

    @TempDir
    Path dir;

    /** Scans {@code dir} (with the buggy file in it) within {@code seconds}; checks what every scan must. */
    private Run scanWithBuggyNeighbour(int seconds, String... options) throws IOException {
        Files.writeString(dir.resolve("buggy.c"), BUGGY);
        List<String> args = new ArrayList<>(List.of("scan", dir.toString()));
        args.addAll(List.of(options));
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(seconds), () -> Run.of(args.toArray(String[]::new)));
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.out().contains(BUGGY_FINDING), r.all());
        assertNoStackTrace(r);
        return r;
    }

    private static void assertNoStackTrace(Run r) {
        assertFalse(r.all().contains("Exception"), r.all());
        assertFalse(r.all().contains("\tat "), r.all());
        assertFalse(r.all().contains("at dev.lookasidelint"), r.all());
    }

    /** The one line of the text report about {@code file}, which must say {@code what}. */
    private static void assertOneLineAbout(Run r, String file, String what) {
        List<String> lines = r.all().lines().filter(l -> l.startsWith(file + ":")).toList();
        assertEquals(1, lines.size(), r.all());
        assertTrue(lines.get(0).contains(what), lines.get(0));
    }

    @Test
    void binaryFilesAreSkippedWithAWarning() throws IOException {
        byte[] random = new byte[200_000];
        new Random(6).nextBytes(random);
        Files.write(dir.resolve("blob.c"), random);
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        Files.write(dir.resolve("module.c"), elf);
        Run r = scanWithBuggyNeighbour(60);
        assertOneLineAbout(r, "blob.c", "warning: skipped: binary file");
        assertOneLineAbout(r, "module.c", "warning: skipped: binary file");
    }

    @Test
    void nulBytesInsideCSourceSkipTheFileWithAWarning() throws IOException {
        Files.write(dir.resolve("nul.c"), "int f(void) { return 0; }\n\0\0int g(void) { return 1; }\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Run r = scanWithBuggyNeighbour(60);
        assertOneLineAbout(r, "nul.c", "binary file (contains NUL bytes)");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252AndAnalysed() throws IOException {
        byte[] comment = "/* caf\u00c3 \u00ff\u00fe garbled */\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = BUGGY.replace("Drain", "DrainLatin").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[comment.length + body.length];
        System.arraycopy(comment, 0, all, 0, comment.length);
        System.arraycopy(body, 0, all, comment.length, body.length);
        Files.write(dir.resolve("latin.c"), all);
        Run r = scanWithBuggyNeighbour(60);
        // one comment line more: the finding moves to line 8
        assertTrue(r.out().contains("latin.c:8:35: error: Block 'e'"), r.all());
    }

    @Test
    void utf16WithByteOrderMarkIsDecodedAndFindingsKeepTheirLines() throws IOException {
        writeWithBom(dir.resolve("le.c"), new byte[] {(byte) 0xFF, (byte) 0xFE}, BUGGY, StandardCharsets.UTF_16LE);
        writeWithBom(dir.resolve("be.c"), new byte[] {(byte) 0xFE, (byte) 0xFF}, BUGGY, StandardCharsets.UTF_16BE);
        Run r = scanWithBuggyNeighbour(60);
        assertTrue(r.out().contains("le.c:7:35: error: Block 'e'"), r.all());
        assertTrue(r.out().contains("be.c:7:35: error: Block 'e'"), r.all());
    }

    private static void writeWithBom(Path file, byte[] bom, String text, java.nio.charset.Charset charset) throws IOException {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(file, all);
    }

    @Test
    void crlfAndLoneCrLineEndsGiveTheSameLinesAsLf() throws IOException {
        Files.writeString(dir.resolve("crlf.c"), BUGGY.replace("\n", "\r\n"));
        Files.writeString(dir.resolve("cr.c"), BUGGY.replace("\n", "\r"));
        Run r = scanWithBuggyNeighbour(60);
        assertTrue(r.out().contains("crlf.c:7:35: error: Block 'e'"), r.all());
        assertTrue(r.out().contains("cr.c:7:35: error: Block 'e'"), r.all());
    }

    @Test
    void fiftyMegabyteSourceIsScannedInTimeProportionalToItsSize() throws IOException {
        long bytes = Long.getLong("lookaside.hostile.megabytes", 50) * 1024 * 1024;
        int functions = 0;
        try (Writer w = Files.newBufferedWriter(dir.resolve("generated.c"))) {
            long written = 0;
            while (written < bytes) {
                String f = "int Compute" + functions + "(int a, int b)\n{\n    int r = a;\n    if (b > " + functions % 97
                        + ") {\n        r = r * 3 + b;\n    } else {\n        r = r - " + functions
                        + ";\n    }\n    while (r > 1000) r = r / 2;\n    return r;\n}\n\n";
                w.write(f);
                written += f.length();
                functions++;
            }
        }
        // about 50 s on 2 busy cores; the point is that it ends
        Run r = scanWithBuggyNeighbour(300);
        assertTrue(r.err().contains((functions + 1) + " functions"), r.err());
    }

    @Test
    void hundredThousandLineFunctionIsAnalysed() throws IOException {
        StringBuilder b = new StringBuilder("#include <ntddk.h>\nNPAGED_LOOKASIDE_LIST g_Long;\nint Long(int x)\n{\n"
                + "    PVOID p = ExAllocateFromNPagedLookasideList(&g_Long);\n    if (p == NULL) return 0;\n");
        for (int i = 0; i < 100_000; i++) b.append("    x = x * 3 + ").append(i).append(";\n");
        b.append("    ExFreeToNPagedLookasideList(&g_Long, p);\n    return x;\n}\n");
        Files.writeString(dir.resolve("long.c"), b);
        Run r = scanWithBuggyNeighbour(120);
        assertFalse(r.all().contains("long.c:"), r.all());
    }

    @Test
    void thousandCaseSwitchIsAnalysed() throws IOException {
        StringBuilder b = new StringBuilder("#include <ntddk.h>\nNPAGED_LOOKASIDE_LIST g_Sw;\nint Dispatch(int code)\n{\n"
                + "    PVOID p = ExAllocateFromNPagedLookasideList(&g_Sw);\n    if (p == NULL) return 0;\n"
                + "    switch (code) {\n");
        for (int i = 0; i < 1000; i++) b.append("    case ").append(i).append(": code += ").append(i).append("; break;\n");
        b.append("    default: break;\n    }\n    ExFreeToNPagedLookasideList(&g_Sw, p);\n    return code;\n}\n");
        Files.writeString(dir.resolve("switch.c"), b);
        Run r = scanWithBuggyNeighbour(120);
        assertFalse(r.all().contains("switch.c:"), r.all());
    }

    /** A list block allocated before {@code DEEP} levels of {@code open}/{@code close} and freed inside. */
    private void writeDeep(String name, String open, String close) throws IOException {
        StringBuilder b = new StringBuilder("#include <ntddk.h>\nNPAGED_LOOKASIDE_LIST g_Deep;\nVOID Deep(int x)\n{\n"
                + "    PVOID p = ExAllocateFromNPagedLookasideList(&g_Deep);\n    if (p == NULL) return;\n");
        for (int i = 0; i < DEEP; i++) b.append(open.replace("N", Integer.toString(i)));
        b.append("    ExFreeToNPagedLookasideList(&g_Deep, p);\n");
        for (int i = 0; i < DEEP; i++) b.append(close);
        b.append("}\n");
        Files.writeString(dir.resolve(name), b);
    }

    @Test
    void tenThousandDeepNestingOfBracesIfsAndParenthesesIsSurvived() throws IOException {
        writeDeep("braces.c", "{\n", "}\n");
        writeDeep("ifs.c", "if (x > N) {\n", "}\n");
        StringBuilder parens = new StringBuilder("int Parens(int x)\n{\n    return ");
        parens.append("(".repeat(DEEP)).append('x').append(")".repeat(DEEP)).append(";\n}\n");
        Files.writeString(dir.resolve("parens.c"), parens);
        StringBuilder chain = new StringBuilder("#include <ntddk.h>\nNPAGED_LOOKASIDE_LIST g_Chain;\nVOID Chain(int x)\n{\n"
                + "    PVOID p = ExAllocateFromNPagedLookasideList(&g_Chain);\n    if (p == NULL) return;\n");
        for (int i = 0; i < DEEP; i++) chain.append("    if (x == ").append(i).append(") x++; else\n");
        chain.append("    x--;\n    ExFreeToNPagedLookasideList(&g_Chain, p);\n}\n");
        Files.writeString(dir.resolve("chain.c"), chain);
        // one thread: the analyses then run on the thread that called the scan, which must not matter
        Run r = scanWithBuggyNeighbour(180, "-j", "1");
        for (String file : List.of("braces.c", "ifs.c", "parens.c", "chain.c")) {
            List<String> about = r.all().lines().filter(l -> l.startsWith(file + ":")).toList();
            // at most one line about each: a parser's "too deep" is a message, never a crash
            assertTrue(about.size() <= 1, r.all());
            about.forEach(l -> assertTrue(l.contains("warning:") || l.contains("not analysed"), l));
        }
        assertFalse(r.all().contains("chain.c:"), "an else-if chain is linear work: " + r.all());
    }

    @Test
    void exponentialMacroIsReportedAndTheScanGoesOn() throws IOException {
        StringBuilder b = new StringBuilder("#define A0 x\n");
        for (int i = 0; i < 40; i++) b.append("#define A").append(i + 1).append(" A").append(i).append(" A").append(i).append('\n');
        b.append("int Bomb(int x) { return A40; }\n");
        Files.writeString(dir.resolve("bomb.c"), b);
        Run r = scanWithBuggyNeighbour(120);
        assertOneLineAbout(r, "bomb.c", "error: not analysed: macro expansion too large");
    }

    @Test
    void recursiveMacrosAreNotExpandedForever() throws IOException {
        Files.writeString(dir.resolve("recursive.c"), """
                #define F(x) G(x) + F(x)
                #define G(x) F(x)
                #define SELF SELF + 1
                int Rec(int y) { return F(y) + SELF; }
                """);
        scanWithBuggyNeighbour(60);
    }

    @Test
    void unreadableFileAndFolderAreReportedAndSkipped() throws Exception {
        Path file = dir.resolve("secret.c");
        Files.writeString(file, BUGGY.replace("Drain", "Secret"));
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(folder.resolve("inner.c"), BUGGY.replace("Drain", "Inner"));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
            // root reads whatever the permissions say: then the scan runs in a child JVM in a user
            // namespace of its own, where the same uid has no capabilities and the permissions hold
            boolean denied = !Files.isReadable(file) && !Files.isReadable(folder);
            Run r = denied ? scanWithBuggyNeighbour(60) : scanWithoutPrivileges(60);
            assertOneLineAbout(r, "secret.c", "cannot read");
            assertTrue(r.all().lines().anyMatch(l -> l.contains("locked") && l.contains("cannot read")), r.all());
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** {@link #scanWithBuggyNeighbour}, in a child JVM started by {@code unshare --user} (no capabilities). */
    private Run scanWithoutPrivileges(int seconds) throws Exception {
        Files.writeString(dir.resolve("buggy.c"), BUGGY);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("unshare", "--user", javaBin, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "scan", dir.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), "the scan did not finish");
        Run r = new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.out().contains(BUGGY_FINDING), r.all());
        assertNoStackTrace(r);
        return r;
    }

    @Test
    void symbolicLinkLoopIsNotFollowed() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), sub);
        Files.createSymbolicLink(sub.resolve("up"), dir);
        Run r = scanWithBuggyNeighbour(60);
        assertTrue(r.err().contains(" 1 files,"), r.err());
    }

    @Test
    void pathsWithSpacesAndNonAsciiNamesAreReportedAsTheyAre() throws IOException {
        Path odd = Files.createDirectories(dir.resolve("drv\u00e9 \u540d\u524d"));
        Files.writeString(odd.resolve("file one.c"), BUGGY);
        Run r = scanWithBuggyNeighbour(60);
        assertTrue(r.out().contains("drv\u00e9 \u540d\u524d/file one.c:7:35: error: Block 'e'"), r.all());
        Path sarif = dir.resolve("out.sarif");
        Run s = Run.of("scan", dir.toString(), "--format", "sarif", "-o", sarif.toString(), "--quiet");
        assertEquals(1, s.exit(), s.all());
        assertTrue(Files.readString(sarif).contains("drv%C3%A9%20%E5%90%8D%E5%89%8D/file%20one.c"), Files.readString(sarif));
    }

    @Test
    void emptyFolderAndFolderWithoutSourcesAreCleanWithAWarning() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run r = Run.of("scan", empty.toString());
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.err().contains("warning: no C or C++ source files"), r.err());
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("README.txt"), "not C");
        Run d = Run.of("scan", docs.toString(), "--quiet");
        assertEquals(0, d.exit(), d.all());
        assertEquals("lookaside-lint: warning: no C or C++ source files under the given paths", d.err().strip());
    }

    @Test
    void treeWhoseOnlySourceCannotBeAnalysedExitsTwo() throws IOException {
        StringBuilder b = new StringBuilder("#define A0 x\n");
        for (int i = 0; i < 40; i++) b.append("#define A").append(i + 1).append(" A").append(i).append(" A").append(i).append('\n');
        b.append("int Bomb(int x) { return A40; }\n");
        Path only = Files.createDirectories(dir.resolve("only"));
        Files.writeString(only.resolve("bomb.c"), b);
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Run.of("scan", only.toString(), "--quiet"));
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("none of the source files could be analysed"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void functionOverItsStateBudgetIsReportedAndTheRunIsNotSuccessful() throws IOException {
        Files.writeString(dir.resolve("buggy.c"), BUGGY);
        Path sarif = dir.resolve("out.sarif");
        Path json = dir.resolve("out.json");
        Run r = Run.of("scan", dir.toString(), "--function-budget-states", "1", "--format", "sarif", "-o", sarif.toString());
        // the function was not analysed, so it has no finding: the run is clean but not successful
        assertEquals(0, r.exit(), r.all());
        assertNoStackTrace(r);
        assertTrue(r.err().contains("buggy.c:4: error: function 'Drain' not fully analysed: over its state budget"), r.err());
        assertTrue(r.err().contains("not fully analysed,"), "the summary says so: " + r.err());
        JsonNode invocation = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0).get("invocations").get(0);
        assertFalse(invocation.get("executionSuccessful").asBoolean(), invocation.toString());
        JsonNode note = invocation.get("toolExecutionNotifications").get(0);
        assertEquals("error", note.get("level").asText());
        assertEquals("buggy.c", note.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
        Run.of("scan", dir.toString(), "--function-budget-states", "1", "--format", "json", "-o", json.toString(), "--quiet");
        assertFalse(new ObjectMapper().readTree(json.toFile()).get("executionSuccessful").asBoolean());
    }

    @Test
    void budgetOptionsAreCheckedAndAGenerousTimeBudgetChangesNothing() throws IOException {
        Run bad = Run.of("scan", dir.toString(), "--function-budget-ms", "-1");
        assertEquals(2, bad.exit(), bad.all());
        assertTrue(bad.err().contains("--function-budget-ms must be 0 or more"), bad.err());
        Run r = scanWithBuggyNeighbour(60, "--function-budget-ms", "60000", "--function-budget-states", "1000000");
        assertFalse(r.err().contains("not fully analysed"), r.err());
    }
}
