package dev.lookasidelint.testdata.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lookasidelint.cli.Main;
import dev.lookasidelint.sarif.SarifSchemaValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mutation fuzzer over the whole command: every C/C++ fixture is a seed; each case mutates one seed
 * ({@link Mutator}: bit and byte flips, truncation, token deletion and duplication, deep nesting,
 * preprocessor directives, NULs, invalid UTF-8, line ends), scans it the way CI does
 * ({@code scan DIR --format sarif --output FILE --quiet}, in-process) and checks the invariants a user
 * relies on whatever the input:
 * <ul>
 *   <li>no exception escapes {@link Main#run}, and standard error holds no Java stack trace;</li>
 *   <li>no exception is caught inside either: the scan isolates a file or function that throws and
 *       reports it as "not analysed: internal error", which keeps users safe but is still a crash;</li>
 *   <li>the exit code is 0 or 1: a bad source file is reported, it does not stop the scan (exit 2 is
 *       for bad arguments and failures of the tool, never for a file's content);</li>
 *   <li>the SARIF file exists and is valid against the official SARIF 2.1.0 schema;</li>
 *   <li>each case finishes within {@link #CASE_LIMIT};</li>
 *   <li>when the mutant sits next to an unmutated buggy fixture, that fixture's findings are still
 *       reported: one broken file does not cost the analysis of the others.</li>
 * </ul>
 * CI runs {@link #DEFAULT_CASES} cases from a fixed seed. By hand:
 * {@code mvn -B -o test -pl testdata -am -Dtest=MutationFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfuzz.cases=5000 -Dfuzz.seed=42}. A failing case is written to {@code target/fuzz-failures/} with
 * its seed and mutations in the file name, and replays alone with
 * {@code -Dfuzz.seed=SEED -Dfuzz.first=CASE -Dfuzz.cases=1}.
 */
class MutationFuzzTest {
    static final int DEFAULT_CASES = 600;
    static final long DEFAULT_SEED = 20_240_611L;
    static final Duration CASE_LIMIT = Duration.ofSeconds(20);
    private static final Path FIXTURES = Path.of("fixtures");
    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    private static final Pattern SOURCE = Pattern.compile("(?i).*\\.(c|h|cpp|cc|cxx|hpp)$");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception in thread|^Caused by: ");
    private static final SarifSchemaValidator SCHEMA = new SarifSchemaValidator();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private record Outcome(int exit, String stderr, long millis) {
    }

    @Test
    void mutantsOfEveryFixtureKeepTheCommandsInvariants() throws IOException {
        int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
        int first = Integer.getInteger("fuzz.first", 0);
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        List<Path> seeds = sources(FIXTURES);
        List<Path> buggy = seeds.stream().filter(MutationFuzzTest::isSingleFileBadFixture).toList();
        assertTrue(seeds.size() > 100 && !buggy.isEmpty(), "fixtures are missing: " + seeds.size());

        List<String> failures = new ArrayList<>();
        String slowest = "";
        long slowestMillis = -1;
        for (int n = first; n < first + cases; n++) {
            Random random = new Random(seed * 1_000_003L + n);
            Path original = seeds.get(random.nextInt(seeds.size()));
            Mutator mutator = new Mutator(random);
            List<Mutator.Kind> kinds = mutator.kinds();
            byte[] bytes = Files.readAllBytes(original);
            List<String> applied = new ArrayList<>();
            int mutations = 1 + random.nextInt(3);
            for (int i = 0; i < mutations; i++) {
                Mutator.Kind kind = kinds.get(random.nextInt(kinds.size()));
                bytes = kind.apply().apply(bytes);
                applied.add(kind.name());
            }
            Path companion = random.nextInt(3) == 0 ? buggy.get(random.nextInt(buggy.size())) : null;
            String label = "case " + n + " (seed " + seed + "): " + FIXTURES.relativize(original) + " + " + String.join(", ", applied);

            Path dir = Files.createDirectories(temp.resolve("case" + n));
            Path mutant = dir.resolve("mutant" + extension(original));
            Files.write(mutant, bytes);
            if (companion != null) Files.copy(companion, dir.resolve("intact.c"));
            Path sarif = temp.resolve("case" + n + ".sarif");
            try {
                Outcome outcome = assertTimeoutPreemptively(CASE_LIMIT, () -> scan(dir, sarif), label + ": over " + CASE_LIMIT);
                String problem = check(outcome, sarif, companion != null);
                if (problem != null) failures.add(report(label, problem, n, seed, applied, mutant));
                if (outcome.millis() > slowestMillis) {
                    slowestMillis = outcome.millis();
                    slowest = label;
                }
            } catch (AssertionError | RuntimeException e) {
                failures.add(report(label, e.toString(), n, seed, applied, mutant));
            }
            deleteTree(dir);
            Files.deleteIfExists(sarif);
        }
        System.out.printf("MutationFuzzTest: %d cases (seed %d), %d failures, slowest %d ms: %s%n",
                cases, seed, failures.size(), slowestMillis, slowest);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases + " cases failed:\n" + String.join("\n", failures));
    }

    private static Outcome scan(Path dir, Path sarif) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        int exit = Main.run(new String[] {"scan", dir.toString(), "--format", "sarif", "--output", sarif.toString(), "--quiet"},
                out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, err.toString(StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
    }

    /** What is wrong with a case's outcome, or null when every invariant holds. */
    private static String check(Outcome outcome, Path sarif, boolean withCompanion) throws IOException {
        if (STACK_FRAME.matcher(outcome.stderr()).find()) return "a Java stack trace on standard error:\n" + outcome.stderr();
        if (outcome.exit() != 0 && outcome.exit() != 1) return "exit " + outcome.exit() + ": " + outcome.stderr().strip();
        if (!Files.isRegularFile(sarif)) return "no SARIF output; stderr: " + outcome.stderr().strip();
        String log = Files.readString(sarif);
        List<String> violations = SCHEMA.validate(log);
        if (!violations.isEmpty()) return "SARIF schema violations: " + violations;
        JsonNode run = JSON.readTree(log).path("runs").path(0);
        for (JsonNode note : run.path("invocations").path(0).path("toolExecutionNotifications")) {
            String text = note.path("message").path("text").asText();
            if (text.contains("internal error")) return "a crash caught and reported as a notification: " + text;
        }
        if (withCompanion) {
            boolean found = false;
            for (JsonNode result : run.path("results")) {
                String uri = result.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
                found |= uri.equals("intact.c");
            }
            if (!found) return "the unmutated buggy file next to the mutant lost its findings; stderr: " + outcome.stderr().strip();
        }
        return null;
    }

    private static String report(String label, String problem, int n, long seed, List<String> applied, Path mutant) {
        String where = "";
        try {
            Files.createDirectories(FAILURES);
            Path copy = FAILURES.resolve("seed" + seed + "-case" + n + "-" + String.join("+", applied) + extension(mutant));
            Files.copy(mutant, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            where = "\n  reproducer: " + copy.toAbsolutePath() + "  (replay: -Dfuzz.seed=" + seed + " -Dfuzz.first=" + n + " -Dfuzz.cases=1)";
        } catch (IOException e) {
            where = "\n  (could not save the reproducer: " + e + ")";
        }
        return label + ": " + problem + where;
    }

    private static boolean isSingleFileBadFixture(Path p) {
        String s = FIXTURES.relativize(p).toString().replace('\\', '/');
        if (!s.matches("LAL\\d{3}/bad/[^/]+\\.c")) return false;
        try {
            return Files.readString(p).contains("// expect: ");
        } catch (IOException e) {
            return false;
        }
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        return name.substring(name.lastIndexOf('.'));
    }

    static List<Path> sources(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> SOURCE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
