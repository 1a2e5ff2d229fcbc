package dev.lookasidelint.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan --project} and {@code --compile-commands} scan with the build file's defines: the fixture's
 * LAL004 sits in an {@code #if USE_LOOKASIDE_CACHE} branch that only its Release|x64 configuration selects,
 * so it is found with the project and not without it. The fixture lives outside {@code fixtures/} because
 * FixtureTest scans with default options.
 */
class BuildFileScanTest {
    private static final Path PROJECT = Path.of("projects-msbuild", "vcxproj_defines_select_code");

    @TempDir Path tmp;

    /** The line of the fixture's {@code // expect: LAL004} marker. */
    private static String expected() throws IOException {
        List<String> lines = Files.readAllLines(PROJECT.resolve("src/query.c"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// expect: LAL004")) return "query.c:" + (i + 1) + ":LAL004";
        }
        throw new AssertionError("the fixture lost its expect marker");
    }

    @Test
    void vcxprojDefinesSelectTheBuggyBranch() throws IOException {
        CliScan run = CliScan.run("--project", PROJECT.resolve("kquery.vcxproj").toString());
        assertEquals(List.of(expected()), run.findings(), run.out() + run.err());
        assertEquals(Main.EXIT_FINDINGS, run.exit());
    }

    @Test
    void solutionReadsItsProjects() throws IOException {
        CliScan run = CliScan.run("--project", PROJECT.resolve("kquery.sln").toString());
        assertEquals(List.of(expected()), run.findings(), run.out() + run.err());
    }

    @Test
    void withoutTheProjectOrInDebugTheBranchIsNotCompiled() {
        CliScan plain = CliScan.run(PROJECT.toString());
        assertEquals(List.of(), plain.findings(), plain.out());
        assertEquals(Main.EXIT_CLEAN, plain.exit());
        CliScan debug = CliScan.run("--project", PROJECT.resolve("kquery.vcxproj").toString(), "--configuration", "Debug");
        assertEquals(List.of(), debug.findings(), debug.out());
    }

    @Test
    void commandLineDefinesWinOverTheProject() {
        CliScan run = CliScan.run("--project", PROJECT.resolve("kquery.vcxproj").toString(), "-D", "USE_LOOKASIDE_CACHE=0");
        assertEquals(List.of(), run.findings(), run.out());
    }

    @Test
    void compileCommandsGiveDefinesAndIncludes() throws IOException {
        Path src = PROJECT.toAbsolutePath().resolve("src");
        Path rsp = Files.writeString(tmp.resolve("defs.rsp"), "/DUSE_LOOKASIDE_CACHE");
        String json = "[{\"directory\": " + quote(tmp.toString()) + ", \"file\": " + quote(src.resolve("query.c").toString())
                + ", \"command\": \"cl.exe /c /I" + PROJECT.toAbsolutePath().resolve("inc").toString().replace("\\", "\\\\")
                + " @" + rsp.getFileName() + "\"}]";
        Path cc = Files.writeString(tmp.resolve("compile_commands.json"), json);
        CliScan run = CliScan.run("--compile-commands", cc.toString());
        assertEquals(List.of(expected()), run.findings(), run.out() + run.err());
    }

    @Test
    void projectWithAnExternalEntityIsRefusedOnOneLine() throws IOException {
        Path p = Files.writeString(tmp.resolve("evil.vcxproj"), """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <Project><ItemGroup><ClCompile Include="&e;" /></ItemGroup></Project>
                """);
        CliScan run = CliScan.run("--project", p.toString());
        assertEquals(Main.EXIT_ERROR, run.exit());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("lookaside-lint: " + p + ": "), run.err());
        assertFalse((run.out() + run.err()).contains("root:"), "content of /etc/passwd leaked");
    }

    @Test
    void missingProjectFileIsExitTwo() {
        CliScan run = CliScan.run("--project", tmp.resolve("none.vcxproj").toString());
        assertEquals(Main.EXIT_ERROR, run.exit());
        assertTrue(run.err().contains("none.vcxproj: no such file"), run.err());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
