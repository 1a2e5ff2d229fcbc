package dev.lookasidelint.testdata.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a SARIF log back: the rule ids of its results and every artifactLocation anywhere in it. */
final class SarifUris {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SarifUris() {
    }

    static List<String> ruleIds(Path sarif) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode r : JSON.readTree(sarif.toFile()).path("runs").path(0).path("results")) ids.add(r.path("ruleId").asText());
        return ids;
    }

    /** Every {@code artifactLocation} object in the log (results, related locations, code flows, notifications). */
    static List<JsonNode> artifactLocations(Path sarif) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        collect(JSON.readTree(sarif.toFile()), found);
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("artifactLocation")) found.add(e.getValue());
                else collect(e.getValue(), found);
            });
        } else if (node.isArray()) {
            for (JsonNode child : node) collect(child, found);
        }
    }
}
