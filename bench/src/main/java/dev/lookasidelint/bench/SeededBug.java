package dev.lookasidelint.bench;

/** A defect the generator put into the corpus on purpose: where it is and which rule should see it. */
record SeededBug(String path, int line, String rule, String description) {

    /** The line of {@code seeded-bugs.tsv}: path, line, rule, description, separated by tabs. */
    String tsv() {
        return path + "\t" + line + "\t" + rule + "\t" + description;
    }

    static SeededBug parse(String tsvLine) {
        String[] f = tsvLine.split("\t", 4);
        return new SeededBug(f[0], Integer.parseInt(f[1]), f[2], f.length > 3 ? f[3] : "");
    }
}
