package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Includes written on Windows ({@code #include "..\inc\Foo.H"}) find the header on a case-sensitive file
 * system with forward slashes, so that the macros defined there expand.
 */
class IncludeResolutionTest {
    @TempDir
    Path dir;

    private void writeHeader() throws Exception {
        Files.createDirectories(dir.resolve("inc"));
        Files.writeString(dir.resolve("inc/foo.h"), """
                #define FREE_ENTRY(l, e) ExFreeToNPagedLookasideList((l), (e))
                """);
    }

    @ParameterizedTest(name = "#include \"{0}\"")
    @ValueSource(strings = {"..\\inc\\Foo.H", "..\\INC\\FOO.H", "../inc/foo.h", "../Inc/Foo.h", "..\\inc/foo.h"})
    void windowsStyleIncludeResolvesAndItsMacroExpands(String include) throws Exception {
        writeHeader();
        TestSource src = TestSource.of(dir, "src/driver.c", """
                #include "%s"
                void f(void *l, void *e) {
                    FREE_ENTRY(l, e);
                }
                """.formatted(include)).assertNoProblems();
        GraphQuery g = GraphQuery.of(src.function("f"));
        GraphQuery.At free = g.call("ExFreeToNPagedLookasideList");
        assertEquals(src.line("FREE_ENTRY(l, e);"), free.line(), "a macro's code is placed at its invocation");
        assertTrue(g.calls("FREE_ENTRY").isEmpty(), g::dump);
    }

    @Test
    void headerCacheMapsBackslashesAndCase() throws Exception {
        writeHeader();
        Files.createDirectories(dir.resolve("src"));
        HeaderCache cache = new HeaderCache();
        String candidate = dir.resolve("src").toAbsolutePath() + "/..\\INC\\Foo.H";
        Optional<Path> found = cache.resolve(candidate);
        assertEquals(Optional.of(dir.resolve("inc/foo.h").toAbsolutePath().normalize()),
                found.map(p -> p.toAbsolutePath().normalize()));
        assertEquals(Optional.empty(), cache.resolve(dir.resolve("src").toAbsolutePath() + "/..\\inc\\Missing.h"));
    }

    @Test
    void includeDirectoryFromOptionsIsSearched() throws Exception {
        writeHeader();
        Path file = dir.resolve("src/driver.c");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#include <Foo.h>\nvoid f(void *l, void *e) { FREE_ENTRY(l, e); }\n");
        Frontend frontend = new Frontend(new FrontendOptions(List.of(dir.resolve("inc")), java.util.Map.of()));
        var unit = frontend.translate(file, "src/driver.c");
        assertEquals(List.of(), unit.problems());
        GraphQuery.of(unit.functions().get(0)).call("ExFreeToNPagedLookasideList");
    }
}
