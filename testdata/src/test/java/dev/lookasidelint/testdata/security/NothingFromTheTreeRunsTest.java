package dev.lookasidelint.testdata.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan reads the tree; it never runs anything from it. The tree here is full of things a careless
 * tool might run (a build script, a Makefile, an executable named like the tool, a project file
 * with a custom build step, a compile_commands.json whose command is a shell line), each of which
 * would create a marker file if it ran, and of includes that would hang a tool that reads them
 * (a FIFO, {@code /dev/zero}, {@code /dev/stdin}). The scan must finish, find the real bug, and
 * leave the tree as it was.
 */
class NothingFromTheTreeRunsTest {
    private static final String BUGGY = """
            // frees a block and then reads it: one LAL004 finding proves the file was analysed
            #include "fifo.h"
            #include "/dev/zero"
            #include "/dev/stdin"
            #include "zero.h"
            #pragma comment(lib, "evil.lib")
            #pragma message("$(touch MARKER)")
            """ + BuggyDriver.DRAIN;

    @TempDir
    Path dir;

    @Test
    void scanRunsNoScriptBuildStepOrToolFromTheTreeAndReadsNoDeviceOrFifo() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "FIFOs and /dev are POSIX");
        Path tree = Files.createDirectories(dir.resolve("driver"));
        Path marker = dir.resolve("MARKER");
        String touch = "touch '" + marker + "'";
        Files.writeString(tree.resolve("queue.c"), BUGGY);
        Files.writeString(tree.resolve(".lookaside-lint.json"), "{ \"wrappers\": [] }\n");
        executable(tree.resolve("build.sh"), "#!/bin/sh\n" + touch + "\n");
        executable(tree.resolve("lookaside-lint"), "#!/bin/sh\n" + touch + "\n");
        executable(tree.resolve("clang"), "#!/bin/sh\n" + touch + "\n");
        executable(tree.resolve("cl.exe"), "#!/bin/sh\n" + touch + "\n");
        Files.writeString(tree.resolve("Makefile"), "all:\n\t" + touch + "\n");
        Files.writeString(tree.resolve("driver.vcxproj"), """
                <?xml version="1.0" encoding="utf-8"?>
                <Project DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
                  <ItemDefinitionGroup><PreBuildEvent><Command>%s</Command></PreBuildEvent>
                    <CustomBuildStep><Command>%s</Command><Outputs>x</Outputs></CustomBuildStep></ItemDefinitionGroup>
                  <Target Name="Build"><Exec Command="%s" /></Target>
                </Project>
                """.formatted(touch, touch, touch));
        Files.writeString(tree.resolve("compile_commands.json"),
                "[{\"directory\": \"" + tree + "\", \"command\": \"" + touch + " && cc -c queue.c\", \"file\": \"queue.c\"}]\n");
        Files.createSymbolicLink(tree.resolve("zero.h"), Path.of("/dev/zero"));
        Files.createSymbolicLink(tree.resolve("zero.c"), Path.of("/dev/zero"));
        mkfifo(tree.resolve("fifo.h"));
        mkfifo(tree.resolve("pipe.c"));
        Set<String> before = CliRun.tree(dir);

        Path sarif = dir.resolve("out.sarif");
        CliRun run = CliRun.of("scan", tree.toString(), "--format", "sarif", "--output", sarif.toString(), "--quiet");

        assertEquals(1, run.exit(), run.err());
        assertEquals("[LAL004]", SarifUris.ruleIds(sarif).toString(), "the real bug is still found");
        assertFalse(Files.exists(marker), "something from the scanned tree was run");
        Set<String> after = CliRun.tree(dir);
        after.remove("out.sarif");
        assertEquals(before, after, "the scan created or removed files");
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void mkfifo(Path at) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", at.toString()).inheritIO().start();
        assertEquals(0, p.waitFor(), "mkfifo " + at);
    }
}
