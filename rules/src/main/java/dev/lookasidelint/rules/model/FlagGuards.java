package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.rules.ddi.DdiRole;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a helper's dependence on global flags into its summary ({@link FlagEffects}). The helper is
 * solved again once with each flag it tests assumed set and once assumed clear at its entry: a list
 * deleted on every path under one value but not unconditionally is a guarded delete, a list
 * initialized under one value only is a guarded Initialize. The flags that every return leaves with
 * the same value are read from its plain solution. Only globals the helper tests are tried, so a
 * helper without flag tests costs one solve.
 */
public final class FlagGuards {
    private final Program program;
    private final ListStates states;
    private final ListLifetime lifetime;

    public FlagGuards(Program program, ListStates states, ListLifetime lifetime) {
        this.program = program;
        this.states = states;
        this.lifetime = lifetime;
    }

    public ListSummary withFlags(Function f, Summaries<ListSummary> table, ListSummary summary) {
        if (summary.initializes().isEmpty() && summary.deletesOnEveryPath().isEmpty() && !deletesSomewhere(f, table)) {
            return summary;
        }
        Set<AccessPath> tested = testedFlags(f, table);
        Map<AccessPath, FlagGuard> inits = new HashMap<>();
        Map<AccessPath, FlagGuard> deletes = new HashMap<>();
        for (AccessPath flag : tested) {
            PathFacts whenSet = PathFacts.NONE.assume(new FlagGuard(flag, true).condition());
            PathFacts whenClear = PathFacts.NONE.assume(new FlagGuard(flag, false).condition());
            Map<Boolean, Set<AccessPath>> initialized = Map.of(
                    true, initializedUnder(f, table, whenSet), false, initializedUnder(f, table, whenClear));
            for (boolean set : new boolean[] {true, false}) {
                FlagGuard guard = new FlagGuard(flag, set);
                for (AccessPath list : initialized.get(set)) {
                    if (summary.initializes().containsKey(list) && !initialized.get(!set).contains(list)) {
                        inits.putIfAbsent(list, guard);
                    }
                }
                for (AccessPath list : deletedUnder(f, table, set ? whenSet : whenClear)) {
                    if (!summary.deletesOnEveryPath().contains(list)) deletes.putIfAbsent(list, guard);
                }
            }
        }
        Map<AccessPath, Boolean> atExit = flagsAtExit(f, table, tested);
        if (inits.isEmpty() && deletes.isEmpty() && atExit.isEmpty()) return summary;
        return summary.withFlags(new FlagEffects(inits, deletes, atExit));
    }

    /** True when some call in {@code f} deletes a list (a guarded Delete is not in the summary yet). */
    private boolean deletesSomewhere(Function f, Summaries<ListSummary> table) {
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Call call && states.effects(f, call, table).stream()
                        .anyMatch(e -> e.role() == DdiRole.DELETE)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Global flags (file-scope variables and fields of global structs) that a branch of {@code f} tests for zero or non-zero, and the
     * flags its callees' effects depend on: a guard passes up through a helper that only forwards.
     */
    private Set<AccessPath> testedFlags(Function f, Summaries<ListSummary> table) {
        Set<AccessPath> flags = new LinkedHashSet<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (!(op instanceof Op.Call call)) continue;
                FlagEffects callee = states.flagsOf(f, call, table);
                callee.guardedInits().values().forEach(g -> flags.add(g.flag()));
                callee.guardedDeletes().values().forEach(g -> flags.add(g.flag()));
            }
            for (Edge e : b.successors()) {
                Condition c = e.condition();
                if (c == null || c.path() == null) continue;
                if (c.kind() != Condition.Kind.TRUTHY && c.kind() != Condition.Kind.FALSY) continue;
                if (isFlag(c.path())) flags.add(c.path());
            }
        }
        return flags;
    }

    /** A flag: a file-scope variable, or a field of a global struct ({@code Globals.LookasideCreated}). */
    private boolean isFlag(AccessPath p) {
        return p.scope() == AccessPath.Scope.GLOBAL && !p.addressOf() && p.isDirectStorage()
                && program.isGlobalVariable(p.root());
    }

    private Set<AccessPath> initializedUnder(Function f, Summaries<ListSummary> table, PathFacts assumed) {
        Set<AccessPath> lists = new HashSet<>();
        if (assumed == null) return lists;
        states.solveAssuming(f, table, assumed).forEachOp((block, op, paths) -> {
            if (!(op instanceof Op.Call call)) return;
            for (ListEffect e : states.effects(f, call, table)) {
                if (e.role() != DdiRole.INITIALIZE) continue;
                for (ListState s : paths.states()) {
                    if (e.appliesOn(s.facts())) lists.add(e.list());
                }
            }
        });
        return lists;
    }

    private Set<AccessPath> deletedUnder(Function f, Summaries<ListSummary> table, PathFacts assumed) {
        Set<AccessPath> lists = new HashSet<>();
        if (assumed == null) return lists;
        PathSensitive.Paths<ListLifetime.Deleted> atExit = lifetime.solveDeletes(f, table, assumed).atExit();
        if (atExit == null) return lists;
        boolean first = true;
        for (ListLifetime.Deleted path : atExit.states()) {
            if (first) lists.addAll(path.lists());
            else lists.retainAll(path.lists());
            first = false;
        }
        return lists;
    }

    /** The tested or assigned globals that every return of {@code f} leaves with the same value. */
    private Map<AccessPath, Boolean> flagsAtExit(Function f, Summaries<ListSummary> table, Set<AccessPath> tested) {
        Set<AccessPath> flags = new HashSet<>(tested);
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Assign a && isFlag(a.target()) && a.constant() != Op.Constant.UNKNOWN) {
                    flags.add(a.target());
                }
            }
        }
        Map<AccessPath, Boolean> values = new HashMap<>();
        if (flags.isEmpty()) return values;
        Set<AccessPath> mixed = new HashSet<>();
        states.solveAssuming(f, table, PathFacts.NONE).forEachOp((block, op, paths) -> {
            if (!(op instanceof Op.Return)) return;
            for (ListState s : paths.states()) {
                for (AccessPath flag : flags) {
                    Boolean v = s.facts().truthy().get(flag);
                    if (v == null || values.containsKey(flag) && !values.get(flag).equals(v)) mixed.add(flag);
                    else values.put(flag, v);
                }
            }
        });
        values.keySet().removeAll(mixed);
        return values;
    }
}
