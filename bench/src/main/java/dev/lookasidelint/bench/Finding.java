package dev.lookasidelint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One reported problem, from lookaside-lint or a peer: file (relative to the scanned folder), line, rule or checker id. */
record Finding(String path, int line, String id) {
    private static final Pattern LOOKASIDE_LINT = Pattern.compile("^(.+?):(\\d+):\\d+: (?:error|warning|note): .*\\[(LAL\\d+)]$");
    private static final Pattern CLANG = Pattern.compile("^(.+?):(\\d+):\\d+: warning: .*\\[([\\w.-]+)]$");
    private static final Pattern CPPCHECK = Pattern.compile("^(.+?):(\\d+):([\\w-]+):.*$");

    /** lookaside-lint's text format: {@code path:line:col: severity: message [LALnnn]}. */
    static List<Finding> parseLookasideLint(String text) {
        return parse(text, LOOKASIDE_LINT);
    }

    /** clang's diagnostics: {@code path:line:col: warning: message [checker]}. */
    static List<Finding> parseClang(String text) {
        return parse(text, CLANG);
    }

    /** cppcheck with {@code --template='{file}:{line}:{id}:{message}'}. */
    static List<Finding> parseCppcheck(String text) {
        return parse(text, CPPCHECK);
    }

    private static List<Finding> parse(String text, Pattern p) {
        List<Finding> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            Matcher m = p.matcher(l);
            if (m.matches()) out.add(new Finding(stripDot(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
        }
        return out;
    }

    private static String stripDot(String path) {
        return path.startsWith("./") ? path.substring(2) : path;
    }

    /** How many of the seeded bugs some finding hits (at the bug's line or, for a leak, its exit line). */
    static int seededFound(List<Finding> findings, List<SeededBug> bugs) {
        int n = 0;
        for (SeededBug b : bugs) {
            for (Finding f : findings) {
                if (b.matches(f.path(), f.line())) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }
}
