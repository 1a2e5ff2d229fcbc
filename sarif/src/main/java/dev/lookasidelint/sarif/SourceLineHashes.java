package dev.lookasidelint.sarif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link PrimaryLocationLineHash} of result lines, reading each source file once per report.
 * Paths are resolved as the scan names them: relative to the scan root, or absolute. A file that
 * cannot be read now (moved, deleted, permissions) or a line past its end gets no hash: the
 * result is then written without one and upload-sarif computes it itself from the checkout,
 * which is better than a made-up value.
 */
public final class SourceLineHashes {

    private final Path root;
    private final Map<String, List<String>> byPath = new HashMap<>();

    public SourceLineHashes(Path root) {
        this.root = root;
    }

    /** The hash of 1-based {@code line} of {@code path}, or null when it cannot be computed. */
    public String at(String path, int line) {
        List<String> hashes = byPath.computeIfAbsent(path, this::read);
        return line >= 1 && line <= hashes.size() ? hashes.get(line - 1) : null;
    }

    private List<String> read(String path) {
        try {
            return PrimaryLocationLineHash.ofFile(root.resolve(path));
        } catch (IOException | RuntimeException e) {
            // InvalidPathException and friends included: no hash is the documented fallback.
            return List.of();
        }
    }
}
