package dev.lookasidelint.analyzer.frontend;

import dev.lookasidelint.analyzer.ir.SourceLocation;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTNode;

/**
 * Turns CDT nodes into {@link SourceLocation}s and source snippets of one file. A node that comes from
 * a macro expansion has the macro invocation as its location, which is what the user wrote. CDT's
 * offsets are into the rewritten text ({@link MsvcSource}) and are mapped back to the file's own.
 */
final class Locations {
    private static final int MAX_SNIPPET = 120;

    private final String path;
    private final SourceText text;
    private final MsvcSource source;
    private final Map<String, String> strings = new HashMap<>();

    Locations(String path, SourceText text, MsvcSource source) {
        this.path = path;
        this.text = text;
        this.source = source;
    }

    String path() {
        return path;
    }

    SourceLocation of(IASTNode node) {
        IASTFileLocation fl = node.getFileLocation();
        if (fl == null) return SourceLocation.point(path, 1, 1);
        return span(fl.getNodeOffset(), fl.getNodeLength());
    }

    /** The location of the last character of a node, e.g. a function's closing brace. */
    SourceLocation endOf(IASTNode node) {
        IASTFileLocation fl = node.getFileLocation();
        if (fl == null) return SourceLocation.point(path, 1, 1);
        int last = Math.max(fl.getNodeOffset(), fl.getNodeOffset() + fl.getNodeLength() - 1);
        return span(last, 1);
    }

    /** A span given as an offset and length in the text CDT parsed. */
    SourceLocation span(int offset, int length) {
        int start = source.originalOffset(offset);
        int end = source.originalOffset(offset + Math.max(0, length));
        int startLine = text.lineOf(start);
        int endLine = end == start ? startLine : text.lineOf(end);
        return new SourceLocation(path, startLine, text.columnOf(start, startLine), endLine, text.columnOf(end, endLine));
    }

    /**
     * One copy of each equal string of this file: the IR names the same variables, fields and
     * expressions over and over, and it is kept for the whole scan.
     */
    String intern(String s) {
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** Source text of a node with white space folded, cut to a length fit for a message. */
    String text(IASTNode node) {
        IASTFileLocation fl = node.getFileLocation();
        if (fl == null) return node.getRawSignature();
        int start = source.originalOffset(fl.getNodeOffset());
        int end = source.originalOffset(fl.getNodeOffset() + fl.getNodeLength());
        String s = text.snippet(start, Math.min(end - start, MAX_SNIPPET * 2));
        return intern(s.length() > MAX_SNIPPET ? s.substring(0, MAX_SNIPPET - 3) + "..." : s);
    }

    boolean isInThisFile(IASTNode node) {
        return node.isPartOfTranslationUnitFile();
    }
}
