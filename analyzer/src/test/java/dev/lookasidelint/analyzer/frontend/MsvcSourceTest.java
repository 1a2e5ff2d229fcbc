package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MsvcSourceTest {

    private static String rewrite(String text) {
        return new String(MsvcSource.of(text.toCharArray()).chars());
    }

    @Test
    void sizedIntegerSuffixesBecomeStandardOnesOfTheSameLength() {
        assertEquals("x = 0xffffffffffffffffLL ;", rewrite("x = 0xffffffffffffffffI64;"));
        assertEquals("x = ~0ULL ;", rewrite("x = ~0UI64;"));
        assertEquals("x = 1ULL  << n;", rewrite("x = 1ui64 << n;"));
        assertEquals("x = -10000LL ;", rewrite("x = -10000i64;"));
        assertEquals("x = 7    + 8U  ;", rewrite("x = 7i32 + 8ui8;"));
        assertEquals("#if X == 1LL \n#endif\n", rewrite("#if X == 1i64\n#endif\n"));
    }

    @Test
    void otherNumbersIdentifiersStringsAndCommentsAreLeftAlone() {
        String text = "int i64 = 0x1A64 + 1.5e64 + 164 + a1i64; char *s = \"1i64\"; /* 2i64 */ // 3I64\n"
                + "char c = '4'; double d = 1.0i64;\n";
        char[] chars = text.toCharArray();
        assertSame(chars, MsvcSource.of(chars).chars());
    }

    @Test
    void aCommaBeforeVaArgsIsDroppedWhenThereAreNoVariableArguments() {
        assertEquals("#define T(fmt, ...) DbgPrint(fmt,## __VA_ARGS__)\nT(\"x\");\n",
                rewrite("#define T(fmt, ...) DbgPrint(fmt, __VA_ARGS__)\nT(\"x\");\n"));
        assertEquals("#  define T(l, fmt, ...) \\\n    Print(l, fmt,## \\\n          __VA_ARGS__)\n",
                rewrite("#  define T(l, fmt, ...) \\\n    Print(l, fmt, \\\n          __VA_ARGS__)\n"));
        assertEquals("#define T(...) Print(0,##/* c */__VA_ARGS__)\n",
                rewrite("#define T(...) Print(0,/* c */__VA_ARGS__)\n"));
        // an apostrophe in an #error line does not hide the next line
        assertEquals("#error Don't\n#define T(f, ...) P(f,## __VA_ARGS__)\n",
                rewrite("#error Don't\n#define T(f, ...) P(f, __VA_ARGS__)\n"));
    }

    @Test
    void onlyACommaRightBeforeVaArgsInAVariadicDefinitionChanges() {
        for (String text : new String[] {
            "#define T(fmt, ...) Print(fmt, ## __VA_ARGS__)\n", // already the GNU spelling
            "#define T(fmt, ...) Print(fmt, (__VA_ARGS__))\n", // not right after the comma
            "#define T(fmt, ...) Print(fmt, __VA_ARGS__ ## x)\n", // pasted
            "#define T(fmt, args) Print(fmt, __VA_ARGS__)\n", // not variadic
            "#define T Print(fmt, __VA_ARGS__)\n", // object-like
            "Print(fmt, __VA_ARGS__);\n", // not a directive
            "#define T(fmt, ...) Print(\"a, __VA_ARGS__\")\n", // in a string
        }) {
            char[] chars = text.toCharArray();
            assertSame(chars, MsvcSource.of(chars).chars(), text);
        }
    }

    @Test
    void offsetsMapBackToTheOriginalText() {
        String original = "#define T(f, ...) P(f, __VA_ARGS__)\n#define U(...) Q(1, __VA_ARGS__)\nint x;\n";
        MsvcSource source = MsvcSource.of(original.toCharArray());
        String rewritten = new String(source.chars());
        assertEquals(original.length() + 4, rewritten.length());
        int x = rewritten.indexOf("int x;");
        assertEquals(original.indexOf("int x;"), source.originalOffset(x));
        int first = rewritten.indexOf("##");
        assertEquals(first, source.originalOffset(first)); // before the insertion nothing moves
        assertEquals(first, source.originalOffset(first + 1)); // inside it: where it was inserted
        assertEquals(first, source.originalOffset(first + 2)); // the space after the comma
        int second = rewritten.indexOf("##", first + 2);
        assertEquals(original.indexOf("Q(1,") + 4, source.originalOffset(second));
        assertEquals(original.length(), source.originalOffset(rewritten.length()));
    }
}
