package dev.lookasidelint.bench;

/**
 * A defect the generator put into the corpus on purpose: where lookaside-lint reports it and which
 * rule should. {@code exitLine} is, for a leak, the line where the block is dropped (the
 * {@code return}), which is where clang and cppcheck report a leak; 0 when there is none.
 */
record SeededBug(String path, int line, String rule, String description, int exitLine) {

    /** The line of {@code seeded-bugs.tsv}: path, line, rule, description, and the exit line if any. */
    String tsv() {
        return path + "\t" + line + "\t" + rule + "\t" + description + (exitLine > 0 ? "\t" + exitLine : "");
    }

    static SeededBug parse(String tsvLine) {
        String[] f = tsvLine.split("\t", 5);
        return new SeededBug(f[0], Integer.parseInt(f[1]), f[2], f.length > 3 ? f[3] : "",
                f.length > 4 ? Integer.parseInt(f[4].trim()) : 0);
    }

    /** Whether a peer's warning at this path and line is this bug (the reported line, or the exit line). */
    boolean matches(String warningPath, int warningLine) {
        return path.equals(warningPath) && (warningLine == line || (exitLine > 0 && warningLine == exitLine));
    }
}
