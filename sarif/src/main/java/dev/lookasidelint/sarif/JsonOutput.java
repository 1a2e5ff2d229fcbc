package dev.lookasidelint.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The one JSON layout shared by the SARIF and JSON reports, so that both are byte-for-byte
 * reproducible on every platform: two-space indentation, {@code "\n"} line ends (never the platform
 * separator), {@code "key": value}, {@code []} and {@code {}} for empty containers, map keys
 * sorted, and a trailing newline.
 */
final class JsonOutput {

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private JsonOutput() {
    }

    /** Base mapper settings; callers add their own type-specific configuration before use. */
    static ObjectMapper newMapper() {
        ObjectMapper mapper = new ObjectMapper();
        // The caller owns the Writer: we write into it, we do not close it.
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // Maps (SARIF property bags) are HashMaps inside java-sarif; sort for a stable order.
        mapper.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        return mapper;
    }

    static ObjectWriter prettyWriter(ObjectMapper mapper) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(separators);
        printer.indentObjectsWith(INDENTER);
        printer.indentArraysWith(INDENTER);
        return mapper.writer(printer);
    }

    /** Writes {@code value} as one pretty-printed document followed by a newline. */
    static void writeDocument(ObjectWriter writer, Object value, Writer out) throws IOException {
        writer.writeValue(out, value);
        out.write('\n');
        out.flush();
    }

    /** The same document as a string, for tests and for callers that want to post-process it. */
    static String render(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
