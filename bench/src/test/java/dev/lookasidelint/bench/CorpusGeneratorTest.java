package dev.lookasidelint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The corpus is reproducible, of the size asked for, valid C, and lists its seeded bugs. */
class CorpusGeneratorTest {

    @TempDir
    Path tmp;

    @Test
    void theSameSeedAndSizeGiveTheSameBytes() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        new CorpusGenerator(8_000, 42).generate(a);
        new CorpusGenerator(8_000, 42).generate(b);
        List<String> filesA = files(a);
        assertEquals(filesA, files(b));
        for (String f : filesA) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f))), f);
        }
    }

    @Test
    void anotherSeedGivesOtherCode() throws IOException {
        new CorpusGenerator(8_000, 1).generate(tmp.resolve("a"));
        new CorpusGenerator(8_000, 2).generate(tmp.resolve("b"));
        assertFalse(Files.readString(tmp.resolve("a/driver000/io00.c")).equals(Files.readString(tmp.resolve("b/driver000/io00.c"))));
    }

    @ParameterizedTest
    @ValueSource(longs = {1_000, 4_000, 10_000, 25_000, 60_000})
    void theCorpusHasTheLinesAskedForWithinFivePercent(long lines) throws IOException {
        CorpusGenerator.Result r = new CorpusGenerator(lines, 3).generate(tmp);
        long onDisk = SourceTree.lines(tmp);
        assertEquals(r.lines(), onDisk, "the generator counts what it writes");
        assertTrue(Math.abs(onDisk - lines) <= lines * 0.05, onDisk + " lines for --lines " + lines);
    }

    @Test
    void aboutOneSeededBugPerTwoThousandLinesOfEveryKind() throws IOException {
        CorpusGenerator.Result r = new CorpusGenerator(60_000, 5).generate(tmp);
        int n = r.bugs().size();
        assertTrue(n >= 20 && n <= 45, n + " bugs in 60,000 lines");
        Set<String> rules = new TreeSet<>();
        for (SeededBug b : r.bugs()) rules.add(b.rule());
        assertEquals(Set.of("LAL001", "LAL004", "LAL005", "LAL006", "LAL008", "LAL009"), rules);
        assertEquals(r.bugs(), CorpusGenerator.readBugs(tmp), "seeded-bugs.tsv lists them");
        for (SeededBug b : r.bugs()) {
            String line = Files.readAllLines(tmp.resolve(b.path())).get(b.line() - 1);
            assertFalse(line.isBlank(), b.toString());
        }
    }

    @Test
    void theCorpusCompilesWithGcc() throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("gcc"), "gcc is not on the PATH: the syntax check of the generated C is skipped");
        new CorpusGenerator(12_000, 9).generate(tmp);
        List<String> cmd = new ArrayList<>(List.of("gcc", "-fsyntax-only", "-Werror", "-Wall", "-Wno-unused-function",
                "-I", tmp.resolve("include").toString()));
        cmd.addAll(SourceTree.compilationUnits(tmp));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "gcc finished");
        assertEquals(0, p.exitValue(), out);
    }

    static boolean onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, exe))) return true;
        }
        return false;
    }

    private static List<String> files(Path root) throws IOException {
        try (var s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
