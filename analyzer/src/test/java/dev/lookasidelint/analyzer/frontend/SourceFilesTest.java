package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.project.SourceDiscovery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which files are sources: driver trees come from Windows, so extensions are matched without case. */
class SourceFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} is a source")
    @ValueSource(strings = {"pcidrv.c", "PCIDRV.C", "Driver.C", "queue.h", "QUEUE.H", "pool.cpp", "POOL.CPP",
            "a.cc", "a.cxx", "a.hpp", "A.HXX", "a.hh"})
    void sourceExtensionsInAnyCase(String name) {
        assertTrue(Frontend.isSource(name));
    }

    @ParameterizedTest(name = "{0} is not a source")
    @ValueSource(strings = {"driver.obj", "driver.inf", "driver.vcxproj", "notes.txt", "c", "driver.c.orig",
            "Makefile", "driver.cs", "driver.rc"})
    void otherFilesAreNotSources(String name) {
        assertFalse(Frontend.isSource(name));
    }

    @Test
    void discoveryFindsUpperCaseSourcesAndSkipsTheRest() throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("src/PCIDRV.C"), "void f(void) {}\n");
        Files.writeString(dir.resolve("src/Queue.H"), "\n");
        Files.writeString(dir.resolve("src/readme.txt"), "\n");
        Files.writeString(dir.resolve(".git/hook.c"), "\n");
        SourceDiscovery.Result result = SourceDiscovery.find(List.of(dir));
        List<String> names = result.files().stream().map(p -> dir.toAbsolutePath().relativize(p).toString()).toList();
        assertEquals(List.of("src/PCIDRV.C", "src/Queue.H"), names);
        assertEquals(List.of(), result.problems());
    }

    @Test
    void upperCaseCFileIsParsedAsC() throws Exception {
        Path file = dir.resolve("PCIDRV.C");
        Files.writeString(file, "void A(void);\nvoid f(void) { try { A(); } finally { A(); } }\n");
        var unit = new Frontend(FrontendOptions.defaults()).translate(file, "PCIDRV.C");
        assertEquals(List.of(), unit.problems(), "C's try/finally spellings are only known in C");
        assertEquals("f", unit.functions().get(0).name());
    }
}
