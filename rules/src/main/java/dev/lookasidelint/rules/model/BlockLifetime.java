package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.dataflow.Analysis;
import dev.lookasidelint.analyzer.dataflow.CallEffects;
import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.dataflow.Solver;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.ddi.DdiTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private final GlobalWrites globalWrites;
    private final int budget;

    public BlockLifetime(Program program, DdiTable ddis, GlobalWrites globalWrites, int budget) {
        this.program = program;
        this.ddis = ddis;
        this.globalWrites = globalWrites;
        this.budget = budget;
    }

    public Solution<PathSensitive.Paths<BlockState>> solve(Function f, Summaries<BlockSummary> table) {
        return Solver.solve(f.cfg(), new PathSensitive<>(new FreeAnalysis(f, table), PATHS,
                BlockState::freed, s -> s.freed().keySet()), budget);
    }

    /**
     * True when some call in {@code f} frees a block (directly or through a helper): only then can a
     * block be freed in it, so only then is its summary worth computing.
     */
    public boolean frees(Function f, Summaries<BlockSummary> table) {
        for (var block : f.cfg().blocks()) {
            for (Op op : block.ops()) {
                if (op instanceof Op.Call call && !releases(f, call, table).isEmpty()) return true;
            }
        }
        return false;
    }

    /**
     * True when {@code f} frees or allocates a block: only then can a block rule find anything in it,
     * or can it be an allocation wrapper (which may return the call's value without storing it).
     */
    public boolean handlesBlocks(Function f, Summaries<BlockSummary> table) {
        for (var block : f.cfg().blocks()) {
            for (Op op : block.ops()) {
                if (!(op instanceof Op.Call call)) continue;
                // pool memory matters only where something is freed (LAL005, LAL006): checked below
                Origin origin = allocation(f, call, table);
                if (origin != null && !origin.isPool()) return true;
            }
        }
        return frees(f, table);
    }

    public BlockSummary summarize(Function f, Summaries<BlockSummary> table) {
        if (!handlesBlocks(f, table)) return BlockSummary.NONE;
        return summaryOf(solve(f, table));
    }

    /** The summary read off a function's solved block analysis. */
    public BlockSummary summaryOf(Solution<PathSensitive.Paths<BlockState>> solution) {
        PathSensitive.Paths<BlockState> atExit = solution.atExit();
        if (atExit == null) return BlockSummary.NONE;
        Map<AccessPath, FreeEvent> frees = new HashMap<>();
        for (BlockState exit : atExit.states()) {
            for (var e : exit.freed().entrySet()) {
                AccessPath p = e.getKey();
                if (p.scope() == AccessPath.Scope.PARAM && exit.isUnchangedSinceEntry(p)) frees.putIfAbsent(p, e.getValue());
            }
        }
        return new BlockSummary(frees, new ReturnedBlock().of(solution));
    }

    /**
     * The blocks a call frees: a DDI free (to a list or to pool), or a helper whose summary says it
     * frees that parameter; paths in caller terms. Empty for other calls.
     */
    public List<Release> releases(Function caller, Op.Call call, Summaries<BlockSummary> table) {
        Ddi ddi = ddis.lookup(call.callee());
        if (ddi != null) {
            int i = ddi.blockArgument();
            boolean frees = ddi.role() == DdiRole.FREE || ddi.role() == DdiRole.POOL_FREE;
            if (!frees || i < 0 || i >= call.arguments().size() || call.arguments().get(i).path() == null) {
                return List.of();
            }
            return List.of(new Release(i, call.arguments().get(i).path(), directFree(caller, call, ddi, i)));
        }
        Function callee = CallSites.callee(program, caller, call);
        if (callee == null || callee == caller) return List.of();
        List<Release> releases = new ArrayList<>();
        for (var e : table.of(callee).freesParameters().entrySet()) {
            AccessPath mine = CallSites.toCaller(e.getKey(), callee, call);
            int index = callee.parameterIndex(e.getKey().root());
            if (mine == null || mine.addressOf()) continue;
            FreeEvent inner = e.getValue();
            AccessPath list = inner.listPath() == null ? null : CallSites.toCaller(inner.listPath(), callee, call);
            releases.add(new Release(index, mine, new FreeEvent(call.location(), caller.name(),
                    mine.toString(), list == null ? inner.list() : list.toString(), list, inner.family(), call.callee())));
        }
        return releases;
    }

    /**
     * A call outside the DDI table may take over any block it is given ({@code InsertTailList(&q,
     * &p->Link)}, a completion helper, a work item): the function no longer owes its free.
     */
    private static BlockState handOnArguments(BlockState state, Op.Call call) {
        if (state.owned().isEmpty()) return state;
        BlockState s = state;
        for (Op.Argument arg : call.arguments()) {
            AccessPath p = arg.path();
            if (p == null) continue;
            s = s.handOn(p.addressOf() ? AccessPath.variable(p.root(), p.scope()) : p);
        }
        return s;
    }

    private static FreeEvent directFree(Function caller, Op.Call call, Ddi ddi, int blockArgument) {
        String block = call.arguments().get(blockArgument).path().toString();
        if (ddi.role() == DdiRole.POOL_FREE) {
            return new FreeEvent(call.location(), caller.name(), block, null, null, ddi.family(), null);
        }
        Op.Argument list = call.arguments().get(ddi.listArgument());
        return new FreeEvent(call.location(), caller.name(), block, listName(list),
                list.path() == null ? null : list.path().pointee(), ddi.family(), null);
    }

    /**
     * Where a call's result comes from when it allocates a block or pool memory (a DDI, or an
     * allocation wrapper by its summary, with its list in the caller's terms), else null.
     */
    public Origin allocation(Function caller, Op.Call call, Summaries<BlockSummary> table) {
        Ddi ddi = ddis.lookup(call.callee());
        if (ddi == null) return wrapperAllocation(caller, call, table);
        if (ddi.role() == DdiRole.POOL_ALLOCATE) return new Origin(call.location(), null, null, ddi.family());
        if (ddi.role() != DdiRole.ALLOCATE || ddi.listArgument() >= call.arguments().size()) return null;
        Op.Argument list = call.arguments().get(ddi.listArgument());
        return new Origin(call.location(), listName(list), list.path() == null ? null : list.path().pointee(), ddi.family());
    }

    /** A call to a function that returns a block it allocated: the allocation as the caller sees it. */
    private Origin wrapperAllocation(Function caller, Op.Call call, Summaries<BlockSummary> table) {
        Function callee = CallSites.callee(program, caller, call);
        if (callee == null || callee == caller) return null;
        Origin inner = table.of(callee).returns();
        if (inner == null) return null;
        AccessPath list = inner.list() == null ? null : CallSites.toCaller(inner.list(), callee, call);
        return inner.through(call.location(), call.callee(), list == null ? inner.listText() : list.toString(), list);
    }

    /**
     * A list argument as the user reads it: the list, not its address. The path when there is one,
     * since an argument inside a macro expansion has the whole macro invocation as its text.
     */
    private static String listName(Op.Argument list) {
        if (list.path() != null) return list.path().pointee().toString();
        return list.text().startsWith("&") ? list.text().substring(1) : list.text();
    }

    private final class FreeAnalysis implements Analysis<BlockState> {
        private final Function function;
        private final CallEffects calls;
        private final Summaries<BlockSummary> table;

        FreeAnalysis(Function function, Summaries<BlockSummary> table) {
            this.function = function;
            this.calls = globalWrites.from(function);
            this.table = table;
        }

        @Override
        public BlockState initial() {
            return BlockState.EMPTY;
        }

        @Override
        public BlockState transfer(Op op, BlockState before) {
            BlockState state = before.withFacts(before.facts().after(op, calls));
            if (op instanceof Op.Assign a) {
                if (a.target().addressOf()) return state;
                return state.assign(a.target(), a.isNull() ? null : a.source());
            }
            if (op instanceof Op.Call call) {
                BlockState s = state;
                for (Release r : releases(function, call, table)) {
                    // blocks[i]: the path stands for every element, so the free of one is not the free of all
                    if (r.block().selectors().contains("[]")) continue;
                    s = s.free(r.block(), r.event());
                }
                if (ddis.lookup(call.callee()) == null) s = handOnArguments(s, call).forgetFieldAliases();
                if (call.result() != null && !call.result().addressOf()) {
                    s = s.assign(call.result(), null);
                    Origin origin = allocation(function, call, table);
                    if (origin != null) s = s.allocated(call.result(), origin);
                }
                return s;
            }
            if (op instanceof Op.ScopeEnd end) return state.forget(end.locals());
            return state;
        }

        @Override
        public BlockState refine(Edge edge, BlockState state) {
            Condition c = edge.condition();
            PathFacts facts = state.facts().assume(c);
            if (facts == null) return null;
            // q = p made them the same pointer: a check of one is a check of the other
            if (c != null && c.path() != null) {
                for (AccessPath alias : state.aliases().getOrDefault(c.path(), Set.of())) {
                    facts = facts.assume(new Condition(c.kind(), alias, c.text(), c.location(), c.value(), c.noneOf()));
                    if (facts == null) return null;
                }
            }
            BlockState refined = state.withFacts(facts);
            if (c != null && c.path() != null && c.kind() == Condition.Kind.TRUTHY) refined = refined.checkedNonNull(c.path());
            if (c != null && c.path() != null && c.kind() == Condition.Kind.FALSY) refined = refined.knownNull(c.path());
            return refined;
        }

        @Override
        public BlockState join(BlockState a, BlockState b) {
            return BlockState.join(a, b);
        }
    }
}
