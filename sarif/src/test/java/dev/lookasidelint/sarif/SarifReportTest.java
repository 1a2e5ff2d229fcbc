package dev.lookasidelint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.analyzer.report.Severity;
import dev.lookasidelint.analyzer.report.Suppressed;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    private static final SarifSchemaValidator VALIDATOR = new SarifSchemaValidator();

    private final SarifReport report = new SarifReport(SampleScan.rules(), "0.1.0");
    private final String sarif = report.render(SampleScan.scan());
    private final JsonNode log = parse(sarif);
    private final JsonNode run = log.path("runs").path(0);
    private final JsonNode results = run.path("results");

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void isValidAgainstTheOfficialSchema() {
        assertEquals(List.of(), VALIDATOR.validate(sarif));
        assertEquals(List.of(), VALIDATOR.validate(report.render(SampleScan.emptyScan())));
    }

    @Test
    void hasTheLogHeaderAndDriver() {
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.path("$schema").asText());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals(1, log.path("runs").size());
        JsonNode driver = run.path("tool").path("driver");
        assertEquals("lookaside-lint", driver.path("name").asText());
        assertEquals("0.1.0", driver.path("version").asText());
        assertEquals("0.1.0", driver.path("semanticVersion").asText());
        assertEquals("https://github.com/lookaside-lint/lookaside-lint", driver.path("informationUri").asText());
        assertEquals("utf16CodeUnits", run.path("columnKind").asText());
    }

    @Test
    void semanticVersionIsLeftOutWhenTheVersionIsNotSemVer() {
        JsonNode driver = parse(new SarifReport(SampleScan.rules(), "dev-build").render(SampleScan.emptyScan()))
                .path("runs").path(0).path("tool").path("driver");
        assertEquals("dev-build", driver.path("version").asText());
        assertTrue(driver.path("semanticVersion").isMissingNode());
    }

    @Test
    void describesEveryRuleInCatalogOrder() {
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertEquals(List.of("LAL001", "LAL004", "LAL008", "LAL099"), texts(rules, "id"));
        JsonNode leaked = rules.path(2);
        assertEquals("block-leaked", leaked.path("name").asText());
        assertEquals("Short block-leaked.", leaked.path("shortDescription").path("text").asText());
        assertEquals("Full description of block-leaked.", leaked.path("fullDescription").path("text").asText());
        assertEquals("Help for block-leaked.", leaked.path("help").path("text").asText());
        assertEquals("# block-leaked\n\nHelp in *Markdown*.", leaked.path("help").path("markdown").asText());
        assertEquals(List.of("correctness"), texts(leaked.path("properties").path("tags")));
        assertEquals("medium", leaked.path("properties").path("precision").asText());
        // Every rule states its default level, also the one equal to SARIF's default.
        assertEquals(List.of("error", "error", "warning", "note"), texts(rules, "defaultConfiguration", "level"));
        assertEquals(List.of("error", "error", "warning", "recommendation"), texts(rules, "properties", "problem.severity"));
        JsonNode noteRule = rules.path(3).path("properties");
        assertTrue(noteRule.path("tags").isMissingNode());
        assertTrue(noteRule.path("precision").isMissingNode());
    }

    @Test
    void everyResultStatesItsLevelEvenTheDefaultWarning() {
        assertEquals(3, results.size());
        for (JsonNode result : results) {
            assertTrue(result.has("level"), () -> "no level in " + result);
        }
        assertEquals(List.of("error", "error", "warning"), texts(results, "level"));
        assertTrue(sarif.contains("\"level\": \"warning\""));
    }

    @Test
    void ruleIndexPointsAtTheRuleOfTheResult() {
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertEquals(List.of("LAL001", "LAL004", "LAL008"), texts(results, "ruleId"));
        for (JsonNode result : results) {
            assertTrue(result.has("ruleIndex"), () -> "no ruleIndex in " + result);
            int index = result.path("ruleIndex").asInt();
            assertEquals(result.path("ruleId").asText(), rules.path(index).path("id").asText());
        }
        assertEquals(0, results.path(0).path("ruleIndex").asInt());
    }

    @Test
    void primaryLocationIsARelativePercentEncodedUriWithARegion() {
        JsonNode physical = results.path(1).path("locations").path(0).path("physicalLocation");
        assertEquals(SampleScan.SPACED_URI, physical.path("artifactLocation").path("uri").asText());
        assertEquals("%SRCROOT%", physical.path("artifactLocation").path("uriBaseId").asText());
        JsonNode region = physical.path("region");
        assertEquals(List.of(7, 9, 7, 20), List.of(region.path("startLine").asInt(), region.path("startColumn").asInt(),
                region.path("endLine").asInt(), region.path("endColumn").asInt()));
        assertEquals(1, results.path(1).path("locations").size());
    }

    @Test
    void srcRootIsTheScanRootAsAFileUriEndingInSlash() {
        String uri = run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText();
        assertEquals(Path.of("/src/drv").toAbsolutePath().toUri().toString().replaceAll("/?$", "/"), uri);
        assertTrue(uri.startsWith("file:/") && uri.endsWith("/"), uri);
    }

    @Test
    void rootUriEncodesSpacesAndNonAscii(@TempDir Path tmp) {
        Path root = tmp.resolve("my drivers").resolve("größe");
        String uri = SarifReport.rootUri(root);
        assertTrue(uri.endsWith("/my%20drivers/gr%C3%B6%C3%9Fe/"), uri);
        assertEquals(root.toAbsolutePath(), Path.of(java.net.URI.create(uri)));
    }

    @Test
    void functionIsALogicalLocation() {
        JsonNode logical = results.path(0).path("locations").path(0).path("logicalLocations");
        assertEquals(1, logical.size());
        assertEquals("DriverEntry", logical.path(0).path("name").asText());
        assertEquals("function", logical.path(0).path("kind").asText());
        // A finding without a function has no logical location rather than an empty one.
        assertTrue(results.path(2).path("locations").path(0).path("logicalLocations").isMissingNode());
    }

    @Test
    void messageLinksEveryRelatedLocationWhichCarriesItsOwnMessage() {
        JsonNode first = results.path(0);
        assertEquals("Lookaside list 'g_List' is initialized but not deleted on unload."
                        + " See [DriverUnload returns without deleting the list](1).",
                first.path("message").path("text").asText());
        JsonNode related = first.path("relatedLocations");
        assertEquals(1, related.size());
        assertEquals(1, related.path(0).path("id").asInt());
        assertEquals("DriverUnload returns without deleting the list.", related.path(0).path("message").path("text").asText());
        assertEquals("src/unload.c", related.path(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
        assertEquals(30, related.path(0).path("physicalLocation").path("region").path("startLine").asInt());
    }

    @Test
    void bracketsAndBackslashesInLinkTextAreEscapedButNotElsewhere() {
        assertEquals("Block allocated from Ext->Lists[0] is leaked. See [return \\[early\\] \\\\ path](1).",
                results.path(2).path("message").path("text").asText());
    }

    @Test
    void eachPathIsOneCodeFlowWithOneThreadFlow() {
        JsonNode flows = results.path(1).path("codeFlows");
        assertEquals(2, flows.size());
        JsonNode steps = flows.path(1).path("threadFlows").path(0).path("locations");
        assertEquals(1, flows.path(1).path("threadFlows").size());
        assertEquals(2, steps.size());
        JsonNode firstStep = steps.path(0).path("location");
        assertEquals("freed to g_List on the error path", firstStep.path("message").path("text").asText());
        assertEquals(SampleScan.SPACED_URI, firstStep.path("physicalLocation").path("artifactLocation").path("uri").asText());
        assertEquals(6, firstStep.path("physicalLocation").path("region").path("startLine").asInt());
        // No flows, no codeFlows property.
        assertTrue(results.path(2).path("codeFlows").isMissingNode());
    }

    @Test
    void notificationsAreToolExecutionNotificationsWithTheirLevel() {
        JsonNode invocation = run.path("invocations").path(0);
        assertFalse(invocation.path("executionSuccessful").asBoolean(true));
        JsonNode notes = invocation.path("toolExecutionNotifications");
        assertEquals(List.of("warning", "note", "error"), texts(notes, "level"));
        JsonNode first = notes.path(0);
        assertEquals("2 parse problems; results may be incomplete", first.path("message").path("text").asText());
        JsonNode physical = first.path("locations").path(0).path("physicalLocation");
        assertEquals("src/bad.c", physical.path("artifactLocation").path("uri").asText());
        assertEquals("%SRCROOT%", physical.path("artifactLocation").path("uriBaseId").asText());
        assertEquals(3, physical.path("region").path("startLine").asInt());
        // Line 0 means unknown: a location without a region.
        assertTrue(notes.path(1).path("locations").path(0).path("physicalLocation").path("region").isMissingNode());
        // No path: no location at all.
        assertTrue(notes.path(2).path("locations").isMissingNode());
    }

    @Test
    void aCleanScanHasAnEmptyResultsArrayAndSucceeds() {
        JsonNode cleanRun = parse(report.render(SampleScan.emptyScan())).path("runs").path(0);
        assertTrue(cleanRun.path("results").isArray());
        assertEquals(0, cleanRun.path("results").size());
        assertTrue(cleanRun.path("invocations").path(0).path("executionSuccessful").asBoolean(false));
        assertTrue(cleanRun.path("invocations").path(0).path("toolExecutionNotifications").isMissingNode());
    }

    @Test
    void suppressedFindingsAreWrittenOnlyWhenAskedAndThenMarkedWithTheirReason() {
        ScanResult scan = SampleScan.scan();
        Finding silenced = scan.findings().get(0);
        ScanResult withSilenced = new ScanResult(scan.root(), scan.findings().subList(1, scan.findings().size()),
                List.of(new Suppressed(silenced, "the DPC frees it")), scan.notifications(), scan.statistics());
        JsonNode plain = parse(report.render(withSilenced)).path("runs").path(0).path("results");
        assertEquals(scan.findings().size() - 1, plain.size());
        String asked = report.withSuppressed(true).render(withSilenced);
        assertEquals(List.of(), VALIDATOR.validate(asked));
        JsonNode all = parse(asked).path("runs").path(0).path("results");
        assertEquals(scan.findings().size(), all.size());
        JsonNode suppression = all.path(all.size() - 1).path("suppressions").path(0);
        assertEquals("inSource", suppression.path("kind").asText());
        assertEquals("the DPC frees it", suppression.path("justification").asText());
    }

    @Test
    void noFingerprintWhenTheSourceCannotBeRead() {
        // SampleScan's root /src/drv does not exist: upload-sarif is left to compute the hash.
        assertFalse(sarif.contains("partialFingerprints"));
    }

    @Test
    void primaryLocationLineHashIsGitHubsHashOfTheResultLine(@TempDir Path root) throws Exception {
        // A BOM and CRLF line ends; "ea65b62b07cbc04e:1" is what GitHub's fingerprints.ts computes
        // for line 5 of these bytes (run under Node, see PrimaryLocationLineHashTest).
        String body = "#include <ntddk.h>\r\n\r\nVOID Unload(PDRIVER_OBJECT d)\r\n{\r\n"
                + "    ExDeleteNPagedLookasideList(&g_list);\r\n    ExDeleteNPagedLookasideList(&g_list);\r\n}\r\n";
        java.nio.file.Files.createDirectories(root.resolve("src"));
        java.nio.file.Files.write(root.resolve("src/unload.c"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Finding onLine5 = new Finding("LAL001", Severity.ERROR, "m.", new SourceLocation("src/unload.c", 5, 5, 5, 42),
                "Unload", List.of(), List.of());
        Finding onLine1 = new Finding("LAL001", Severity.ERROR, "m.", SourceLocation.point(root.resolve("src/unload.c").toString(), 1, 1),
                "Unload", List.of(), List.of());
        Finding pastTheEnd = new Finding("LAL001", Severity.ERROR, "m.", SourceLocation.point("src/unload.c", 99, 1),
                "Unload", List.of(), List.of());
        Finding missing = new Finding("LAL001", Severity.ERROR, "m.", SourceLocation.point("src/gone.c", 1, 1),
                "Unload", List.of(), List.of());
        String out = report.render(new ScanResult(root, List.of(onLine5, onLine1, pastTheEnd, missing), List.of(), null));
        assertEquals(List.of(), VALIDATOR.validate(out));
        JsonNode rs = parse(out).path("runs").path(0).path("results");
        assertEquals(List.of("ea65b62b07cbc04e:1", "2ce998a3bfb2f854:1", "", ""),
                texts(rs, "partialFingerprints", "primaryLocationLineHash"));
        assertTrue(rs.path(2).path("partialFingerprints").isMissingNode());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void outputIsDeterministicPrettyAndEndsWithANewline() throws Exception {
        StringWriter out = new StringWriter();
        report.write(SampleScan.scan(), out);
        assertEquals(sarif, out.toString());
        assertEquals(sarif, new SarifReport(SampleScan.rules(), "0.1.0").render(SampleScan.scan()));
        assertTrue(sarif.startsWith("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"));
        assertTrue(sarif.endsWith("}\n"));
        assertFalse(sarif.contains("\r"));
        // Non-ASCII text is written as characters (the caller's Writer encodes it, UTF-8 for files).
        assertTrue(sarif.contains("Lookaside list 'g_List'"));
    }

    @Test
    void aFindingOfARuleOutsideTheCatalogIsRejected() {
        Finding stray = new Finding("LAL777", Severity.ERROR, "m", SourceLocation.point("a.c", 1, 1), "f", List.of(), List.of());
        ScanResult scan = new ScanResult(Path.of("/src"), List.of(stray), List.of(), null);
        assertThrows(IllegalArgumentException.class, () -> report.render(scan));
    }

    @Test
    void duplicateRuleIdsAreRejected() {
        List<dev.lookasidelint.analyzer.rule.RuleInfo> twice = new ArrayList<>(SampleScan.rules());
        twice.add(SampleScan.rules().get(0));
        assertThrows(IllegalArgumentException.class, () -> new SarifReport(twice, "0.1.0"));
    }

    private static List<String> texts(JsonNode array, String... path) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : array) {
            JsonNode node = element;
            for (String step : path) {
                node = node.path(step);
            }
            out.add(node.asText());
        }
        return out;
    }
}
