package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.dataflow.Analysis;
import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.dataflow.Solver;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.ddi.DdiTable;
import java.util.HashMap;
import java.util.Map;

/**
 * Tracks lookaside blocks through a function: which pointer values may have been freed to their list,
 * by a {@code ExFreeTo*} call or by a helper whose summary says it frees that argument. May-analysis:
 * a block freed on some path is freed at the join. Up to {@link #PATHS} paths are kept apart, so that
 * {@code p = NULL} after a free rules out a later {@code if (p != NULL) p->x}. Reassigning a variable
 * gives it a new value, so the danger ends there.
 */
public final class BlockLifetime {
    /** Paths kept apart per function, so that a later NULL or status check reads each path's own facts. */
    static final int PATHS = 8;

    private final Program program;
    private final DdiTable ddis;
    private final int budget;

    public BlockLifetime(Program program, DdiTable ddis, int budget) {
        this.program = program;
        this.ddis = ddis;
        this.budget = budget;
    }

    public Solution<PathSensitive.Paths<BlockState>> solve(Function f, Summaries<BlockSummary> table) {
        return Solver.solve(f.cfg(), new PathSensitive<>(new FreeAnalysis(f, table), PATHS,
                s -> s.freed().keySet()), budget);
    }

    /**
     * True when some call in {@code f} frees a block (directly or through a helper): only then can a
     * block be freed in it, so only then is it worth solving.
     */
    public boolean frees(Function f, Summaries<BlockSummary> table) {
        for (var block : f.cfg().blocks()) {
            for (Op op : block.ops()) {
                if (op instanceof Op.Call call && !freedArguments(f, call, table).isEmpty()) return true;
            }
        }
        return false;
    }

    public BlockSummary summarize(Function f, Summaries<BlockSummary> table) {
        if (!frees(f, table)) return BlockSummary.NONE;
        PathSensitive.Paths<BlockState> atExit = solve(f, table).atExit();
        if (atExit == null) return BlockSummary.NONE;
        Map<AccessPath, FreeEvent> frees = new HashMap<>();
        for (BlockState exit : atExit.states()) {
            for (var e : exit.freed().entrySet()) {
                AccessPath p = e.getKey();
                if (p.scope() == AccessPath.Scope.PARAM && exit.isUnchangedSinceEntry(p)) frees.putIfAbsent(p, e.getValue());
            }
        }
        return new BlockSummary(frees);
    }

    /**
     * The argument index of the block that a call frees (a DDI free, or a helper that frees that
     * parameter), mapped to the path freed in caller terms; empty for other calls.
     */
    public Map<Integer, AccessPath> freedArguments(Function caller, Op.Call call, Summaries<BlockSummary> table) {
        Map<Integer, AccessPath> freed = new HashMap<>();
        Ddi ddi = ddis.lookup(call.callee());
        if (ddi != null) {
            int i = ddi.blockArgument();
            if (ddi.role() == DdiRole.FREE && i >= 0 && i < call.arguments().size() && call.arguments().get(i).path() != null) {
                freed.put(i, call.arguments().get(i).path());
            }
            return freed;
        }
        Function callee = CallSites.callee(program, caller, call);
        if (callee == null || callee == caller) return freed;
        for (AccessPath p : table.of(callee).freesParameters().keySet()) {
            AccessPath mine = CallSites.toCaller(p, callee, call);
            int index = callee.parameterIndex(p.root());
            if (mine != null && !mine.addressOf()) freed.put(index, mine);
        }
        return freed;
    }

    private final class FreeAnalysis implements Analysis<BlockState> {
        private final Function function;
        private final Summaries<BlockSummary> table;

        FreeAnalysis(Function function, Summaries<BlockSummary> table) {
            this.function = function;
            this.table = table;
        }

        @Override
        public BlockState initial() {
            return BlockState.EMPTY;
        }

        @Override
        public BlockState transfer(Op op, BlockState before) {
            BlockState state = before.withFacts(before.facts().after(op));
            if (op instanceof Op.Assign a) {
                if (a.target().addressOf()) return state;
                return state.assign(a.target(), a.isNull() ? null : a.source());
            }
            if (op instanceof Op.Call call) {
                BlockState s = state;
                for (var e : freedArguments(function, call, table).entrySet()) {
                    // blocks[i]: the path stands for every element, so the free of one is not the free of all
                    if (e.getValue().selectors().contains("[]")) continue;
                    s = s.free(e.getValue(), event(call, e.getKey()));
                }
                if (call.result() != null && !call.result().addressOf()) s = s.assign(call.result(), null);
                return s;
            }
            if (op instanceof Op.ScopeEnd end) return state.forget(end.locals());
            return state;
        }

        private FreeEvent event(Op.Call call, int argument) {
            Ddi ddi = ddis.lookup(call.callee());
            String block = call.arguments().get(argument).text();
            if (ddi != null) {
                String list = call.arguments().get(ddi.listArgument()).text();
                if (list.startsWith("&")) list = list.substring(1); // name the list, not its address
                return new FreeEvent(call.location(), function.name(), block, list, null);
            }
            return new FreeEvent(call.location(), function.name(), block, null, call.callee());
        }

        @Override
        public BlockState refine(Edge edge, BlockState state) {
            PathFacts facts = state.facts().assume(edge.condition());
            return facts == null ? null : state.withFacts(facts);
        }

        @Override
        public BlockState join(BlockState a, BlockState b) {
            return BlockState.join(a, b);
        }
    }
}
