package dev.lookasidelint.analyzer.frontend;

/**
 * A file the front end gives up on because reading it would take more work or memory than any real
 * source needs (a macro that expands exponentially, say). The message says what, for the user.
 */
public final class SourceTooLargeException extends RuntimeException {
    public SourceTooLargeException(String message) {
        super(message, null, false, false);
    }
}
