package dev.lookasidelint.testdata.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits C source roughly on token boundaries, keeping everything (white space and comments included),
 * so that joining the pieces gives the text back. Good enough for deleting and duplicating tokens:
 * the fuzzer wants plausible breakage, not a faithful lexer.
 */
final class CTokens {
    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'"
                    + "|[A-Za-z_]\\w*|\\d[\\w.]*|->|\\+\\+|--|<<=?|>>=?|[<>=!&|^+\\-*/%]=|&&|\\|\\||##|.",
            Pattern.DOTALL);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");

    private CTokens() {
    }

    static List<String> split(String s) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    /** Distinct identifiers in order of first appearance. */
    static List<String> identifiers(String s) {
        List<String> names = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) if (seen.add(m.group())) names.add(m.group());
        return names;
    }
}
