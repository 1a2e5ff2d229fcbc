package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.TranslationUnit;
import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decoding source files and turning char offsets into lines and UTF-16 columns. */
class SourceTextTest {
    @TempDir
    Path dir;

    private static final String CODE = "void A(void);\nvoid f(void) {\n  A(); /* caf\u00e9 */\n}\n";

    private Path write(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.write(p);
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }

    private static void assertTranslatesLikeCode(Path file) throws Exception {
        TranslationUnit unit = TestSource.translate(file, file.getFileName().toString());
        assertEquals(List.of(), unit.problems());
        Function f = unit.functions().get(0);
        assertEquals(2, f.location().line());
        assertEquals(6, f.location().column());
        GraphQuery.At call = GraphQuery.of(f).call("A");
        assertEquals(3, call.line());
        assertEquals(3, call.op().location().column());
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws Exception {
        Path file = write("bom.c", bytes(0xEF, 0xBB, 0xBF), CODE.getBytes(StandardCharsets.UTF_8));
        assertEquals(CODE, new String(SourceText.read(file).chars()));
        assertTranslatesLikeCode(file);
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkIsDecoded() throws Exception {
        Path file = write("u16le.c", bytes(0xFF, 0xFE), CODE.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(CODE, new String(SourceText.read(file).chars()));
        assertTranslatesLikeCode(file);
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsDecoded() throws Exception {
        Path file = write("u16be.c", bytes(0xFE, 0xFF), CODE.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(CODE, new String(SourceText.read(file).chars()));
    }

    @Test
    void plainUtf8IsDecodedAsUtf8() throws Exception {
        Path file = write("u8.c", CODE.getBytes(StandardCharsets.UTF_8));
        assertEquals(CODE, new String(SourceText.read(file).chars()));
        assertTranslatesLikeCode(file);
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() throws Exception {
        // 0x93/0x94 are Windows-1252 curly quotes, 0xE9 is e-acute: none is valid UTF-8 here
        Path file = write("legacy.c", "/* ".getBytes(StandardCharsets.US_ASCII), bytes(0x93, 0x41, 0x94, 0x20, 0xE9),
                " */\nvoid f(void) { }\n".getBytes(StandardCharsets.US_ASCII));
        String text = new String(SourceText.read(file).chars());
        assertEquals("/* \u201cA\u201d \u00e9 */\nvoid f(void) { }\n", text);
        TranslationUnit unit = TestSource.translate(file, "legacy.c");
        assertEquals(List.of(), unit.problems());
        assertEquals(2, unit.functions().get(0).location().line());
    }

    @Test
    void nulBytesMakeTheFileUnreadable() throws Exception {
        Path file = write("bin.c", "int x;".getBytes(StandardCharsets.US_ASCII), bytes(0, 0, 7));
        assertThrows(UnreadableSourceException.class, () -> SourceText.read(file));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "LF;                a\\nb\\nc\\n;   3",
            "LF, no final EOL;  a\\nb\\nc;     3",
            "CRLF;              a\\r\\nb\\r\\nc\\r\\n; 3",
            "lone CR;           a\\rb\\rc\\r;   3",
            "mixed;             a\\r\\nb\\rc\\nd; 4",
            "empty lines;       \\n\\n\\n;      3",
            "one line;          abc;         1",
    })
    void lineCount(String name, String escaped, int lines) {
        String s = escaped.replace("\\r", "\r").replace("\\n", "\n");
        assertEquals(lines, new SourceText(s.toCharArray()).lineCount(), name);
    }

    @Test
    void lineAndColumnOfOffsetsWithEveryLineEnding() {
        SourceText t = new SourceText("ab\r\ncd\ref\ngh".toCharArray());
        // a b \r \n c d \r e f \n g h
        // 0 1 2  3  4 5 6  7 8 9  10 11
        assertEquals(1, t.lineOf(0));
        assertEquals(1, t.lineOf(2));
        assertEquals(1, t.lineOf(3), "the LF of a CRLF belongs to the line it ends");
        assertEquals(4, t.columnOf(3));
        assertEquals(2, t.lineOf(4));
        assertEquals(1, t.columnOf(4));
        assertEquals(2, t.lineOf(6));
        assertEquals(3, t.lineOf(7), "a lone CR ends a line");
        assertEquals(1, t.columnOf(7));
        assertEquals(4, t.lineOf(10));
        assertEquals(2, t.columnOf(11));
    }

    @Test
    void columnsCountUtf16CodeUnits() {
        // U+1F600 is two UTF-16 code units: the 'x' after it is in column 4, not 3
        SourceText t = new SourceText("a\uD83D\uDE00x\n\uD83D\uDE00y".toCharArray());
        assertEquals(4, t.columnOf(3));
        assertEquals(2, t.lineOf(5));
        assertEquals(3, t.columnOf(7));
    }

    @Test
    void locationsAfterANonBmpCharacterAreInUtf16Columns() throws Exception {
        String code = "void A(void);\n/*\uD83D\uDE00*/ void f(void) { A(); }\n";
        Path file = write("emoji.c", code.getBytes(StandardCharsets.UTF_8));
        TranslationUnit unit = TestSource.translate(file, "emoji.c");
        assertEquals(List.of(), unit.problems());
        Function f = unit.functions().get(0);
        assertEquals(2, f.location().line());
        assertEquals(code.split("\n")[1].indexOf(" f(") + 2, f.location().column());
        assertEquals(13, f.location().column());
        assertEquals(23, GraphQuery.of(f).call("A").op().location().column());
    }

    @Test
    void crAndCrlfFilesPutOpsOnTheRightLines() throws Exception {
        for (String eol : new String[] {"\r", "\r\n"}) {
            String code = String.join(eol, "void A(void);", "void f(void) {", "", "  A();", "}", "");
            Path file = write("eol" + eol.length() + ".c", code.getBytes(StandardCharsets.US_ASCII));
            TranslationUnit unit = TestSource.translate(file, "eol.c");
            assertEquals(5, unit.lines());
            GraphQuery g = GraphQuery.of(unit.functions().get(0));
            assertEquals(4, g.call("A").line());
            assertEquals(3, g.call("A").op().location().column());
            assertEquals(5, g.returnOnLine(5).line(), "implicit return on the closing brace");
        }
    }

    @Test
    void snippetFoldsWhiteSpace() {
        SourceText t = new SourceText("if (a &&\r\n    b)".toCharArray());
        assertEquals("if (a && b)", t.snippet(0, 100));
    }

    @Test
    void snippetWithNothingToFoldIsTheTextAsWritten() {
        SourceText t = new SourceText("  ctx->Block = p; x\ty ".toCharArray());
        assertEquals("ctx->Block = p;", t.snippet(2, 15));
        assertEquals("x y", t.snippet(18, 3), "a tab is folded to a space");
        assertEquals("p;", t.snippet(15, 3), "white space at the ends is dropped");
    }

    @Test
    void lineIsTheTextOfOneLineWithoutItsEnd() {
        SourceText t = new SourceText("a\r\nbb\rccc\n\ndd".toCharArray());
        assertEquals(5, t.lineCount());
        assertEquals(List.of("a", "bb", "ccc", "", "dd"),
                List.of(t.line(1), t.line(2), t.line(3), t.line(4), t.line(5)), "CRLF, CR and LF each end one line");
        assertThrows(IndexOutOfBoundsException.class, () -> t.line(6));
        assertEquals("x", new SourceText("x\n".toCharArray()).line(1));
        assertThrows(IndexOutOfBoundsException.class, () -> new SourceText("x\n".toCharArray()).line(2),
                "a final line end does not start a line");
    }
}
