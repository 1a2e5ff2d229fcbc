package dev.lookasidelint.analyzer.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lookasidelint.analyzer.frontend.Frontend;
import dev.lookasidelint.analyzer.frontend.FrontendOptions;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.TranslationUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A C or C++ snippet written to a file in a test's temporary folder and run through the real front end.
 * Lines are found by a unique piece of their text ({@link #line(String)}), so tests do not count lines.
 */
public final class TestSource {
    /** One front end for all tests: it is thread-safe and the first parse pays for class loading. */
    private static final Frontend FRONTEND = new Frontend(FrontendOptions.defaults());

    private final String code;
    private final TranslationUnit unit;

    private TestSource(String code, TranslationUnit unit) {
        this.code = code;
        this.unit = unit;
    }

    /** Writes {@code code} to {@code dir/test.c} and translates it. */
    public static TestSource c(Path dir, String code) {
        return of(dir, "test.c", code);
    }

    /** Writes {@code code} to {@code dir/name} (UTF-8) and translates it; the name picks C or C++. */
    public static TestSource of(Path dir, String name, String code) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, code, StandardCharsets.UTF_8);
            return new TestSource(code, FRONTEND.translate(file, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Translates an existing file, named {@code relativePath} in locations. */
    public static TranslationUnit translate(Path file, String relativePath) throws IOException {
        return FRONTEND.translate(file, relativePath);
    }

    public TranslationUnit unit() {
        return unit;
    }

    /** Fails unless the file parsed without any problem. */
    public TestSource assertNoProblems() {
        assertEquals(List.of(), unit.problems(), "parse problems");
        return this;
    }

    public Function function(String name) {
        List<Function> found = unit.functions().stream().filter(f -> f.name().equals(name)).toList();
        if (found.size() != 1) {
            fail("expected one function '" + name + "', found " + found.size() + " among "
                    + unit.functions().stream().map(Function::name).toList() + "; problems: " + unit.problems());
        }
        return found.get(0);
    }

    /** The graph of the one function called {@code name}; also checks that the file parsed cleanly. */
    public GraphQuery graph(String name) {
        assertNoProblems();
        return GraphQuery.of(function(name));
    }

    /** The 1-based line of the one line whose text contains {@code fragment}. */
    public int line(String fragment) {
        List<Integer> hits = new ArrayList<>();
        String[] lines = code.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) hits.add(i + 1);
        }
        if (hits.size() != 1) fail("fragment '" + fragment + "' is on lines " + hits + ", not on exactly one");
        return hits.get(0);
    }
}
