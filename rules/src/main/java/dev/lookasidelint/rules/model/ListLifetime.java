package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.dataflow.Analysis;
import dev.lookasidelint.analyzer.dataflow.CallEffects;
import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.dataflow.Solver;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.ddi.DdiTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The life of list headers across functions: which lists a function initializes (on some path,
 * through its callees too) and which it deletes on every path. Only headers that outlive the
 * function are summarised: file-scope storage ({@code &g_List}, {@code &g_Globals.List}) and objects
 * reached through parameters, which call sites rebase onto their arguments.
 */
public final class ListLifetime {
    private final Program program;
    private final DdiTable ddis;
    private final GlobalWrites globalWrites;
    private final int budget;

    public ListLifetime(Program program, DdiTable ddis, GlobalWrites globalWrites, int budget) {
        this.program = program;
        this.ddis = ddis;
        this.globalWrites = globalWrites;
        this.budget = budget;
    }

    /** Paths kept apart, so that a status or flag check reads what each path did. */
    static final int PATHS = 8;

    /** The must-delete state of one path: lists deleted on it so far, and what it knows of values. */
    public record Deleted(Set<AccessPath> lists, PathFacts facts) {
    }

    public ListSummary summarize(Function f, Summaries<ListSummary> table) {
        Set<AccessPath> deleted = new HashSet<>();
        PathSensitive.Paths<Deleted> atExit = deletes(f, table) ? solveDeletes(f, table).atExit() : null;
        if (atExit != null) {
            boolean first = true;
            Set<AccessPath> elements = new HashSet<>();
            for (Deleted path : atExit.states()) {
                if (first) deleted.addAll(path.lists());
                else deleted.retainAll(path.lists());
                first = false;
                for (AccessPath l : path.lists()) if (isElement(l)) elements.add(l);
            }
            deleted.addAll(elements); // deleted on some trip of a loop: every element is
            deleted.removeIf(p -> !outlives(p));
        }
        return new ListSummary(initializations(f, table), deleted);
    }

    public Solution<PathSensitive.Paths<Deleted>> solveDeletes(Function f, Summaries<ListSummary> table) {
        return solveDeletes(f, table, PathFacts.NONE);
    }

    /** The deletes of {@code f} when it starts knowing {@code facts} (an unload routine: what DriverEntry left). */
    public Solution<PathSensitive.Paths<Deleted>> solveDeletes(Function f, Summaries<ListSummary> table,
                                                              PathFacts facts) {
        return Solver.solve(f.cfg(), new PathSensitive<>(new DeleteAnalysis(f, table, facts), PATHS,
                Deleted::lists), budget);
    }

    /** True when some call in {@code f} deletes a list, directly or through a helper. */
    private boolean deletes(Function f, Summaries<ListSummary> table) {
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (!(op instanceof Op.Call call)) continue;
                Ddi ddi = ddis.lookup(call.callee());
                if (ddi != null && ddi.role() == DdiRole.DELETE) return true;
                Function callee = ddi == null ? CallSites.callee(program, f, call) : null;
                if (callee != null && callee != f && (!table.of(callee).deletesOnEveryPath().isEmpty()
                        || !table.of(callee).flags().guardedDeletes().isEmpty())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Map<AccessPath, InitSite> initializations(Function f, Summaries<ListSummary> table) {
        Map<AccessPath, InitSite> result = initSites(f, table);
        result.keySet().removeIf(list -> !outlives(list));
        return result;
    }

    /**
     * Every list {@code f} initializes on some path, directly or through its callees, with where: also
     * lists reached through its locals ({@code ext->List} after {@code ext = Device->DeviceExtension}).
     */
    public Map<AccessPath, InitSite> initSites(Function f, Summaries<ListSummary> table) {
        Map<AccessPath, InitSite> result = new LinkedHashMap<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (!(op instanceof Op.Call call)) continue;
                Ddi ddi = ddis.lookup(call.callee());
                if (ddi != null && ddi.role() == DdiRole.INITIALIZE) {
                    AccessPath list = listOf(call, ddi);
                    if (list != null) {
                        result.putIfAbsent(list, new InitSite(call.location(), f.name(), call.text(), List.of()));
                    }
                    continue;
                }
                Function callee = CallSites.callee(program, f, call);
                if (callee == null || callee == f) continue;
                for (var e : table.of(callee).initializes().entrySet()) {
                    AccessPath list = CallSites.toCaller(e.getKey(), callee, call);
                    if (list == null) continue;
                    List<TraceStep> chain = new ArrayList<>();
                    chain.add(new TraceStep(call.location(), "'" + f.name() + "' calls '" + callee.name() + "'"));
                    chain.addAll(e.getValue().callChain());
                    InitSite site = e.getValue();
                    result.putIfAbsent(list, new InitSite(site.location(), site.function(), site.callText(), chain));
                }
            }
        }
        return result;
    }

    /**
     * True for a list that is an array element ({@code g_Lists[]}): the path stands for every element,
     * and a loop that deletes them on some trip deletes them all, though its zero-trip path skips it.
     */
    public static boolean isElement(AccessPath list) {
        return list.selectors().contains("[]");
    }

    /** True when {@code path} ends without a Delete of {@code list} (for an element: no path deletes it). */
    public static boolean missing(PathSensitive.Paths<Deleted> paths, AccessPath list) {
        return isElement(list) ? paths.states().stream().noneMatch(d -> d.lists().contains(list))
                : paths.states().stream().anyMatch(d -> !d.lists().contains(list));
    }

    /** The list header a DDI call works on: the object its list argument points to. */
    public static AccessPath listOf(Op.Call call, Ddi ddi) {
        if (ddi.listArgument() < 0 || ddi.listArgument() >= call.arguments().size()) return null;
        AccessPath arg = call.arguments().get(ddi.listArgument()).path();
        return arg == null ? null : arg.pointee();
    }

    /** Headers whose storage outlives the function: file-scope variables and what parameters reach. */
    private boolean outlives(AccessPath list) {
        if (list.scope() == AccessPath.Scope.PARAM) return !list.selectors().isEmpty();
        return list.scope() == AccessPath.Scope.GLOBAL && list.isDirectStorage()
                && program.isGlobalVariable(list.root());
    }

    private final class DeleteAnalysis implements Analysis<Deleted> {
        private final Function function;
        private final CallEffects calls;
        private final Summaries<ListSummary> table;

        private final PathFacts initialFacts;

        DeleteAnalysis(Function function, Summaries<ListSummary> table, PathFacts initialFacts) {
            this.initialFacts = initialFacts;
            this.function = function;
            this.calls = globalWrites.from(function);
            this.table = table;
        }

        @Override
        public Deleted initial() {
            return new Deleted(Set.of(), initialFacts);
        }

        @Override
        public Deleted transfer(Op op, Deleted before) {
            PathFacts facts = before.facts().after(op, calls);
            Deleted state = facts == before.facts() ? before : new Deleted(before.lists(), facts);
            if (!(op instanceof Op.Call call)) return state;
            Ddi ddi = ddis.lookup(call.callee());
            if (ddi != null) {
                if (ddi.role() != DdiRole.DELETE) return state;
                AccessPath list = listOf(call, ddi);
                return list == null ? state : add(state, Set.of(list));
            }
            Function callee = CallSites.callee(program, function, call);
            if (callee == null || callee == function) return state;
            Set<AccessPath> lists = new HashSet<>();
            ListSummary summary = table.of(callee);
            for (AccessPath p : summary.deletesOnEveryPath()) {
                AccessPath mine = CallSites.toCaller(p, callee, call);
                if (mine != null) lists.add(mine);
            }
            for (var e : summary.flags().guardedDeletes().entrySet()) {
                AccessPath mine = CallSites.toCaller(e.getKey(), callee, call);
                if (mine != null && e.getValue().holdsOn(before.facts())) lists.add(mine);
            }
            Deleted after = add(state, lists);
            PathFacts flags = summary.flags().afterCall(after.facts());
            return flags == after.facts() ? after : new Deleted(after.lists(), flags);
        }

        private Deleted add(Deleted state, Set<AccessPath> lists) {
            if (state.lists().containsAll(lists)) return state;
            Set<AccessPath> next = new HashSet<>(state.lists());
            next.addAll(lists);
            return new Deleted(next, state.facts());
        }

        @Override
        public Deleted refine(Edge edge, Deleted state) {
            PathFacts facts = state.facts().assume(edge.condition());
            return facts == null ? null : new Deleted(state.lists(), facts);
        }

        @Override
        public Deleted join(Deleted a, Deleted b) {
            Set<AccessPath> both = new HashSet<>(a.lists());
            both.retainAll(b.lists());
            for (AccessPath l : a.lists()) if (isElement(l)) both.add(l);
            for (AccessPath l : b.lists()) if (isElement(l)) both.add(l);
            return new Deleted(both, PathFacts.join(a.facts(), b.facts()));
        }
    }
}
