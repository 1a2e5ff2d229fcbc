package dev.lookasidelint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a suppression comment says: which rules it silences, and why. */
class InlineSuppressionsTest {

    @Test
    void lineCommentSilencesItsRuleWithItsReason() {
        assertEquals(Optional.of("the DPC frees it"), InlineSuppressions.markerReason(
                "    req = Alloc(); // lookaside-lint: ignore LAL008 the DPC frees it", "LAL008"));
    }

    @Test
    void severalRulesAndABlockComment() {
        String line = "/* lookaside-lint: ignore LAL004, LAL008 queued for the worker */ x = 1;";
        assertEquals(Optional.of("queued for the worker"), InlineSuppressions.markerReason(line, "LAL004"));
        assertEquals(Optional.of("queued for the worker"), InlineSuppressions.markerReason(line, "LAL008"));
    }

    @Test
    void otherRulesAndOtherCommentsSilenceNothing() {
        assertTrue(InlineSuppressions.markerReason("// lookaside-lint: ignore LAL008 leak on purpose", "LAL004").isEmpty());
        assertTrue(InlineSuppressions.markerReason("// lookaside-lint ignore LAL008", "LAL008").isEmpty());
        assertTrue(InlineSuppressions.markerReason("s = \"lookaside-lint: ignore LAL008\";", "LAL008").isEmpty());
    }

    @Test
    void aReasonIsOptional() {
        assertEquals(Optional.of(""), InlineSuppressions.markerReason("// lookaside-lint: ignore LAL009", "LAL009"));
    }
}
