package dev.lookasidelint.bench;

/**
 * What one whole process (with its children) cost: wall and CPU seconds (user + system) and peak
 * resident set in KB ({@code -1} when unknown), and its exit code.
 */
record Measurement(double wallSeconds, double cpuSeconds, long peakRssKb, int exitCode) {

    /**
     * Reads the last line of GNU time's {@code -f '%e %U %S %M'} output: elapsed, user, system seconds
     * and maximum resident set in KB. Earlier lines (such as "Command exited with non-zero status 1")
     * are skipped.
     */
    static Measurement parseGnuTime(String output, int exitCode) {
        String last = null;
        for (String l : output.split("\n")) {
            if (!l.isBlank()) last = l.trim();
        }
        if (last == null) throw new IllegalArgumentException("empty GNU time output");
        String[] f = last.split("\\s+");
        if (f.length != 4) throw new IllegalArgumentException("not a '%e %U %S %M' line: " + last);
        try {
            return new Measurement(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
                    Long.parseLong(f[3]), exitCode);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a '%e %U %S %M' line: " + last, e);
        }
    }
}
