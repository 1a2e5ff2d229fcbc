package dev.lookasidelint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.analyzer.report.Severity;
import dev.lookasidelint.analyzer.report.TraceStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GitHub's upload limits, exercised with small limits so the cuts are visible. */
class GitHubLimitsTest {

    private static final SarifReport SMALL = new SarifReport(SampleScan.rules(), "0.1.0")
            .withLimits(new GitHubLimits(2, 2, 3));

    private static SourceLocation at(int line) {
        return SourceLocation.point("a.c", line, 1);
    }

    private static Finding finding(String rule, Severity severity, int line, List<RelatedLocation> related,
                                   List<List<TraceStep>> flows) {
        return new Finding(rule, severity, "Finding on line " + line + ".", at(line), "f", related, flows);
    }

    private static JsonNode render(SarifReport report, List<Finding> findings) throws Exception {
        String sarif = report.render(new ScanResult(Path.of("/nonexistent-root"), findings, List.of(), null));
        assertEquals(List.of(), new SarifSchemaValidator().validate(sarif));
        return new ObjectMapper().readTree(sarif).path("runs").path(0);
    }

    @Test
    void theDefaultsAreGitHubsPublishedLimits() {
        assertEquals(25_000, GitHubLimits.GITHUB.maxResults);
        assertEquals(1_000, GitHubLimits.GITHUB.maxRelatedLocations);
        assertEquals(10_000, GitHubLimits.GITHUB.maxFlowSteps);
        assertEquals(10L * 1024 * 1024, GitHubLimits.GITHUB.maxUploadBytes);
    }

    /** Findings with long code flows of distinct text, so that gzip cannot make them small. */
    private static List<Finding> bulky(int count) {
        java.util.Random random = new java.util.Random(42);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<TraceStep> steps = new ArrayList<>();
            for (int s = 0; s < 20; s++) {
                steps.add(new TraceStep(at(1000 + s), "step " + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong())));
            }
            findings.add(finding(i % 3 == 0 ? "LAL001" : "LAL008", i % 3 == 0 ? Severity.ERROR : Severity.WARNING, i + 1,
                    List.of(), List.of(steps)));
        }
        return findings;
    }

    private static long gzipped(String text) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.size();
    }

    @Test
    void overTheUploadSizeCodeFlowsGoFirstThenTheLeastSevereResults() throws Exception {
        SarifReport report = new SarifReport(SampleScan.rules(), "0.1.0").withLimits(new GitHubLimits(25_000, 1_000, 10_000, 2_500));
        String sarif = report.render(new ScanResult(Path.of("/nonexistent-root"), bulky(300), List.of(), null));
        assertEquals(List.of(), new SarifSchemaValidator().validate(sarif));
        assertTrue(gzipped(sarif) <= 2_500, "gzip size " + gzipped(sarif));
        JsonNode run = new ObjectMapper().readTree(sarif).path("runs").path(0);
        JsonNode results = run.path("results");
        assertTrue(results.size() > 0 && results.size() < 300, "results kept: " + results.size());
        results.forEach(r -> assertTrue(r.path("codeFlows").isMissingNode() || r.path("codeFlows").isEmpty(), r.toString()));
        results.forEach(r -> assertEquals("LAL001", r.path("ruleId").asText(), "the errors are kept before the warnings"));
        List<String> notes = new ArrayList<>();
        run.path("invocations").path(0).path("toolExecutionNotifications").forEach(n -> notes.add(n.path("message").path("text").asText()));
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).endsWith("results left out of the SARIF log: with them it was over GitHub's upload limit of 0 MB"
                + " gzip-compressed (the most severe were kept)."), notes.get(0));
        assertTrue(notes.get(1).startsWith("Code flows left out of the SARIF log"), notes.get(1));
    }

    @Test
    void droppingCodeFlowsIsEnoughWhenItIs() throws Exception {
        SarifReport report = new SarifReport(SampleScan.rules(), "0.1.0").withLimits(new GitHubLimits(25_000, 1_000, 10_000, 20_000));
        String sarif = report.render(new ScanResult(Path.of("/nonexistent-root"), bulky(60), List.of(), null));
        assertTrue(gzipped(sarif) <= 20_000, "gzip size " + gzipped(sarif));
        JsonNode run = new ObjectMapper().readTree(sarif).path("runs").path(0);
        assertEquals(60, run.path("results").size());
        assertEquals(1, run.path("invocations").path(0).path("toolExecutionNotifications").size());
    }

    @Test
    void tooManyResultsKeepTheMostSevereInScanOrderAndSaySo() throws Exception {
        JsonNode run = render(SMALL, List.of(
                finding("LAL008", Severity.WARNING, 1, List.of(), List.of()),
                finding("LAL001", Severity.ERROR, 2, List.of(), List.of()),
                finding("LAL099", Severity.NOTE, 3, List.of(), List.of()),
                finding("LAL004", Severity.ERROR, 4, List.of(), List.of())));
        List<String> kept = new ArrayList<>();
        run.path("results").forEach(r -> kept.add(r.path("ruleId").asText()));
        assertEquals(List.of("LAL001", "LAL004"), kept);
        JsonNode notes = run.path("invocations").path(0).path("toolExecutionNotifications");
        assertEquals(1, notes.size());
        assertEquals("warning", notes.path(0).path("level").asText());
        assertTrue(notes.path(0).path("message").path("text").asText().startsWith("2 results left out"));
    }

    @Test
    void relatedLocationsAndFlowStepsAreCutAndMessageLinksOnlyWhatIsKept() throws Exception {
        List<RelatedLocation> related = List.of(new RelatedLocation(1, at(10), "one"),
                new RelatedLocation(2, at(11), "two"), new RelatedLocation(3, at(12), "three"));
        List<TraceStep> steps = new ArrayList<>();
        for (int line = 20; line < 25; line++) {
            steps.add(new TraceStep(at(line), "step " + line));
        }
        JsonNode run = render(SMALL, List.of(finding("LAL001", Severity.ERROR, 2, related, List.of(steps))));
        JsonNode result = run.path("results").path(0);
        assertEquals("Finding on line 2. See [one](1), [two](2).", result.path("message").path("text").asText());
        assertEquals(2, result.path("relatedLocations").size());
        List<String> kept = new ArrayList<>();
        result.path("codeFlows").path(0).path("threadFlows").path(0).path("locations")
                .forEach(l -> kept.add(l.path("location").path("message").path("text").asText()));
        assertEquals(List.of("step 20", "step 21", "step 24"), kept);
        assertEquals(2, run.path("invocations").path(0).path("toolExecutionNotifications").size());
    }

    @Test
    void flowStepsAreCountedPerResultOverAllItsFlows() throws Exception {
        List<TraceStep> two = List.of(new TraceStep(at(20), "a"), new TraceStep(at(21), "b"));
        List<TraceStep> three = List.of(new TraceStep(at(30), "c"), new TraceStep(at(31), "d"), new TraceStep(at(32), "e"));
        JsonNode run = render(SMALL, List.of(finding("LAL001", Severity.ERROR, 2, List.of(), List.of(two, three, two))));
        JsonNode flows = run.path("results").path(0).path("codeFlows");
        // Budget 3: the first flow whole (2), the second cut to its last step (1), the third left out.
        assertEquals(2, flows.size());
        assertEquals(2, flows.path(0).path("threadFlows").path(0).path("locations").size());
        JsonNode second = flows.path(1).path("threadFlows").path(0).path("locations");
        assertEquals(1, second.size());
        assertEquals("e", second.path(0).path("location").path("message").path("text").asText());
        assertTrue(run.path("invocations").path(0).path("toolExecutionNotifications").path(0).path("message").path("text")
                .asText().startsWith("2 code flows were shortened or left out"));
    }

    @Test
    void withinTheLimitsNothingIsCutOrNoted() throws Exception {
        JsonNode run = render(SMALL, List.of(finding("LAL001", Severity.ERROR, 2,
                List.of(new RelatedLocation(1, at(3), "x")), List.of(List.of(new TraceStep(at(2), "s"))))));
        assertEquals(1, run.path("results").size());
        assertTrue(run.path("invocations").path(0).path("toolExecutionNotifications").isMissingNode());
    }

    @Test
    void categoryBecomesTheAutomationId() throws Exception {
        SarifReport report = new SarifReport(SampleScan.rules(), "0.1.0");
        assertEquals("drivers/storport/", render(report.withCategory("drivers/storport"), List.of())
                .path("automationDetails").path("id").asText());
        assertEquals("kmdf/", render(report.withCategory("kmdf/"), List.of()).path("automationDetails").path("id").asText());
        assertTrue(render(report, List.of()).path("automationDetails").isMissingNode());
        assertTrue(render(report.withCategory(" "), List.of()).path("automationDetails").isMissingNode());
    }
}
