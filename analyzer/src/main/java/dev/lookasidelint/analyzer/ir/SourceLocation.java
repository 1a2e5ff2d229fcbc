package dev.lookasidelint.analyzer.ir;

/**
 * A span of source text. {@code path} is relative to the scan root with forward slashes;
 * lines are 1-based, columns 1-based in UTF-16 code units (SARIF's default column kind).
 * {@code endColumn} is exclusive.
 */
public record SourceLocation(String path, int line, int column, int endLine, int endColumn)
        implements Comparable<SourceLocation> {

    public static SourceLocation point(String path, int line, int column) {
        return new SourceLocation(path, line, column, line, column);
    }

    @Override
    public int compareTo(SourceLocation o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        if (c != 0) return c;
        return Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
