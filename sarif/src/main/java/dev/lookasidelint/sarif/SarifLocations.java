package dev.lookasidelint.sarif;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import dev.lookasidelint.analyzer.ir.SourceLocation;

/**
 * Builds SARIF {@code location} objects from our source locations. Every artifact URI of a file
 * inside the scan root is relative and resolved against {@link #SRCROOT}, so the log stays valid
 * when the checkout moves (GitHub resolves it against the repository root). A file outside the root
 * (the scan names files by their path relative to the root, or absolute when it is not under it) is
 * written as an absolute {@code file:} URI with no {@code uriBaseId}: a relative URI would have to
 * climb out of {@code %SRCROOT%} with {@code ..}, which consumers resolve to the wrong place or reject.
 */
final class SarifLocations {

    /** The uriBaseId of every artifact location; defined in {@code run.originalUriBaseIds}. */
    static final String SRCROOT = "%SRCROOT%";

    private SarifLocations() {
    }

    static Location location(SourceLocation at, String message) {
        Location location = new Location().withPhysicalLocation(physical(at));
        if (message != null && !message.isEmpty()) {
            location.setMessage(new Message().withText(message));
        }
        return location;
    }

    static PhysicalLocation physical(SourceLocation at) {
        return new PhysicalLocation()
                .withArtifactLocation(artifact(at.path()))
                .withRegion(region(at));
    }

    static ArtifactLocation artifact(String path) {
        if (isAbsolute(path)) return new ArtifactLocation().withUri(fileUri(path));
        return new ArtifactLocation().withUri(RelativeUri.encodePath(path)).withUriBaseId(SRCROOT);
    }

    /** An absolute path on any platform: {@code /src/x.c}, {@code C:/src/x.c}, {@code \\\\server\\x.c}. */
    static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.startsWith("\\\\")
                || path.length() > 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
                        && (path.charAt(2) == '/' || path.charAt(2) == '\\');
    }

    /** {@code file:///src/x.c}, {@code file:///C:/src/x.c}, {@code file://server/share/x.c}, percent-encoded. */
    static String fileUri(String absolutePath) {
        String p = absolutePath.replace('\\', '/');
        if (p.startsWith("//")) return "file:" + RelativeUri.encodePath(p);
        if (!p.startsWith("/")) return "file:///" + p.substring(0, 2) + RelativeUri.encodePath(p.substring(2));
        return "file://" + RelativeUri.encodePath(p);
    }

    /**
     * Columns are written as they are (1-based UTF-16 units, end exclusive: the run declares
     * {@code columnKind}). Values the schema would reject (unknown columns as 0, an end before
     * the start) are left out rather than made up.
     */
    static Region region(SourceLocation at) {
        Region region = new Region().withStartLine(at.line());
        boolean hasColumns = at.column() >= 1;
        if (hasColumns) {
            region.setStartColumn(at.column());
        }
        boolean endAfterStart = at.endLine() > at.line()
                || (at.endLine() == at.line() && at.endColumn() >= at.column());
        if (at.endLine() >= 1 && endAfterStart) {
            region.setEndLine(at.endLine());
            if (hasColumns && at.endColumn() >= 1) {
                region.setEndColumn(at.endColumn());
            }
        }
        return region;
    }

    /** A region holding only a line, for notifications; null when the line is unknown (0). */
    static Region lineRegion(int line) {
        return line >= 1 ? new Region().withStartLine(line) : null;
    }
}
