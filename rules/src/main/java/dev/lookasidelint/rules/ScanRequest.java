package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.frontend.FrontendOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * What to scan: the paths given by the user, the folder that finding paths are relative to, the
 * front-end options, how many parser threads, and the per-function analysis budget.
 */
public record ScanRequest(List<Path> paths, Path root, FrontendOptions frontend, int threads, int budget) {

    public ScanRequest {
        paths = List.copyOf(paths);
    }
}
