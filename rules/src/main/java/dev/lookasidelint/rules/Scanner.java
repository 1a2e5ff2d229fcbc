package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.project.ProjectLoader;
import dev.lookasidelint.analyzer.project.SourceDiscovery;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.analyzer.report.ScanStatistics;
import dev.lookasidelint.analyzer.report.ToolNotification;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.rules.ddi.DdiTable;
import dev.lookasidelint.rules.model.BlockStashes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a whole scan: find the sources, parse them, build the shared analysis, run every rule. */
public final class Scanner {
    private Scanner() {
    }

    public static ScanResult scan(ScanRequest request) {
        SourceDiscovery.Result sources = SourceDiscovery.find(request.paths());
        List<ToolNotification> notes = new ArrayList<>();
        for (String problem : sources.problems()) {
            notes.add(new ToolNotification(ToolNotification.Level.WARNING, null, 0, problem));
        }
        ProjectLoader.LoadedProject project = new ProjectLoader(request.frontend(), request.threads())
                .load(request.root(), sources.files());
        notes.addAll(project.notifications());
        long start = System.nanoTime();
        DdiTable ddis = DdiTable.builtIn().with(request.config().wrappers());
        RuleContext context = new RuleContext(project.program(), ddis, request.budget(), request.threads());
        Reporter reporter = new Reporter();
        runRules(context, reporter, request.threads());
        // A declared wrapper is trusted like the DDI it stands for: what its own body does to the
        // list or block it was given (free it, keep it, return it) is its job, not a finding.
        Set<String> wrappers = request.config().wrapperNames();
        List<Finding> findings = reporter.findings().stream().filter(f -> !wrappers.contains(f.function())).toList();
        notes.addAll(context.notifications());
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
        return new ScanResult(request.root(), findings, notes, stats);
    }

    /**
     * Runs the rules side by side on {@code threads} threads: each rule walks its functions in order,
     * the analyses they share are solved once (whichever rule asks first), and the reporter sorts the
     * findings, so the output does not depend on which rule finished first.
     */
    private static void runRules(RuleContext context, Reporter reporter, int threads) {
        // the block rules share one walk over the block analysis, the list rules one over the list
        // phases, every other rule runs on its own;
        // phases; LAL014 reads the block stashes that the block walk gathers, so it runs after it
        List<BlockRule> blockRules = new ArrayList<>();
        List<ListRule> listRules = new ArrayList<>();
        List<Rule> afterBlockWalk = new ArrayList<>();
        List<Runnable> tasks = new ArrayList<>();
        for (Rule rule : RuleCatalog.rules()) {
            if (rule instanceof BlockRule b) blockRules.add(b);
            else if (rule instanceof ListRule l) listRules.add(l);
            else if (rule instanceof ListDeletedWithBlocksOut) afterBlockWalk.add(rule);
            else tasks.add(() -> rule.check(context, reporter));
        }
        tasks.add(() -> {
            BlockStashes.Collector stashes = new BlockStashes.Collector(context.ddis());
            BlockRule.checkTogether(blockRules, context, reporter, stashes);
            context.useBlockStashes(stashes.result());
            afterBlockWalk.forEach(rule -> rule.check(context, reporter));
        });
        tasks.add(() -> ListRule.checkTogether(listRules, context, reporter));
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
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
