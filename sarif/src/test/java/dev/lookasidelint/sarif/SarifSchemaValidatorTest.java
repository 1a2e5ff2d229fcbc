package dev.lookasidelint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator must actually reject bad logs, or a passing schema test means nothing. */
class SarifSchemaValidatorTest {

    private final SarifSchemaValidator validator = new SarifSchemaValidator();
    private final String valid = new SarifReport(SampleScan.rules(), "0.1.0").render(SampleScan.scan());

    @Test
    void rejectsAMissingRequiredProperty() throws Exception {
        ObjectNode log = (ObjectNode) new ObjectMapper().readTree(valid);
        log.remove("version");
        assertFalse(validator.validate(log).isEmpty());
    }

    @Test
    void rejectsAWrongLevel() {
        List<String> problems = validator.validate(valid.replace("\"level\": \"warning\"", "\"level\": \"severe\""));
        assertFalse(problems.isEmpty());
    }

    @Test
    void rejectsARegionStartingAtLineZero() {
        List<String> problems = validator.validate(valid.replace("\"startLine\": 12", "\"startLine\": 0"));
        assertFalse(problems.isEmpty());
    }

    @Test
    void rejectsAnUnencodedSpaceInAUri() {
        List<String> problems = validator.validate(valid.replace(SampleScan.SPACED_URI, "src/my dir/x.c"));
        assertFalse(problems.isEmpty(), "format uri-reference is asserted");
    }

    @Test
    void reportsTextThatIsNotJsonAsOneMessage() {
        List<String> problems = validator.validate("{ not json");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("not valid JSON"), problems.get(0));
    }
}
