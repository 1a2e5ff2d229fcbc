package dev.lookasidelint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.rules.RuleCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The real catalog's rules carry every property GitHub code scanning reads from a rule: without
 * them GitHub shows the rule id as the title, no help, and no severity or CWE filters.
 */
class CatalogForGitHubTest {

    @Test
    void everyRuleHasWhatGitHubShows() throws Exception {
        String sarif = new SarifReport(RuleCatalog.infos(), "0.1.0")
                .render(new ScanResult(Path.of("/src"), List.of(), List.of(), null));
        JsonNode rules = new ObjectMapper().readTree(sarif).path("runs").path(0).path("tool").path("driver").path("rules");
        assertEquals(RuleCatalog.infos().size(), rules.size());
        for (JsonNode rule : rules) {
            String id = rule.path("id").asText();
            for (String text : List.of("shortDescription", "fullDescription")) {
                assertFalse(rule.path(text).path("text").asText().isBlank(), id + " " + text);
            }
            assertFalse(rule.path("help").path("text").asText().isBlank(), id + " help.text");
            assertFalse(rule.path("help").path("markdown").asText().isBlank(), id + " help.markdown");
            assertTrue(Set.of("error", "warning", "note").contains(rule.path("defaultConfiguration").path("level").asText()), id);
            JsonNode properties = rule.path("properties");
            assertTrue(Set.of("very-high", "high", "medium", "low").contains(properties.path("precision").asText()), id);
            assertTrue(Set.of("error", "warning", "recommendation").contains(properties.path("problem.severity").asText()), id);
            // GitHub keeps at most 10 tags. A CWE tag lets alerts be filtered by weakness and feeds
            // the security severity; a "security" rule always has one (others where one fits:
            // LAL010's paged pool at DISPATCH_LEVEL has no fitting CWE).
            assertTrue(properties.path("tags").size() <= 10, id);
            boolean cwe = false;
            boolean security = false;
            for (JsonNode tag : properties.path("tags")) {
                cwe |= tag.asText().matches("external/cwe/cwe-\\d+");
                security |= tag.asText().equals("security");
            }
            assertTrue(cwe || !security, id + " is a security rule without an external/cwe/cwe-N tag");
        }
    }
}
