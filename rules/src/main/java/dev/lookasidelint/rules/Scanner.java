package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.project.ProjectLoader;
import dev.lookasidelint.analyzer.project.SourceDiscovery;
import dev.lookasidelint.analyzer.project.Tasks;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.analyzer.report.ScanStatistics;
import dev.lookasidelint.analyzer.report.ToolNotification;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.rules.ddi.DdiTable;
import dev.lookasidelint.rules.model.BlockStashes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/** Runs a whole scan: find the sources, parse them, build the shared analysis, run every rule. */
public final class Scanner {
    private Scanner() {
    }

    /**
     * Scans on a thread with a large stack whatever thread calls it (the analyses of deeply nested code
     * recurse deeply), isolating files, functions and rules: what fails is reported, the rest goes on.
     */
    public static ScanResult scan(ScanRequest request) {
        ExecutorService thread = Executors.newSingleThreadExecutor(ProjectLoader.bigStackThreads());
        try {
            return thread.submit(() -> scanHere(request)).get();
        } catch (InterruptedException e) {
            throw Tasks.interrupted(e);
        } catch (ExecutionException e) {
            throw Tasks.failure(e);
        } finally {
            thread.shutdownNow();
        }
    }

    private static ScanResult scanHere(ScanRequest request) {
        SourceDiscovery.Result sources = SourceDiscovery.find(request.paths());
        List<ToolNotification> notes = new ArrayList<>();
        for (String problem : sources.problems()) {
            notes.add(new ToolNotification(ToolNotification.Level.WARNING, null, 0, problem));
        }
        // paths the configuration excludes (vendored code, generated files) are not even parsed
        List<Path> files = sources.files().stream()
                .filter(f -> !request.config().excludes(ProjectLoader.relativePath(request.root(), f))).toList();
        ProjectLoader.LoadedProject project = new ProjectLoader(request.frontend(), request.threads(), request.progress())
                .load(request.root(), files);
        notes.addAll(project.notifications());
        long start = System.nanoTime();
        DdiTable ddis = DdiTable.builtIn().with(request.config().wrappers());
        List<Finding> findings = List.of();
        try {
            RuleContext context = new RuleContext(project.program(), ddis, request.budget(),
                    request.timeBudgetMillis(), request.threads());
            Reporter reporter = new Reporter();
            runRules(context, reporter, request.threads());
            // A declared wrapper is trusted like the DDI it stands for: what its own body does to the
            // list or block it was given (free it, keep it, return it) is its job, not a finding.
            Set<String> wrappers = request.config().wrapperNames();
            findings = request.config().apply(
                    reporter.findings().stream().filter(f -> !wrappers.contains(f.function())).toList());
            notes.addAll(context.notifications());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a project-wide pass (call graph, driver model, summaries) failed: no rule can run, but
            // the files' notifications are still worth reporting
            notes.add(new ToolNotification(ToolNotification.Level.ERROR, null, 0,
                    "the analysis failed, no findings: " + describe(e)));
        }
        long analysisMillis = (System.nanoTime() - start) / 1_000_000;
        ScanStatistics stats = new ScanStatistics(project.program().units().size(), project.lines(),
                project.program().functions().size(), project.filesWithParseProblems(), project.millis(),
                analysisMillis);
        notes.sort((a, b) -> {
            String pa = a.path() == null ? "" : a.path();
            String pb = b.path() == null ? "" : b.path();
            int c = pa.compareTo(pb);
            return c != 0 ? c : Integer.compare(a.line(), b.line());
        });
        InlineSuppressions.Partition silenced = new InlineSuppressions(request.root()).apply(findings);
        return new ScanResult(request.root(), silenced.kept(), silenced.suppressed(), notes, stats);
    }

    /** What went wrong, in one line for the user: the message, else the kind of failure. */
    static String describe(Throwable e) {
        if (e instanceof StackOverflowError) return "nesting too deep";
        if (e instanceof OutOfMemoryError) return "out of memory (give the JVM more heap with -Xmx)";
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    /**
     * A task of rules that, failing, is reported as "rule ... failed" and leaves the findings of the
     * other tasks (and its own, reported before it failed) in place.
     */
    private static Runnable isolated(RuleContext context, List<? extends Rule> rules, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | StackOverflowError e) {
                String ids = rules.stream().map(r -> r.info().id()).sorted().collect(Collectors.joining(", "));
                context.noteFailure("rule" + (rules.size() == 1 ? " " : "s ") + ids + " failed, its findings may be"
                        + " incomplete: " + describe(e));
            }
        };
    }

    /**
     * Runs the rules side by side on {@code threads} threads: each rule walks its functions in order,
     * the analyses they share are solved once (whichever rule asks first), and the reporter sorts the
     * findings, so the output does not depend on which rule finished first.
     */
    private static void runRules(RuleContext context, Reporter reporter, int threads) {
        // the block rules share one walk over the block analysis and the list rules one over the list
        // phases; every other rule runs on its own. LAL014 reads the block stashes that the block walk
        // gathers, so it runs after that walk, in the same task.
        List<BlockRule> blockRules = new ArrayList<>();
        List<ListRule> listRules = new ArrayList<>();
        List<Rule> afterBlockWalk = new ArrayList<>();
        List<Runnable> tasks = new ArrayList<>();
        for (Rule rule : RuleCatalog.rules()) {
            if (rule instanceof BlockRule b) blockRules.add(b);
            else if (rule instanceof ListRule l) listRules.add(l);
            else if (rule instanceof ListDeletedWithBlocksOut) afterBlockWalk.add(rule);
            else tasks.add(isolated(context, List.of(rule), () -> rule.check(context, reporter)));
        }
        tasks.add(() -> {
            isolated(context, blockRules, () -> {
                BlockStashes.Collector stashes = new BlockStashes.Collector(context.ddis());
                BlockRule.checkTogether(blockRules, context, reporter, stashes);
                context.useBlockStashes(stashes.result());
            }).run();
            for (Rule rule : afterBlockWalk) isolated(context, List.of(rule), () -> rule.check(context, reporter)).run();
        });
        tasks.add(isolated(context, listRules, () -> ListRule.checkTogether(listRules, context, reporter)));
        if (threads <= 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(null, runnable, "rules", ProjectLoader.STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable task : tasks) running.add(pool.submit(task));
            for (Future<?> f : running) f.get();
        } catch (InterruptedException e) {
            throw Tasks.interrupted(e);
        } catch (ExecutionException e) {
            throw Tasks.failure(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
