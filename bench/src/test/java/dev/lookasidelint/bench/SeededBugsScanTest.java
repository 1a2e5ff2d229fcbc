package dev.lookasidelint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lookasidelint.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated corpus is clean code apart from its seeded bugs: lookaside-lint, run through its
 * command-line entry point, reports exactly the seeded bugs (rule, file, line) and nothing else.
 */
class SeededBugsScanTest {

    @TempDir
    Path tmp;

    @Test
    void lookasideLintReportsExactlyTheSeededBugs() throws Exception {
        CorpusGenerator.Result corpus = new CorpusGenerator(14_000, 11).generate(tmp);
        Set<String> expected = new TreeSet<>();
        for (SeededBug b : corpus.bugs()) expected.add(b.path() + ":" + b.line() + ":" + b.rule());
        Set<String> rules = new TreeSet<>();
        for (SeededBug b : corpus.bugs()) rules.add(b.rule());
        assertTrue(rules.size() >= 4, "the corpus seeds several kinds of bug: " + rules);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"scan", "--quiet", "--format", "json", "-I", tmp.resolve("include").toString(),
            tmp.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.EXIT_FINDINGS, code, err.toString(StandardCharsets.UTF_8));

        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        Set<String> reported = new TreeSet<>();
        for (JsonNode f : report.get("findings")) {
            reported.add(f.get("path").asText() + ":" + f.get("line").asInt() + ":" + f.get("ruleId").asText());
        }
        assertEquals(expected, reported);
        assertEquals(0, report.get("statistics").get("filesWithParseProblems").asInt(), "the corpus parses cleanly");
    }
}
