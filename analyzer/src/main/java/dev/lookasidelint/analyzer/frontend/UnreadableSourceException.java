package dev.lookasidelint.analyzer.frontend;

import java.io.IOException;

/** A file that cannot be analysed as source text at all (binary, unreadable). */
public class UnreadableSourceException extends IOException {
    public UnreadableSourceException(String message) {
        super(message);
    }
}
