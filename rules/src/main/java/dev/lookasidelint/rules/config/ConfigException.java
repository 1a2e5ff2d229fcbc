package dev.lookasidelint.rules.config;

import java.nio.file.Path;

/** A configuration file that cannot be used: its message is one line naming the file, the line and the problem. */
public final class ConfigException extends Exception {
    private final Path file;
    private final int line;
    private final String problem;

    public ConfigException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based; 0 when the problem is not on one line (the file cannot be read). */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
