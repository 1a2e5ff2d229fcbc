package dev.lookasidelint.analyzer.frontend;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The decoded text of a source file and a line-start table to turn char offsets into lines and
 * columns (UTF-16 code units, 1-based). Files are UTF-8 (a BOM is stripped), UTF-16 with a BOM, or,
 * when they are not valid UTF-8, Windows-1252 as old driver sources often are.
 */
public final class SourceText {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final char[] chars;
    private final int[] lineStarts;

    public SourceText(char[] chars) {
        this.chars = chars;
        this.lineStarts = computeLineStarts(chars);
    }

    /** Reads and decodes a file; binary files are refused with {@link UnreadableSourceException}. */
    public static SourceText read(Path file) throws IOException {
        return new SourceText(decode(Files.readAllBytes(file)));
    }

    static char[] decode(byte[] bytes) throws UnreadableSourceException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeUtf8OrLegacy(Arrays.copyOfRange(bytes, 3, bytes.length));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) return toChars(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        if (startsWith(bytes, 0xFE, 0xFF)) return toChars(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) throw new UnreadableSourceException("binary file (contains NUL bytes)");
        }
        return decodeUtf8OrLegacy(bytes);
    }

    private static char[] decodeUtf8OrLegacy(byte[] bytes) {
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] out = new char[cb.remaining()];
            cb.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return toChars(new String(bytes, WINDOWS_1252));
        }
    }

    private static char[] toChars(String s) {
        return s.toCharArray();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static int[] computeLineStarts(char[] chars) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // CRLF, LF and a lone CR each end a line, as compilers count them
            if (c == '\n' || (c == '\r' && (i + 1 >= chars.length || chars[i + 1] != '\n'))) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    public char[] chars() {
        return chars;
    }

    /** Number of lines, counting a last line without a newline. */
    public int lineCount() {
        int n = lineStarts.length;
        return (chars.length > 0 && lineStarts[n - 1] == chars.length) ? n - 1 : n;
    }

    /**
     * The text of 1-based {@code line} without its line end, so that reports that show source lines
     * number them exactly as findings do (same decoding, same CR/LF/CRLF rule).
     */
    public String line(int line) {
        if (line < 1 || line > lineCount()) throw new IndexOutOfBoundsException("line " + line + " of " + lineCount());
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : chars.length;
        while (end > start && (chars[end - 1] == '\n' || chars[end - 1] == '\r')) end--;
        return new String(chars, start, end - start);
    }

    /** 1-based line of a char offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column, in UTF-16 code units, of a char offset. */
    public int columnOf(int offset) {
        return columnOf(offset, lineOf(offset));
    }

    /** The same, when the offset's line is already known. */
    public int columnOf(int offset, int line) {
        return offset - lineStarts[line - 1] + 1;
    }

    /** The text between two offsets, with runs of white space folded to one space (for messages). */
    public String snippet(int offset, int length) {
        int end = Math.min(chars.length, offset + length);
        int start = Math.max(0, offset);
        // most snippets are short expressions with nothing to fold: copy those as they are
        if (start < end && nothingToFold(start, end)) return new String(chars, start, end - start);
        StringBuilder b = new StringBuilder();
        boolean space = false;
        for (int i = Math.max(0, offset); i < end; i++) {
            char c = chars[i];
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True when the text between the offsets has no white space but single spaces between other characters. */
    private boolean nothingToFold(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (!isWhitespace(c)) continue;
            if (c != ' ' || i == start || i + 1 == end || isWhitespace(chars[i - 1]) || isWhitespace(chars[i + 1])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 128) && Character.isWhitespace(c);
    }
}
