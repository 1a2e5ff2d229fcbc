package dev.lookasidelint.analyzer.frontend;

import java.util.Arrays;

/**
 * The text handed to CDT: the source with two spellings rewritten that the MSVC preprocessor and
 * lexer accept and CDT does not, and a map from offsets in that text back to the original.
 * <ul>
 * <li>Integer suffixes {@code i8 i16 i32 i64} and {@code ui8 ... ui64} ({@code 0xFFFFFFFFI64},
 * {@code 1ui64}) become {@code LL}, {@code ULL}, {@code U} or nothing, padded with spaces to the same
 * length.</li>
 * <li>In the replacement list of a variadic macro, a comma right before {@code __VA_ARGS__} becomes
 * {@code ,##}: MSVC drops that comma when the macro is called without variable arguments
 * ({@code Trace(level, "text")}), which GCC spells {@code , ## __VA_ARGS__} and CDT understands.
 * This inserts two characters inside a {@code #define} line; {@link #originalOffset} undoes it.</li>
 * </ul>
 * Comments, string and character literals are left alone.
 */
final class MsvcSource {
    private static final char[] VA_ARGS = "__VA_ARGS__".toCharArray();
    private static final char[] PASTE = "##".toCharArray();

    private final char[] chars;
    /** Offsets in {@link #chars} where inserted text starts, ascending. */
    private final int[] insertedAt;
    /** Total characters inserted up to and including each insertion. */
    private final int[] insertedUpTo;

    private MsvcSource(char[] chars, int[] insertedAt, int[] insertedUpTo) {
        this.chars = chars;
        this.insertedAt = insertedAt;
        this.insertedUpTo = insertedUpTo;
    }

    /** Rewrites a source text; the array given is not changed. */
    static MsvcSource of(char[] original) {
        if (!mayNeedRewriting(original)) return new MsvcSource(original, new int[0], new int[0]);
        return new Rewriter(original).run();
    }

    /**
     * A quick look for what the rewriter changes: {@code i} or {@code I} between a hex digit (or
     * {@code u}) and a digit, as in {@code 0xFFI64} or {@code 1ui8}, or {@code __VA_ARGS__}. Most files
     * have neither and are not lexed again.
     */
    private static boolean mayNeedRewriting(char[] text) {
        for (int i = 1; i + 1 < text.length; i++) {
            char c = text[i];
            if ((c == 'i' || c == 'I') && isDigit(text[i + 1])) {
                char p = text[i - 1];
                if (isDigit(p) || (p >= 'a' && p <= 'f') || (p >= 'A' && p <= 'F') || p == 'u' || p == 'U') return true;
            }
            if (c == '_' && text[i - 1] == '_' && i + VA_ARGS.length - 1 <= text.length
                    && Arrays.equals(text, i - 1, i - 1 + VA_ARGS.length, VA_ARGS, 0, VA_ARGS.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The rewritten text; the same array as the original when nothing needed rewriting. */
    char[] chars() {
        return chars;
    }

    /** The offset in the original text of an offset in the rewritten one. */
    int originalOffset(int offset) {
        if (insertedAt.length == 0) return offset;
        int i = Arrays.binarySearch(insertedAt, offset);
        int k = i >= 0 ? i : -i - 2; // the last insertion starting at or before offset
        if (k < 0) return offset;
        int before = k == 0 ? 0 : insertedUpTo[k - 1];
        int length = insertedUpTo[k] - before;
        if (offset < insertedAt[k] + length) return insertedAt[k] - before; // inside inserted text
        return offset - insertedUpTo[k];
    }

    /** A small C lexer: enough to find numbers, directives and the tokens of a #define. */
    private static final class Rewriter {
        private final char[] in;
        private final int n;
        private char[] out;
        private int[] insertAt = new int[0];
        private int inserts;

        Rewriter(char[] in) {
            this.in = in;
            this.n = in.length;
        }

        MsvcSource run() {
            boolean lineStart = true;
            int i = 0;
            while (i < n) {
                char c = in[i];
                if (c == '\n') {
                    lineStart = true;
                    i++;
                } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b') {
                    i++;
                } else if (c == '\\' && newlineAfterBackslash(i) > 0) {
                    i += newlineAfterBackslash(i);
                } else if (c == '/' && at(i + 1) == '/') {
                    i = endOfLineComment(i);
                } else if (c == '/' && at(i + 1) == '*') {
                    i = endOfBlockComment(i);
                } else if (c == '#' && lineStart) {
                    i = directive(i);
                    lineStart = false;
                } else {
                    lineStart = false;
                    i = token(i);
                }
            }
            return finish();
        }

        /** Skips or rewrites the token at {@code i}; returns the offset after it. */
        private int token(int i) {
            char c = in[i];
            if (c == '"' || c == '\'') return endOfQuoted(i);
            if (isIdentifierStart(c)) {
                int j = i;
                while (j < n && isIdentifierPart(in[j])) j++;
                if (at(j) == '"' && isRawPrefix(i, j)) return endOfRawString(j);
                return j;
            }
            if (isDigit(c) || (c == '.' && isDigit(at(i + 1)))) return number(i);
            return i + 1;
        }

        /** A preprocessing number; MSVC's sized integer suffixes are rewritten in place. */
        private int number(int i) {
            int j = i;
            while (j < n) {
                char c = in[j];
                if ((c == '+' || c == '-') && j > i && "eEpP".indexOf(in[j - 1]) >= 0 && !isHex(i)) {
                    j++;
                } else if (isIdentifierPart(c) || c == '.') {
                    j++;
                } else {
                    break;
                }
            }
            rewriteSuffix(i, j);
            return j;
        }

        private boolean isHex(int i) {
            return in[i] == '0' && (at(i + 1) == 'x' || at(i + 1) == 'X');
        }

        private void rewriteSuffix(int start, int end) {
            int s = end;
            while (s > start && isDigit(in[s - 1])) s--;
            int bits = parseBits(s, end);
            if (bits == 0 || s - 1 <= start || (in[s - 1] != 'i' && in[s - 1] != 'I')) return;
            int suffix = s - 1;
            boolean unsigned = suffix - 1 > start && (in[suffix - 1] == 'u' || in[suffix - 1] == 'U');
            if (unsigned) suffix--;
            if (!isPlainInteger(start, suffix)) return;
            String replacement = (unsigned ? "U" : "") + (bits == 64 ? "LL" : "");
            char[] o = output();
            for (int k = suffix; k < end; k++) {
                int r = k - suffix;
                o[k] = r < replacement.length() ? replacement.charAt(r) : ' ';
            }
        }

        private int parseBits(int from, int to) {
            String digits = new String(in, from, to - from);
            return switch (digits) {
                case "8", "16", "32", "64" -> Integer.parseInt(digits);
                default -> 0;
            };
        }

        /** Decimal, octal or hex digits only: no point, exponent or other suffix. */
        private boolean isPlainInteger(int start, int end) {
            int k = start;
            boolean hex = isHex(start);
            if (hex) k += 2;
            if (k >= end) return false;
            for (; k < end; k++) {
                char c = in[k];
                if (!(isDigit(c) || (hex && "abcdefABCDEF".indexOf(c) >= 0))) return false;
            }
            return true;
        }

        /**
         * A directive from its {@code #} to the end of its logical line. In a variadic {@code #define}
         * a comma right before {@code __VA_ARGS__} gets {@code ##} after it.
         */
        private int directive(int hash) {
            int i = skipBlanks(hash + 1);
            int nameStart = i;
            while (i < n && isIdentifierPart(in[i])) i++;
            boolean define = i - nameStart == 6 && new String(in, nameStart, 6).equals("define");
            if (!define) return tokensToLineEnd(i, false);
            i = skipBlanks(i);
            while (i < n && isIdentifierPart(in[i])) i++; // the macro name
            if (at(i) != '(') return tokensToLineEnd(i, false);
            int close = i;
            while (close < n && in[close] != ')' && in[close] != '\n') close++;
            if (at(close) != ')') return tokensToLineEnd(close, false);
            boolean variadic = new String(in, i, close - i).replaceAll("\\s+", "").endsWith("...");
            return tokensToLineEnd(close + 1, variadic);
        }

        /** Walks the tokens up to the end of the logical line, rewriting as for ordinary text. */
        private int tokensToLineEnd(int i, boolean variadic) {
            int lastComma = -1; // offset of the last significant token when it is a comma
            boolean afterPaste = false;
            boolean previousIsPaste = false;
            while (i < n) {
                char c = in[i];
                if (c == '\n') return i;
                if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b') {
                    i++;
                    continue;
                }
                if (c == '\\' && newlineAfterBackslash(i) > 0) {
                    i += newlineAfterBackslash(i);
                    continue;
                }
                if (c == '/' && at(i + 1) == '/') return endOfLineComment(i);
                if (c == '/' && at(i + 1) == '*') {
                    i = endOfBlockComment(i);
                    continue;
                }
                int end = token(i);
                if (c == '#' && at(i + 1) == '#') end = i + 2;
                boolean isPaste = end == i + 2 && c == '#' && in[i + 1] == '#';
                if (variadic && lastComma >= 0 && !afterPaste && isVaArgs(i, end) && !pasteFollows(end)) {
                    insert(lastComma + 1);
                }
                afterPaste = previousIsPaste && c == ',';
                lastComma = c == ',' && end == i + 1 ? i : -1;
                previousIsPaste = isPaste;
                i = end;
            }
            return i;
        }

        private boolean isVaArgs(int start, int end) {
            return end - start == VA_ARGS.length && Arrays.equals(in, start, end, VA_ARGS, 0, VA_ARGS.length);
        }

        /** True when the next token on the directive line is {@code ##}. */
        private boolean pasteFollows(int i) {
            while (i < n && (in[i] == ' ' || in[i] == '\t' || (in[i] == '\\' && newlineAfterBackslash(i) > 0))) {
                i += in[i] == '\\' ? newlineAfterBackslash(i) : 1;
            }
            return at(i) == '#' && at(i + 1) == '#';
        }

        private int skipBlanks(int i) {
            while (i < n && (in[i] == ' ' || in[i] == '\t')) i++;
            return i;
        }

        private int newlineAfterBackslash(int i) {
            if (at(i + 1) == '\n') return 2;
            if (at(i + 1) == '\r' && at(i + 2) == '\n') return 3;
            return 0;
        }

        private int endOfLineComment(int i) {
            while (i < n && in[i] != '\n') {
                i += in[i] == '\\' && newlineAfterBackslash(i) > 0 ? newlineAfterBackslash(i) : 1;
            }
            return i;
        }

        private int endOfBlockComment(int i) {
            int j = i + 2;
            while (j + 1 < n && !(in[j] == '*' && in[j + 1] == '/')) j++;
            return Math.min(n, j + 2);
        }

        /**
         * A string or character literal: the offset after its closing quote or, unterminated (an
         * apostrophe in an #error line), the offset of the line end, which is not part of it.
         */
        private int endOfQuoted(int i) {
            char quote = in[i];
            int j = i + 1;
            while (j < n && in[j] != quote && in[j] != '\n') j += in[j] == '\\' ? 2 : 1;
            return j < n && in[j] == quote ? j + 1 : Math.min(n, j);
        }

        private boolean isRawPrefix(int start, int end) {
            String p = new String(in, start, end - start);
            return p.equals("R") || p.equals("LR") || p.equals("uR") || p.equals("UR") || p.equals("u8R");
        }

        private int endOfRawString(int quote) {
            int open = quote + 1;
            while (open < n && in[open] != '(' && open - quote <= 17) open++;
            if (at(open) != '(') return quote + 1;
            String close = ")" + new String(in, quote + 1, open - quote - 1) + "\"";
            int end = new String(in, open, n - open).indexOf(close);
            return end < 0 ? n : open + end + close.length();
        }

        private char at(int i) {
            return i < n ? in[i] : '\0';
        }

        private char[] output() {
            if (out == null) out = in.clone();
            return out;
        }

        /** Records that {@code ##} goes in before original offset {@code at}. */
        private void insert(int at) {
            if (inserts == insertAt.length) insertAt = Arrays.copyOf(insertAt, Math.max(4, inserts * 2));
            insertAt[inserts++] = at;
        }

        private MsvcSource finish() {
            char[] base = out != null ? out : in;
            if (inserts == 0) return new MsvcSource(base, new int[0], new int[0]);
            char[] result = new char[n + inserts * PASTE.length];
            int[] at = new int[inserts];
            int[] upTo = new int[inserts];
            int from = 0;
            int to = 0;
            for (int k = 0; k < inserts; k++) {
                int len = insertAt[k] - from;
                System.arraycopy(base, from, result, to, len);
                to += len;
                at[k] = to;
                System.arraycopy(PASTE, 0, result, to, PASTE.length);
                to += PASTE.length;
                upTo[k] = (k + 1) * PASTE.length;
                from = insertAt[k];
            }
            System.arraycopy(base, from, result, to, n - from);
            return new MsvcSource(result, at, upTo);
        }

        private static boolean isIdentifierStart(char c) {
            return Character.isLetter(c) || c == '_' || c == '$';
        }

        private static boolean isIdentifierPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
