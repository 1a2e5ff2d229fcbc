package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.dataflow.Analysis;
import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.dataflow.Solver;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.rules.ddi.DdiRole;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a teardown routine (a WDF cleanup callback, {@code MiniportHaltEx}, a C++ destructor) deletes a
 * list on a path, directly or through helpers. The list may have several names in the routine
 * ({@code ctx->List} for each local that holds the context); a path that deletes any of them deletes it.
 * A path that tested another field of the object holding the list and found it zero (an
 * {@code ctx->ListReady} flag) is taken to have found the list not set up: that is remembered from the
 * branch on, since later calls make the path forget what it knew of the field.
 */
public final class TeardownDeletes {
    private static final int PATHS = 8;

    /** One path: whether it deleted the list, whether it found a flag of its object zero, what it knows. */
    public record Teardown(boolean deleted, boolean flagZero, PathFacts facts) {
        public boolean misses() {
            return !deleted && !flagZero;
        }
    }

    private TeardownDeletes() {
    }

    /** The routine's analysis when some path returns without deleting the list, else null. */
    public static Solution<PathSensitive.Paths<Teardown>> missing(ListStates states, Summaries<ListSummary> table,
                                                                  Function routine, List<AccessPath> names, int budget) {
        if (names.isEmpty()) return null;
        Solution<PathSensitive.Paths<Teardown>> solution = solve(states, table, routine, names, budget);
        PathSensitive.Paths<Teardown> atExit = solution.atExit();
        if (atExit == null) return null; // never returns
        return atExit.states().stream().anyMatch(Teardown::misses) ? solution : null;
    }

    public static Solution<PathSensitive.Paths<Teardown>> solve(ListStates states, Summaries<ListSummary> table,
                                                                Function routine, List<AccessPath> names, int budget) {
        return Solver.solve(routine.cfg(), new PathSensitive<>(new Walk(states, table, routine, names), PATHS,
                t -> t.deleted() || t.flagZero()), budget);
    }

    /** The pointers through which the names reach the list: {@code ctx} for {@code ctx->Pools.List}. */
    private static List<AccessPath> holdersOf(List<AccessPath> names) {
        List<AccessPath> holders = new ArrayList<>();
        for (AccessPath list : names) {
            List<String> s = list.selectors();
            if (!s.isEmpty() && s.get(0).startsWith("->")) holders.add(AccessPath.variable(list.root(), list.scope()));
        }
        return holders;
    }

    private static final class Walk implements Analysis<Teardown> {
        private final ListStates states;
        private final Summaries<ListSummary> table;
        private final Function routine;
        private final List<AccessPath> names;
        private final List<AccessPath> holders;

        Walk(ListStates states, Summaries<ListSummary> table, Function routine, List<AccessPath> names) {
            this.states = states;
            this.table = table;
            this.routine = routine;
            this.names = names;
            this.holders = holdersOf(names);
        }

        @Override
        public Teardown initial() {
            return new Teardown(false, false, PathFacts.NONE);
        }

        @Override
        public Teardown transfer(Op op, Teardown state) {
            PathFacts facts = state.facts().after(op);
            boolean deleted = state.deleted();
            if (!deleted && op instanceof Op.Call call) {
                for (ListEffect e : states.effects(routine, call, table)) {
                    if (e.role() == DdiRole.DELETE && names.contains(e.list())) deleted = true;
                }
            }
            return new Teardown(deleted, state.flagZero(), facts);
        }

        @Override
        public Teardown refine(Edge edge, Teardown state) {
            Condition c = edge.condition();
            PathFacts facts = state.facts().assume(c);
            if (facts == null) return null;
            boolean zero = state.flagZero();
            if (!zero && c != null && c.path() != null && Boolean.FALSE.equals(facts.truthy().get(c.path()))) {
                for (AccessPath holder : holders) {
                    if (holder.isPrefixOf(c.path()) && !holder.equals(c.path()) && !names.contains(c.path())) zero = true;
                }
            }
            return new Teardown(state.deleted(), zero, facts);
        }

        @Override
        public Teardown join(Teardown a, Teardown b) {
            return new Teardown(a.deleted() && b.deleted(), a.flagZero() && b.flagZero(),
                    PathFacts.join(a.facts(), b.facts()));
        }
    }
}
