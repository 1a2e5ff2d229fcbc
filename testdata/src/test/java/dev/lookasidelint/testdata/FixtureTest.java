package dev.lookasidelint.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lookasidelint.cli.Main;
import dev.lookasidelint.sarif.SarifSchemaValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every fixture through the command users run ({@code scan --format sarif --output FILE}), checks
 * the SARIF against the official 2.1.0 schema, and compares the findings read back from it with the
 * markers in the sources: exact rule ids and lines, nothing more and nothing less. Each file under
 * {@code fixtures/LALnnn/} is one scan; each folder under {@code fixtures/projects/} is one scan.
 */
class FixtureTest {
    private static final Path FIXTURES = Path.of("fixtures");
    private static final SarifSchemaValidator SCHEMA = new SarifSchemaValidator();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    @TestFactory
    List<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> rules = Files.list(FIXTURES)) {
            for (Path ruleDir : rules.filter(p -> p.getFileName().toString().matches("LAL\\d{3}")).sorted().toList()) {
                for (Path file : Expectations.sources(ruleDir)) {
                    tests.add(DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(),
                            () -> check(file.getParent(), file, List.of(file))));
                }
            }
        }
        try (Stream<Path> projects = Files.list(FIXTURES.resolve("projects"))) {
            for (Path project : projects.filter(Files::isDirectory).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(FIXTURES.relativize(project).toString(),
                        () -> check(project, project, Expectations.sources(project))));
            }
        }
        assertTrue(tests.size() >= 40, "fixtures are missing: only " + tests.size());
        return tests;
    }

    private static void check(Path root, Path scanned, List<Path> files) throws IOException {
        Expectations want = Expectations.read(root, files);
        Path sarif = Files.createTempFile(temp, "fixture", ".sarif");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"scan", scanned.toString(), "--format", "sarif", "--output", sarif.toString(), "--quiet"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(exit == 0 || exit == 1, "exit " + exit + ": " + stderr);
        assertTrue(stderr.isEmpty(), "the fixture should parse without problems:\n" + stderr);
        String log = Files.readString(sarif);
        assertEquals(List.of(), SCHEMA.validate(log), "SARIF schema violations");
        Set<String> actual = findings(JSON.readTree(log));
        Set<String> expected = new TreeSet<>(want.expected());
        expected.addAll(want.spurious());
        assertEquals(String.join("\n", expected), String.join("\n", actual), "findings (path:line:rule)");
        for (String m : want.missing()) assertTrue(!actual.contains(m), "now found, remove the missing marker: " + m);
        if (!want.related().isEmpty()) {
            assertEquals(String.join("\n", want.related()), String.join("\n", related(JSON.readTree(log))),
                    "related locations (path:line:rule)");
        }
        assertEquals(actual.isEmpty() ? 0 : 1, exit, "exit code");
    }

    private static Set<String> related(JsonNode log) {
        Set<String> keys = new TreeSet<>();
        for (JsonNode result : log.path("runs").path(0).path("results")) {
            for (JsonNode rel : result.path("relatedLocations")) {
                keys.add(key(rel.path("physicalLocation"), result.path("ruleId").asText()));
            }
        }
        return keys;
    }

    private static String key(JsonNode physical, String rule) {
        String uri = URLDecoder.decode(physical.path("artifactLocation").path("uri").asText(), StandardCharsets.UTF_8);
        return uri + ":" + physical.path("region").path("startLine").asInt() + ":" + rule;
    }

    private static Set<String> findings(JsonNode log) {
        Set<String> keys = new TreeSet<>();
        for (JsonNode result : log.path("runs").path(0).path("results")) {
            keys.add(key(result.path("locations").path(0).path("physicalLocation"), result.path("ruleId").asText()));
        }
        return keys;
    }
}
