package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which integer literals are NULL-like zeros: they decide which branch of {@code if (p = 0)} a path takes. */
class ZeroLiteralTest {

    @Test
    void zeroInAnyBaseAndWithAnySuffixIsZero() {
        for (String zero : new String[] {"0", "00", "0u", "0UL", "0ull", "0x0", "0X00", "0x0L"}) {
            assertTrue(ExpressionTranslator.isZero(zero), zero);
        }
    }

    @Test
    void anythingElseIsNot() {
        for (String other : new String[] {"1", "10", "0x10", "0x", "0xF0", "100UL", "0x1u"}) {
            assertFalse(ExpressionTranslator.isZero(other), other);
        }
    }
}
