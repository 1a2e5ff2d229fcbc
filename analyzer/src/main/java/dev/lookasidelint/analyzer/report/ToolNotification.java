package dev.lookasidelint.analyzer.report;

/**
 * Something the tool could not do fully, such as a file with parse problems or a file it could
 * not read. It does not stop the scan. {@code path} is relative to the scan root, or null.
 * {@code line} is 0 when unknown.
 */
public record ToolNotification(Level level, String path, int line, String message) {

    public enum Level { ERROR, WARNING, NOTE }
}
