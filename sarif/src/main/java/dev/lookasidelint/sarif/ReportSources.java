package dev.lookasidelint.sarif;

import dev.lookasidelint.analyzer.frontend.SourceText;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The scanned sources as a report shows them, each file read once. Files are decoded by the
 * scanner's own {@link SourceText} (UTF-8, UTF-16 with a BOM, else Windows-1252; CR, LF and CRLF
 * line ends), so line N here is line N of the findings. A file that cannot be read any more
 * (deleted or changed after the scan) is not an error: its findings are shown with a note instead.
 */
final class ReportSources {

    /** A file's text, or why there is none. */
    record Source(SourceText text, String problem) {
        int lineCount() {
            return text == null ? 0 : text.lineCount();
        }
    }

    private final Path root;
    private final Map<String, Source> byPath = new HashMap<>();

    ReportSources(Path root) {
        this.root = root;
    }

    Source of(String path) {
        return byPath.computeIfAbsent(path, this::read);
    }

    private Source read(String path) {
        try {
            Path file = root == null ? Path.of(path) : root.resolve(path);
            return new Source(SourceText.read(file), null);
        } catch (NoSuchFileException e) {
            return new Source(null, "the file is not there any more");
        } catch (IOException | RuntimeException e) {
            // RuntimeException: InvalidPathException and the like; the report must still be written.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Source(null, "the file cannot be read (" + why + ")");
        }
    }
}
