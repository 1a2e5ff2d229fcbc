package dev.lookasidelint.analyzer.project;

/** Told each time a file is parsed; called from the parser threads, so it must be thread-safe. */
@FunctionalInterface
public interface ParseProgress {
    ParseProgress NONE = (done, total) -> { };

    void parsed(int done, int total);
}
