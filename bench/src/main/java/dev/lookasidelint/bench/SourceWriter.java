package dev.lookasidelint.bench;

/**
 * Builds one C file line by line and knows the number of the line it writes, so a seeded bug can be
 * recorded at the exact line a tool should report. {@code $P} in a line is replaced by the driver's
 * function prefix ({@code Usb007}), {@code $T} by its type prefix ({@code USB007}).
 */
final class SourceWriter {
    private final StringBuilder text = new StringBuilder(64 * 1024);
    private final String functionPrefix;
    private final String typePrefix;
    private int lines;

    SourceWriter(String functionPrefix, String typePrefix) {
        this.functionPrefix = functionPrefix;
        this.typePrefix = typePrefix;
    }

    /** Writes one line and returns its 1-based number. */
    int line(String s) {
        text.append(s.replace("$P", functionPrefix).replace("$T", typePrefix)).append('\n');
        return ++lines;
    }

    /** Writes several lines. */
    void lines(String... ls) {
        for (String s : ls) line(s);
    }

    int lineCount() {
        return lines;
    }

    String text() {
        return text.toString();
    }
}
