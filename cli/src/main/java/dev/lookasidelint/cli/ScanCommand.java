package dev.lookasidelint.cli;

import dev.lookasidelint.analyzer.cfg.CfgPrinter;
import dev.lookasidelint.analyzer.frontend.FrontendOptions;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.analyzer.report.ToolNotification;
import dev.lookasidelint.analyzer.project.ParseProgress;
import dev.lookasidelint.analyzer.project.ProjectLoader;
import dev.lookasidelint.analyzer.project.SourceDiscovery;
import dev.lookasidelint.rules.RuleContext;
import dev.lookasidelint.rules.ScanRequest;
import dev.lookasidelint.rules.Scanner;
import dev.lookasidelint.rules.config.ConfigException;
import dev.lookasidelint.rules.config.ProjectConfig;
import dev.lookasidelint.rules.config.ProjectConfigLoader;
import dev.lookasidelint.sarif.TextReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scans driver sources (files or folders) for lookaside-list misuse.",
        footer = {"",
                "Project configuration: .lookaside-lint.json in the scan root (the folder",
                "given, or the deepest folder holding all given paths), or --config FILE.",
                "It declares your own wrappers (functions or macros) that act like a DDI:",
                "  { \"wrappers\": [",
                "    { \"name\": \"MyAllocBuffer\", \"role\": \"allocate\",",
                "      \"family\": \"npaged\", \"list\": 0 },",
                "    { \"name\": \"MyFreeBuffer\", \"role\": \"free\",",
                "      \"family\": \"npaged\", \"list\": 0, \"block\": 1 } ] }",
                "role: initialize, allocate, free, delete, flush, pool_allocate, pool_free,",
                "  borrow. family: ex, npaged, paged, ndis (none or pool for pool roles).",
                "list, block: 0-based indexes of the list and block arguments.",
                "A call to a wrapper is read as that DDI; the wrapper's own body reports",
                "nothing. Functions that only forward to a DDI need no entry: their",
                "summaries give them its role. A bad file stops the scan (exit 2)."})
/**
 * {@code scan}: finds the sources, runs the {@link Scanner} over them and writes the report. The options
 * that shape preprocessing and the report are in {@link PreprocessorOptions} and {@link ReportOptions}.
 */
final class ScanCommand implements Callable<Integer> {
    @ParentCommand
    TopCommand top;

    @Mixin
    PreprocessorOptions preprocessor;

    @Mixin
    ReportOptions report;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Source files or folders to scan (optional with --project or --compile-commands; with --staged, the"
                    + " repository, default the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Parser threads (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read the project configuration (wrappers, rule levels, excluded paths; JSON, or YAML for .yaml/.yml) from FILE instead of .lookaside-lint.json or .yaml in the scan root.")
    Path config;

    @Option(names = "--dump-cfg", paramLabel = "FUNCTION", description = "Print the control-flow graph of FUNCTION and exit.")
    String dumpCfg;

    @Option(names = "--parse-only", description = "Only parse the files (the benchmark floor): no analysis, no findings; exit 0.")
    boolean parseOnly;

    @Option(names = "--in-project",
            description = "Scan the whole project around the given files (the folder of the nearest .vcxproj, else the"
                    + " repository's top folder) and report only the findings in those files: what a pre-commit hook needs.")
    boolean inProject;

    @Option(names = "--staged",
            description = "Scan what is staged in git, not the working tree: the staged C and C++ files, in the context of"
                    + " their project as it is in the index (for a plain git pre-commit hook).")
    boolean staged;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that are not in this baseline (written before with --write-baseline).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write the findings of this scan as a baseline to FILE, then exit 0.")
    Path writeBaseline;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
            description = "Exit 1 only for findings at this level or above: error, warning, note or none (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = {"-q", "--quiet"}, description = "No summary line on standard error.")
    boolean quiet;

    @Option(names = "--function-budget-ms", paramLabel = "MS",
            description = "Time each function's analysis may take before it is reported as not fully analysed (0: no limit; default: ${DEFAULT-VALUE}).")
    long functionBudgetMillis = RuleContext.DEFAULT_TIME_BUDGET_MILLIS;

    @Option(names = "--function-budget-states", paramLabel = "N",
            description = "Block visits each function's analysis may make before it is reported as not fully analysed (default: ${DEFAULT-VALUE}).")
    int functionBudgetStates = RuleContext.DEFAULT_BUDGET;

    @Option(names = "--debug", description = "Print a Java stack trace when the tool itself fails.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        if (staged && preprocessor.hasBuildFile()) {
            top.err.println("lookaside-lint: --staged scans the index's own tree: it does not take --project or --compile-commands");
            return Main.EXIT_ERROR;
        }
        if (staged) return scanStaged();
        if (!preprocessor.applyBuildFile(paths, top.err)) return Main.EXIT_ERROR;
        if (paths.isEmpty()) {
            top.err.println("lookaside-lint: give a PATH to scan, --project, --compile-commands or --staged");
            return Main.EXIT_ERROR;
        }
        return scan(null);
    }

    /** {@code --staged}: the staged sources, scanned in a copy of the index in the context of their project. */
    private int scanStaged() throws Exception {
        Path folder = paths.isEmpty() ? Path.of(".") : paths.get(0);
        try (StagedSnapshot snapshot = StagedSnapshot.of(folder)) {
            if (snapshot.staged.isEmpty()) {
                if (!quiet) top.err.println("lookaside-lint: no staged C or C++ files");
                return Main.EXIT_CLEAN;
            }
            paths = snapshot.staged;
            inProject = true;
            return scan(snapshot.top);
        } catch (IOException e) {
            top.err.println("lookaside-lint: --staged: " + e.getMessage());
            return Main.EXIT_ERROR;
        }
    }

    /** The scan of {@code paths}; {@code repositoryTop} bounds the project search in a copy of a repository. */
    private int scan(Path repositoryTop) throws Exception {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                top.err.println("lookaside-lint: no such file or folder: " + p);
                return Main.EXIT_ERROR;
            }
        }
        if (jobs < 1) {
            top.err.println("lookaside-lint: --jobs must be at least 1");
            return Main.EXIT_ERROR;
        }
        if (functionBudgetMillis < 0 || functionBudgetStates < 1) {
            top.err.println("lookaside-lint: --function-budget-ms must be 0 or more, --function-budget-states at least 1");
            return Main.EXIT_ERROR;
        }
        FrontendOptions frontend = preprocessor.frontendOptions(top.err);
        if (frontend == null) return Main.EXIT_ERROR;
        Path root = inProject ? ProjectContext.rootOf(paths, repositoryTop) : ScanRoot.of(paths);
        if (dumpCfg != null) return dumpCfg(frontend, root);
        if (parseOnly) return parseOnly(frontend);
        ProjectConfig project;
        try {
            project = projectConfig(root);
        } catch (ConfigException e) {
            top.err.println("lookaside-lint: " + e.getMessage());
            return Main.EXIT_ERROR;
        }
        Baseline known = null;
        if (baseline != null) {
            try {
                known = Baseline.read(baseline);
            } catch (Baseline.BaselineException e) {
                top.err.println("lookaside-lint: " + e.getMessage());
                return Main.EXIT_ERROR;
            }
        }
        // a bar only for a person watching a terminal, never in logs or pipes
        ProgressBar bar = !quiet && System.console() != null ? new ProgressBar(top.err, System::nanoTime) : null;
        ScanRequest request = new ScanRequest(inProject ? List.of(root) : paths, root, frontend, jobs,
                functionBudgetStates, project, functionBudgetMillis, bar == null ? ParseProgress.NONE : bar);
        long start = System.nanoTime();
        ScanResult result;
        try {
            result = Scanner.scan(request);
        } finally {
            if (bar != null) bar.finish();
        }
        if (inProject) result = ProjectContext.onlyFiles(result, paths);
        if (writeBaseline != null) {
            AtomicOutput.write(writeBaseline, Baseline.of(result));
            if (!quiet) top.err.println("lookaside-lint: wrote a baseline of " + result.findings().size() + " findings to " + writeBaseline);
            return Main.EXIT_CLEAN;
        }
        int inBaseline = 0;
        if (known != null) {
            ScanResult fresh = known.newFindingsOf(result);
            inBaseline = result.findings().size() - fresh.findings().size();
            result = fresh;
        }
        String text = report.render(result);
        if (report.output != null) {
            AtomicOutput.write(report.output, text);
        } else {
            top.out.print(text);
            top.out.flush();
        }
        if (!report.isTextOnStandardOutput()) {
            for (ToolNotification n : result.notifications()) top.err.println(TextReport.notificationLine(n));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (report.stats != null) AtomicOutput.write(report.stats, StatsReport.of(result, millis));
        if (!quiet) top.err.println(ScanSummary.of(result, inBaseline, millis));
        return exitCode(result);
    }

    /**
     * Findings exit 1 and a clean scan 0, also when some files or functions could not be analysed (the
     * notifications and the summary say which; SARIF and JSON say executionSuccessful false): one bad
     * file must not hide the findings of the others. Only a scan that found sources and could analyse
     * none of them exits 2, since it did not do its job. A tree with no sources is clean, with a warning.
     */
    private int exitCode(ScanResult result) {
        if (result.statistics().files() == 0) {
            boolean failedFiles = result.notifications().stream().anyMatch(n -> n.path() != null);
            if (failedFiles && !result.executionSuccessful()) {
                top.err.println("lookaside-lint: error: none of the source files could be analysed");
                return Main.EXIT_ERROR;
            }
            if (result.notifications().stream().noneMatch(n -> n.path() != null)) {
                top.err.println("lookaside-lint: warning: no C or C++ source files under the given paths");
            }
        }
        return result.findings().stream().anyMatch(f -> failOn.fails(f.severity())) ? Main.EXIT_FINDINGS : Main.EXIT_CLEAN;
    }

    /** The file --config names, else .lookaside-lint.json (or .yaml, .yml) in the scan root, else none. */
    private ProjectConfig projectConfig(Path root) throws ConfigException {
        if (config != null) {
            if (!Files.isRegularFile(config)) throw new ConfigException(config, 0, "no such configuration file");
            return ProjectConfigLoader.load(config);
        }
        if (root == null) return ProjectConfig.NONE;
        for (String name : ProjectConfig.FILE_NAMES) {
            Path found = root.resolve(name);
            if (Files.isRegularFile(found)) return ProjectConfigLoader.load(found);
        }
        return ProjectConfig.NONE;
    }

    private int parseOnly(FrontendOptions frontend) {
        long start = System.nanoTime();
        SourceDiscovery.Result sources = SourceDiscovery.find(paths);
        ProjectLoader.ParsedFiles parsed = new ProjectLoader(frontend, jobs).parseOnly(sources.files());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (report.stats != null) AtomicOutput.write(report.stats, StatsReport.ofParseOnly(parsed.files(), parsed.lines(), parsed.millis(), millis));
        if (!quiet) {
            top.err.println(String.format("lookaside-lint: %d files, %d lines parsed (parse only), %.1f s",
                    parsed.files(), parsed.lines(), millis / 1000.0));
        }
        return Main.EXIT_CLEAN;
    }

    private int dumpCfg(FrontendOptions frontend, Path root) {
        SourceDiscovery.Result sources = SourceDiscovery.find(paths);
        var project = new ProjectLoader(frontend, jobs).load(root, sources.files());
        boolean found = false;
        for (Function f : project.program().functionsNamed(dumpCfg)) {
            top.out.print(CfgPrinter.print(f.name() + " (" + f.location() + ")", f.cfg()));
            found = true;
        }
        if (!found) {
            top.err.println("lookaside-lint: no function named '" + dumpCfg + "' in the scanned files");
            return Main.EXIT_ERROR;
        }
        return Main.EXIT_CLEAN;
    }
}
