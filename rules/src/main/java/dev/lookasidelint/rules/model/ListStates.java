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
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.ddi.DdiTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phase of list headers along each path of a function: initialized, deleted, or (in DriverEntry,
 * for the global lists it initializes) not initialized yet. Calls act through the DDI table and
 * through helper summaries: a helper that initializes a list on some path, or deletes it on every
 * path. Path-sensitive, so a flag set after Initialize and tested before Delete is understood.
 */
public final class ListStates {
    static final int PATHS = 8;

    private final Program program;
    private final DdiTable ddis;
    private final GlobalWrites globalWrites;
    private final StorageEnds storageEnds;
    private final int budget;

    public ListStates(Program program, DdiTable ddis, GlobalWrites globalWrites, int budget) {
        this.program = program;
        this.ddis = ddis;
        this.storageEnds = new StorageEnds(ddis);
        this.globalWrites = globalWrites;
        this.budget = budget;
    }

    /** What a call does to lists, in the caller's terms. */
    public List<ListEffect> effects(Function caller, Op.Call call, Summaries<ListSummary> table) {
        Ddi ddi = ddis.lookup(call.callee());
        if (ddi != null) {
            boolean onList = switch (ddi.role()) {
                case INITIALIZE, ALLOCATE, FREE, DELETE, FLUSH -> true;
                default -> false;
            };
            AccessPath list = onList ? ListLifetime.listOf(call, ddi) : null;
            return list == null ? List.of() : List.of(new ListEffect(list, ddi.role(), null));
        }
        Function callee = CallSites.callee(program, caller, call);
        if (callee == null || callee == caller) return List.of();
        List<ListEffect> effects = new ArrayList<>();
        ListSummary summary = table.of(callee);
        FlagEffects flags = summary.flags();
        for (AccessPath p : summary.initializes().keySet()) {
            AccessPath mine = CallSites.toCaller(p, callee, call);
            if (mine == null) continue;
            if (summary.resets(p)) effects.add(new ListEffect(mine, DdiRole.DELETE, callee.name()));
            effects.add(new ListEffect(mine, DdiRole.INITIALIZE, callee.name(),
                    summary.undoneOnFailure(p) ? summary.result() : ResultKind.NONE, flags.guardedInits().get(p)));
        }
        for (AccessPath p : summary.deletesOnEveryPath()) {
            AccessPath mine = CallSites.toCaller(p, callee, call);
            if (mine != null) effects.add(new ListEffect(mine, DdiRole.DELETE, callee.name()));
        }
        for (var e : flags.guardedDeletes().entrySet()) {
            AccessPath mine = CallSites.toCaller(e.getKey(), callee, call);
            if (mine != null) effects.add(new ListEffect(mine, DdiRole.DELETE, callee.name(), ResultKind.NONE, e.getValue()));
        }
        return effects;
    }

    /** The flags a helper called at {@code call} leaves set or clear, or none. */
    public FlagEffects flagsOf(Function caller, Op.Call call, Summaries<ListSummary> table) {
        if (ddis.lookup(call.callee()) != null) return FlagEffects.NONE;
        Function callee = CallSites.callee(program, caller, call);
        return callee == null || callee == caller ? FlagEffects.NONE : table.of(callee).flags();
    }

    /**
     * The states of DriverEntry's paths at a return that may report success: what the unload routine
     * can rely on (which lists are initialized, which flags are set). Returns of a failure status are
     * left out; the system never unloads a driver whose DriverEntry failed.
     */
    public List<ListState> successfulExits(Function entry, Summaries<ListSummary> table) {
        List<ListState> exits = new ArrayList<>();
        solve(entry, table, true).forEachOp((block, op, paths) -> {
            if (!(op instanceof Op.Return r)) return;
            for (ListState s : paths.states()) {
                if (s.facts().maySucceed(r.value())) exits.add(s);
            }
        });
        return exits;
    }

    /** Where the memory of list headers ends in a function. */
    public StorageEnds storageEnds() {
        return storageEnds;
    }

    /** True when some call in {@code f} acts on a list: only then is it worth solving. */
    public boolean touchesLists(Function f, Summaries<ListSummary> table) {
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (!(op instanceof Op.Call call)) continue;
                if (!effects(f, call, table).isEmpty()) return true;
                Ddi ddi = ddis.lookup(call.callee());
                if (ddi != null && ddi.role() == DdiRole.DEVICE_DELETE) return true; // ends extension lists
            }
        }
        return false;
    }

    public Solution<PathSensitive.Paths<ListState>> solve(Function f, Summaries<ListSummary> table,
                                                          boolean isDriverEntry) {
        Map<AccessPath, ListPhase> initial = new HashMap<>();
        if (isDriverEntry) {
            // a driver's globals are zero when DriverEntry starts: what it initializes is not initialized yet
            for (AccessPath list : table.of(f).initializes().keySet()) {
                if (list.scope() == AccessPath.Scope.GLOBAL) initial.put(list, ListPhase.UNINITIALIZED);
            }
        }
        PathFacts facts = isDriverEntry ? zeroFlags(f) : PathFacts.NONE;
        return solve(f, table, initial, facts);
    }

    private Solution<PathSensitive.Paths<ListState>> solve(Function f, Summaries<ListSummary> table,
                                                           Map<AccessPath, ListPhase> initial, PathFacts facts) {
        return Solver.solve(f.cfg(), new PathSensitive<>(new PhaseAnalysis(f, table, initial, facts), PATHS,
                ListState::phases), budget);
    }

    /** {@code f}'s phases when it starts knowing {@code facts} (a flag's value at the call). */
    public Solution<PathSensitive.Paths<ListState>> solveAssuming(Function f, Summaries<ListSummary> table,
                                                                  PathFacts facts) {
        return solve(f, table, Map.of(), facts);
    }

    /**
     * {@code summary} completed with what {@code f} leaves behind when it fails: for a function that
     * returns a status or a boolean, the lists it initializes that may still be initialized at a return
     * that may report failure. The function is read as starting with those lists not initialized (its
     * callers call it to set them up); a return of the Initialize's own status undoes that Initialize.
     */
    public ListSummary withFailureExits(Function f, Summaries<ListSummary> table, ListSummary summary) {
        if (summary.initializes().isEmpty()) return summary;
        ResultKind kind = resultKind(f, table);
        if (kind == ResultKind.NONE) return summary;
        Map<AccessPath, ListPhase> initial = new HashMap<>();
        for (AccessPath list : summary.initializes().keySet()) initial.put(list, ListPhase.UNINITIALIZED);
        Set<AccessPath> left = new HashSet<>();
        solve(f, table, initial, PathFacts.NONE).forEachOp((block, op, paths) -> {
            if (!(op instanceof Op.Return r)) return;
            for (ListState s : paths.states()) {
                if (!kind.mayFail(r, s.facts())) continue;
                ListState.PendingInit own = r.value() == null ? null : s.pending().get(r.value());
                for (AccessPath list : summary.initializes().keySet()) {
                    ListPhase phase = own != null && own.covers(list) ? own.phaseBefore(list) : s.phaseOf(list);
                    if (phase != ListPhase.UNINITIALIZED && phase != ListPhase.DELETED) left.add(list);
                }
            }
        });
        return summary.withFailureExits(kind, left);
    }

    /**
     * {@code summary} completed with the lists {@code f} may initialize while they are still initialized
     * from its caller: {@code f} is read as starting with every list it initializes initialized; an
     * Initialize reached with the list not deleted on some path is a re-initialize.
     */
    public ListSummary withResets(Function f, Summaries<ListSummary> table, ListSummary summary) {
        if (summary.initializes().isEmpty()) return summary;
        Map<AccessPath, ListPhase> initial = new HashMap<>();
        for (AccessPath list : summary.initializes().keySet()) initial.put(list, ListPhase.INITIALIZED);
        Set<AccessPath> again = new HashSet<>();
        solve(f, table, initial, PathFacts.NONE).forEachOp((block, op, paths) -> {
            if (!(op instanceof Op.Call call)) return;
            for (ListEffect e : effects(f, call, table)) {
                if (e.role() != DdiRole.INITIALIZE) continue;
                for (ListState s : paths.states()) {
                    ListPhase phase = s.phaseOf(e.list());
                    boolean fresh = phase == ListPhase.DELETED || phase == ListPhase.UNINITIALIZED
                            || e.helper() != null && !reinitializedBy(f, call, table, e);
                    if (e.appliesOn(s.facts()) && !fresh) again.add(e.list());
                }
            }
        });
        again.retainAll(summary.initializes().keySet());
        return summary.withReinitializes(again);
    }

    /** True when the helper behind a helper effect may itself initialize its list while initialized. */
    private boolean reinitializedBy(Function caller, Op.Call call, Summaries<ListSummary> table, ListEffect e) {
        Function callee = CallSites.callee(program, caller, call);
        if (callee == null) return true;
        ListSummary s = table.of(callee);
        for (AccessPath p : s.reinitializes()) {
            if (e.list().equals(CallSites.toCaller(p, callee, call))) return true;
        }
        return false;
    }

    /**
     * How {@code f}'s result tells failure. A status when some return or assignment in it names a status
     * constant, or it returns the status of an Initialize or of a helper that returns one
     * ({@code return ExInitializeLookasideListEx(...);}). Otherwise a boolean when some return gives a
     * constant ({@code return FALSE;}, {@code return TRUE;}, {@code return NULL;}) or a variable that is
     * set to one ({@code ok = FALSE; ... return ok;}): zero is failure.
     */
    private ResultKind resultKind(Function f, Summaries<ListSummary> table) {
        Map<AccessPath, Op.Call> temporaries = new HashMap<>();
        Set<AccessPath> setToConstant = new HashSet<>();
        boolean returnsConstant = false;
        List<AccessPath> returned = new ArrayList<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Call c && c.result() != null && c.result().isTemporary()) temporaries.put(c.result(), c);
                if (op instanceof Op.Assign a && a.constant() != Op.Constant.UNKNOWN) setToConstant.add(a.target());
                AccessPath value = op instanceof Op.Return r ? r.value() : op instanceof Op.Assign a ? a.source() : null;
                if (value != null && value.isStatusConstant()) return ResultKind.NTSTATUS;
                if (op instanceof Op.Return r) {
                    if (r.value() != null) returned.add(r.value());
                    else returnsConstant |= r.constant() != Op.Constant.UNKNOWN;
                }
            }
        }
        for (AccessPath value : returned) {
            Op.Call call = temporaries.get(value);
            if (call != null && returnsStatus(f, call, table)) return ResultKind.NTSTATUS;
        }
        boolean returnsFlag = returned.stream().anyMatch(setToConstant::contains);
        return returnsConstant || returnsFlag ? ResultKind.BOOLEAN : ResultKind.NONE;
    }

    /** True when {@code call} returns a status: the EX Initialize, or a helper whose result is one. */
    private boolean returnsStatus(Function caller, Op.Call call, Summaries<ListSummary> table) {
        Ddi ddi = ddis.lookup(call.callee());
        if (ddi != null) return ddi.role() == DdiRole.INITIALIZE && ddi.family().equals("EX");
        Function callee = CallSites.callee(program, caller, call);
        return callee != null && callee != caller && table.of(callee).result() == ResultKind.NTSTATUS;
    }

    /**
     * When DriverEntry starts, the driver's globals hold their initial values: a flag such as
     * {@code g_ListReady} with no initializer is FALSE until DriverEntry sets it. Only the globals
     * the function tests are recorded.
     */
    private PathFacts zeroFlags(Function f) {
        PathFacts facts = PathFacts.NONE;
        for (Block b : f.cfg().blocks()) {
            for (Edge e : b.successors()) {
                Condition c = e.condition();
                if (c == null || c.path() == null || !c.path().isVariable()) continue;
                AccessPath p = c.path();
                if (p.scope() == AccessPath.Scope.GLOBAL && program.startsZero(p.root())) {
                    PathFacts next = facts.assume(new Condition(Condition.Kind.FALSY, p, c.text(), c.location()));
                    if (next != null) facts = next;
                }
            }
        }
        return facts;
    }

    private final class PhaseAnalysis implements Analysis<ListState> {
        private final Function function;
        private final CallEffects calls;
        private final Summaries<ListSummary> table;
        private final Map<AccessPath, ListPhase> initial;
        private final PathFacts initialFacts;

        PhaseAnalysis(Function function, Summaries<ListSummary> table, Map<AccessPath, ListPhase> initial,
                      PathFacts initialFacts) {
            this.function = function;
            this.calls = globalWrites.from(function);
            this.table = table;
            this.initial = initial;
            this.initialFacts = initialFacts;
        }

        @Override
        public ListState initial() {
            return new ListState(initial, initialFacts, Map.of());
        }

        @Override
        public ListState transfer(Op op, ListState before) {
            ListState state = before.withFacts(before.facts().after(op, calls));
            StorageEnds.End end = storageEnds.at(function, op);
            if (end != null) state = state.ended(end);
            if (op instanceof Op.Assign a) return state.forgetStatus(a.target()).reassigned(a.target());
            if (op instanceof Op.Deref d) return dereferenced(state, d.pointer());
            if (!(op instanceof Op.Call call)) return state;
            if (call.result() != null) state = state.forgetStatus(call.result()).reassigned(call.result());
            for (ListEffect e : effects(function, call, table)) {
                if (!e.appliesOn(before.facts())) continue; // a flag-guarded effect the path rules out
                if (e.role() == DdiRole.INITIALIZE) {
                    boolean statusTells = e.helper() == null || e.undoneOnFailure();
                    if (statusTells && call.result() != null && !call.result().addressOf()) {
                        state = state.pendingOn(call.result(), e.list(), state.phaseOf(e.list()), call.location(),
                                e.helper() == null, e.helper() == null ? ResultKind.NTSTATUS : e.failureSignal());
                    }
                    state = state.with(e.list(), ListPhase.INITIALIZED);
                } else if (e.role() == DdiRole.DELETE) {
                    state = state.with(e.list(), ListPhase.DELETED);
                }
            }
            return state.withFacts(flagsOf(function, call, table).afterCall(state.facts()));
        }

        /**
         * A pointer the path went through is not NULL after it: otherwise the path would have faulted.
         * So {@code Vcb->Type = ...; ...; if (Vcb) { delete lists }} takes the delete.
         */
        private ListState dereferenced(ListState state, AccessPath pointer) {
            if (pointer == null || pointer.addressOf()) return state;
            PathFacts facts = state.facts().assume(new Condition(Condition.Kind.TRUTHY, pointer, pointer.toString(), null));
            return facts == null ? state : state.withFacts(facts);
        }

        @Override
        public ListState refine(Edge edge, ListState state) {
            Condition c = edge.condition();
            PathFacts facts = state.facts().assume(c);
            if (facts == null) return null;
            ListState s = state.withFacts(facts);
            return c == null ? s : s.statusChecked(c);
        }

        @Override
        public ListState join(ListState a, ListState b) {
            return ListState.join(a, b);
        }
    }
}
