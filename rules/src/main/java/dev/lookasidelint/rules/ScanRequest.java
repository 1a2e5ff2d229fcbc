package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.frontend.FrontendOptions;
import dev.lookasidelint.analyzer.project.ParseProgress;
import dev.lookasidelint.rules.config.ProjectConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * What to scan: the paths given by the user, the folder that finding paths are relative to, the
 * front-end options, how many parser threads, the per-function analysis budgets (block visits, and
 * milliseconds: 0 is no limit), and the project configuration (user wrappers).
 */
public record ScanRequest(List<Path> paths, Path root, FrontendOptions frontend, int threads, int budget,
                          ProjectConfig config, long timeBudgetMillis, ParseProgress progress) {

    public ScanRequest {
        paths = List.copyOf(paths);
    }

    /** A scan nobody watches. */
    public ScanRequest(List<Path> paths, Path root, FrontendOptions frontend, int threads, int budget,
                       ProjectConfig config, long timeBudgetMillis) {
        this(paths, root, frontend, threads, budget, config, timeBudgetMillis, ParseProgress.NONE);
    }

    /** A scan with the default time budget per function. */
    public ScanRequest(List<Path> paths, Path root, FrontendOptions frontend, int threads, int budget,
                       ProjectConfig config) {
        this(paths, root, frontend, threads, budget, config, RuleContext.DEFAULT_TIME_BUDGET_MILLIS);
    }

    /** A scan without a configuration file. */
    public ScanRequest(List<Path> paths, Path root, FrontendOptions frontend, int threads, int budget) {
        this(paths, root, frontend, threads, budget, ProjectConfig.NONE);
    }
}
