package dev.lookasidelint.analyzer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.CfgPrinter;
import dev.lookasidelint.analyzer.cfg.ControlFlowGraph;
import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.dataflow.Analysis;
import dev.lookasidelint.analyzer.dataflow.BudgetExceededException;
import dev.lookasidelint.analyzer.dataflow.Solver;
import dev.lookasidelint.analyzer.frontend.Frontend;
import dev.lookasidelint.analyzer.frontend.FrontendOptions;
import dev.lookasidelint.analyzer.frontend.UnreadableSourceException;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.TranslationUnit;
import dev.lookasidelint.analyzer.project.ProjectLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Coverage-guided fuzz targets (Jazzer) for the front end and the CFG builder: the input bytes are
 * written as a C (or C++) file, translated by the real {@link Frontend#translate}, and every function's
 * control-flow graph is checked for its invariants, printed, and solved with a small dataflow analysis.
 * Allowed outcomes are the documented ones: {@link UnreadableSourceException} (binary or undecodable
 * input), {@link BudgetExceededException} (a graph too big to solve in budget) and
 * {@link StackOverflowError} (nesting too deep even for the scan's big stacks; the scan reports it as
 * such). Anything else, or a broken graph, is a finding.
 *
 * <p>Under {@code mvn verify} (no {@code JAZZER_FUZZ}) the targets run only their seed corpus, in
 * {@code src/test/resources/dev/lookasidelint/analyzer/fuzz/FrontendFuzzTestInputs/}, in well under a
 * second. To fuzz for longer by hand (see {@code fuzz/README.md}):
 * <pre>JAZZER_FUZZ=1 mvn -B -o test -pl analyzer -Dtest=FrontendFuzzTest#cSource -Djazzer.hooks=true</pre>
 * (10 minutes per target: {@code maxDuration}; libFuzzer stops earlier at the first finding).
 * Crashing inputs are saved next to the seeds and replay as regression cases from then on.
 */
class FrontendFuzzTest {
    private static final Frontend FRONTEND = new Frontend(FrontendOptions.defaults());
    /** The scan's own thread kind: deep nesting recurses deeply, and the scan gives its parser threads big stacks. */
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(ProjectLoader.bigStackThreads());
    private static final int BLOCK_VISITS = 200_000;
    private static final Path DIR = tempDir();

    @FuzzTest(maxDuration = "10m")
    void cSource(byte[] input) throws Throwable {
        run(input, "fuzz.c");
    }

    @FuzzTest(maxDuration = "10m")
    void cppSource(byte[] input) throws Throwable {
        run(input, "fuzz.cpp");
    }

    private static void run(byte[] input, String name) throws Throwable {
        try {
            THREAD.submit(() -> {
                translateAndAnalyse(input, name);
                return null;
            }).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableSourceException || cause instanceof StackOverflowError) return;
            throw cause;
        }
    }

    private static void translateAndAnalyse(byte[] input, String name) throws IOException {
        Path file = DIR.resolve(name);
        Files.write(file, input);
        TranslationUnit unit = FRONTEND.translate(file, name);
        for (Function f : unit.functions()) {
            ControlFlowGraph cfg = f.cfg();
            checkInvariants(f.name(), cfg);
            CfgPrinter.print(f.name(), cfg);
            try {
                Solver.solve(cfg, new OpKindsSeen(), BLOCK_VISITS);
            } catch (BudgetExceededException e) {
                // documented: the scan reports such a function as over budget
            }
        }
    }

    /** The graph invariants the analyses rely on; a violation is a bug in the builder. */
    static void checkInvariants(String function, ControlFlowGraph cfg) {
        Set<Block> blocks = new HashSet<>(cfg.blocks());
        require(!cfg.blocks().isEmpty() && cfg.blocks().get(0) == cfg.entry(), function, "the entry is not the first block");
        require(cfg.exit().ops().isEmpty(), function, "the exit has ops");
        require(cfg.exit().successors().isEmpty(), function, "the exit has successors");
        for (Block b : cfg.blocks()) {
            for (Edge e : b.successors()) {
                require(e.from() == b, function, "an edge of B" + b.id() + " starts elsewhere");
                require(blocks.contains(e.to()), function, "an edge of B" + b.id() + " leads to an unlisted block");
                require(e.to().predecessors().contains(e), function, "B" + e.to().id() + " does not list its predecessor B" + b.id());
            }
            for (Edge e : b.predecessors()) {
                require(blocks.contains(e.from()), function, "B" + b.id() + " lists an unreachable predecessor");
                require(e.from().successors().contains(e), function, "B" + b.id() + " lists a predecessor edge its source lacks");
            }
        }
    }

    private static void require(boolean holds, String function, String what) {
        if (!holds) throw new IllegalStateException("broken CFG of " + function + ": " + what);
    }

    /** A small, finite analysis: which kinds of op some path has run. Enough to drive the solver over every edge. */
    private static final class OpKindsSeen implements Analysis<Set<Class<?>>> {
        @Override
        public Set<Class<?>> initial() {
            return Set.of();
        }

        @Override
        public Set<Class<?>> transfer(Op op, Set<Class<?>> state) {
            if (state.contains(op.getClass())) return state;
            Set<Class<?>> next = new HashSet<>(state);
            next.add(op.getClass());
            return Set.copyOf(next);
        }

        @Override
        public Set<Class<?>> join(Set<Class<?>> a, Set<Class<?>> b) {
            if (a.containsAll(b)) return a;
            Set<Class<?>> next = new HashSet<>(a);
            next.addAll(b);
            return Set.copyOf(next);
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("lookaside-lint-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
