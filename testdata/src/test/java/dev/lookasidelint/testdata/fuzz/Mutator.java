package dev.lookasidelint.testdata.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Mutations of C source bytes, one method per kind, all deterministic from the {@link Random} given:
 * the same seed gives the same mutant, so a failing case can be replayed from its seed alone.
 * The mutations aim at what breaks front ends: corrupt bytes, cut files, broken token streams,
 * nesting far deeper than people write, preprocessor surprises, NULs, invalid UTF-8, odd line ends.
 */
final class Mutator {
    /** A named mutation, so that a failure can say which ones made its input. */
    record Kind(String name, UnaryOperator<byte[]> apply) {
    }

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    List<Kind> kinds() {
        return List.of(
                new Kind("bit-flips", this::flipBits),
                new Kind("byte-flips", this::flipBytes),
                new Kind("truncation", this::truncate),
                new Kind("token-deletion", this::deleteTokens),
                new Kind("token-duplication", this::duplicateTokens),
                new Kind("deep-braces", this::nestInBraces),
                new Kind("deep-ifs", this::nestInIfs),
                new Kind("deep-parentheses", this::nestInParentheses),
                new Kind("preprocessor", this::insertDirective),
                new Kind("nul-bytes", this::injectNul),
                new Kind("invalid-utf8", this::injectInvalidUtf8),
                new Kind("line-ends", this::changeLineEnds));
    }

    /** Flips 1 to 16 random bits. */
    byte[] flipBits(byte[] in) {
        if (in.length == 0) return in;
        byte[] out = in.clone();
        int n = 1 + random.nextInt(16);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    /** Replaces 1 to 8 random bytes with random values (any byte, including control characters). */
    byte[] flipBytes(byte[] in) {
        if (in.length == 0) return in;
        byte[] out = in.clone();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        return out;
    }

    /** Cuts the file at a random point: an unfinished function, comment, string or directive. */
    byte[] truncate(byte[] in) {
        return Arrays.copyOf(in, random.nextInt(in.length + 1));
    }

    /** Deletes 1 to 10 random tokens (a brace, a semicolon, a name, a keyword). */
    byte[] deleteTokens(byte[] in) {
        List<String> tokens = CTokens.split(text(in));
        int n = 1 + random.nextInt(10);
        for (int i = 0; i < n && !tokens.isEmpty(); i++) tokens.remove(randomNonBlank(tokens));
        return bytes(String.join("", tokens));
    }

    /** Duplicates 1 to 10 random tokens in place ({@code }} becomes {@code }}}}, {@code else else}). */
    byte[] duplicateTokens(byte[] in) {
        List<String> tokens = CTokens.split(text(in));
        int n = 1 + random.nextInt(10);
        for (int i = 0; i < n && !tokens.isEmpty(); i++) {
            int at = randomNonBlank(tokens);
            tokens.add(at, tokens.get(at) + " ");
        }
        return bytes(String.join("", tokens));
    }

    /** Wraps a random statement in 200 to 2,000 levels of plain blocks. */
    byte[] nestInBraces(byte[] in) {
        return wrapStatement(in, depth(), "{", "}");
    }

    /** Wraps a random statement in 200 to 2,000 nested {@code if (x) {}} blocks. */
    byte[] nestInIfs(byte[] in) {
        return wrapStatement(in, depth(), "if (x) {", "}");
    }

    /** Wraps the expression of a random statement in 200 to 2,000 parentheses. */
    byte[] nestInParentheses(byte[] in) {
        String s = text(in);
        int[] stmt = randomStatement(s);
        if (stmt == null) return in;
        int n = depth();
        String body = s.substring(stmt[0], stmt[1] - 1);
        if (body.startsWith("return ")) {
            return bytes(s.substring(0, stmt[0]) + "return " + "(".repeat(n) + body.substring(7) + ")".repeat(n)
                    + s.substring(stmt[1] - 1));
        }
        return bytes(s.substring(0, stmt[0]) + "(".repeat(n) + body + ")".repeat(n) + s.substring(stmt[1] - 1));
    }

    /** Inserts a random preprocessor directive (a redefinition, a recursive macro, an unbalanced #if). */
    byte[] insertDirective(byte[] in) {
        String s = text(in);
        List<String> names = CTokens.identifiers(s);
        String name = names.isEmpty() ? "X" : names.get(random.nextInt(names.size()));
        String other = names.isEmpty() ? "Y" : names.get(random.nextInt(names.size()));
        String directive = switch (random.nextInt(10)) {
            case 0 -> "#define " + name + " " + other;
            case 1 -> "#define " + name + "(a) " + name + "(a) + " + name;
            case 2 -> "#undef " + name;
            case 3 -> "#if 0";
            case 4 -> "#endif";
            case 5 -> "#if defined(" + name + ") && " + other + " > 1\n#else";
            case 6 -> "#define " + name + " {";
            case 7 -> "#define " + name + " }";
            case 8 -> "#include \"" + name + ".h\"";
            default -> "#define " + name + "(...) __VA_ARGS__ __VA_ARGS__ __VA_ARGS__";
        };
        int at = randomLineStart(s);
        return bytes(s.substring(0, at) + directive + "\n" + s.substring(at));
    }

    /** Inserts 1 to 4 NUL bytes at random places. */
    byte[] injectNul(byte[] in) {
        return insertRaw(in, new byte[] {0}, 1 + random.nextInt(4));
    }

    /** Inserts byte sequences that are not UTF-8: a lone continuation byte, an overlong form, a surrogate. */
    byte[] injectInvalidUtf8(byte[] in) {
        byte[][] bad = {
            {(byte) 0x80}, {(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
        };
        return insertRaw(in, bad[random.nextInt(bad.length)], 1 + random.nextInt(4));
    }

    /** Rewrites line ends as CR LF, lone CR, or a mix of LF, CR LF and CR. */
    byte[] changeLineEnds(byte[] in) {
        String s = text(in).replace("\r\n", "\n");
        return switch (random.nextInt(3)) {
            case 0 -> bytes(s.replace("\n", "\r\n"));
            case 1 -> bytes(s.replace("\n", "\r"));
            default -> {
                StringBuilder b = new StringBuilder();
                String[] ends = {"\n", "\r\n", "\r"};
                for (String line : s.split("\n", -1)) b.append(line).append(ends[random.nextInt(3)]);
                yield bytes(b.toString());
            }
        };
    }

    private byte[] wrapStatement(byte[] in, int depth, String open, String close) {
        String s = text(in);
        int[] stmt = randomStatement(s);
        if (stmt == null) return in;
        return bytes(s.substring(0, stmt[0]) + open.repeat(depth) + s.substring(stmt[0], stmt[1]) + close.repeat(depth)
                + s.substring(stmt[1]));
    }

    /** Start (after the indentation) and end (after the semicolon) of a random indented line ending in ';'. */
    private int[] randomStatement(String s) {
        List<int[]> statements = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < s.length()) {
            int end = s.indexOf('\n', lineStart);
            if (end < 0) end = s.length();
            String line = s.substring(lineStart, end).stripTrailing();
            int indent = line.length() - line.stripLeading().length();
            if (indent > 0 && line.endsWith(";") && !line.stripLeading().startsWith("//")) {
                statements.add(new int[] {lineStart + indent, lineStart + line.length()});
            }
            lineStart = end + 1;
        }
        return statements.isEmpty() ? null : statements.get(random.nextInt(statements.size()));
    }

    private int depth() {
        return 200 + random.nextInt(1801);
    }

    private int randomLineStart(String s) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') starts.add(i + 1);
        return starts.get(random.nextInt(starts.size()));
    }

    private int randomNonBlank(List<String> tokens) {
        for (int tries = 0; tries < 20; tries++) {
            int at = random.nextInt(tokens.size());
            if (!tokens.get(at).isBlank()) return at;
        }
        return random.nextInt(tokens.size());
    }

    private byte[] insertRaw(byte[] in, byte[] raw, int times) {
        byte[] out = in;
        for (int i = 0; i < times; i++) {
            int at = random.nextInt(out.length + 1);
            ByteArrayOutputStream b = new ByteArrayOutputStream(out.length + raw.length);
            b.write(out, 0, at);
            b.write(raw, 0, raw.length);
            b.write(out, at, out.length - at);
            out = b.toByteArray();
        }
        return out;
    }

    /** Bytes as text, one char per byte (ISO-8859-1), so that bytes that are not UTF-8 survive the round trip. */
    private static String text(byte[] in) {
        return new String(in, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
