package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.dataflow.Analysis;
import dev.lookasidelint.analyzer.dataflow.CallEffects;
import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.dataflow.Solver;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.rules.ddi.CallbackDdi;
import java.util.HashSet;
import java.util.Set;

/**
 * Which callback registrations are stopped on every path so far (a must-analysis: paths meet by
 * intersection): a stop DDI ({@code FltUnregisterFilter}, {@code KeCancelTimer}, ...), a helper that
 * stops on every path (its summary), or a branch on which the registration's handle is NULL (it never
 * succeeded, so nothing is live: {@code if (g_Filter != NULL) FltUnregisterFilter(g_Filter);}).
 */
public final class CallbackStops {

    /**
     * A stopped registration: its group and identity. The identity is null when the stop names no
     * comparable object (a local copy of the handle); the group is null for a handle known to be NULL.
     */
    public record StopKey(String group, AccessPath identity) {
    }

    /**
     * One program point: the registrations stopped on every path to it, and what is known of values
     * there (a {@code g_NotifyRegistered} flag that DriverEntry set after the registration and the
     * unload tests before the stop).
     */
    public record State(Set<StopKey> stopped, PathFacts facts) {
        public static State join(State a, State b) {
            return new State(meet(a.stopped(), b.stopped()), PathFacts.join(a.facts(), b.facts()));
        }
    }

    private final Program program;
    private final CallbackRegistrations rows;
    private final int budget;

    public CallbackStops(Program program, CallbackRegistrations rows, int budget) {
        this.program = program;
        this.rows = rows;
        this.budget = budget;
    }

    /** The registrations {@code f} stops on every path, in terms of globals and its parameters. */
    public Set<StopKey> summarize(Function f, Summaries<Set<StopKey>> table) {
        State atExit = solve(f, table, new State(Set.of(), PathFacts.NONE), CallEffects.ANY_GLOBAL).atExit();
        if (atExit == null) return Set.of();
        Set<StopKey> kept = new HashSet<>();
        for (StopKey k : atExit.stopped()) {
            if (k.group() != null) kept.add(k); // NULL facts about globals are the caller's to learn
        }
        return Set.copyOf(kept);
    }

    /** {@code f} starting in {@code entry}; {@code calls} says which globals its calls may change. */
    public Solution<State> solve(Function f, Summaries<Set<StopKey>> table, State entry, CallEffects calls) {
        return Solver.solve(f.cfg(), new StopAnalysis(f, table, entry, calls), budget);
    }

    /** True when {@code state} says {@code r}'s callbacks can no longer run. */
    public static boolean stops(Set<StopKey> state, CallbackRegistration r) {
        AccessPath id = r.identity();
        if (id != null && id.scope() == AccessPath.Scope.GLOBAL) {
            return state.contains(new StopKey(r.group(), id)) || state.contains(new StopKey(null, id))
                    || state.contains(new StopKey(r.group(), null));
        }
        // not comparable across functions: any stop of the same kind counts
        return state.stream().anyMatch(k -> r.group().equals(k.group()));
    }

    /** What a stop names, kept only when it outlives the function (a global, or a path under a parameter). */
    private static StopKey key(String group, AccessPath identity) {
        boolean comparable = identity != null && (identity.scope() == AccessPath.Scope.GLOBAL
                || identity.scope() == AccessPath.Scope.PARAM);
        return new StopKey(group, comparable ? identity : null);
    }

    /** The paths where {@code a} and {@code b} meet: keys of one that the other also establishes. */
    public static Set<StopKey> meet(Set<StopKey> a, Set<StopKey> b) {
        Set<StopKey> both = new HashSet<>();
        for (StopKey k : a) if (covers(b, k)) both.add(k);
        for (StopKey k : b) if (covers(a, k)) both.add(k);
        return both.equals(a) ? a : Set.copyOf(both);
    }

    private static boolean covers(Set<StopKey> state, StopKey k) {
        return state.contains(k) || k.identity() != null && state.contains(new StopKey(null, k.identity()));
    }

    private final class StopAnalysis implements Analysis<State> {
        private final Function function;
        private final Summaries<Set<StopKey>> table;
        private final State entry;
        private final CallEffects calls;

        StopAnalysis(Function function, Summaries<Set<StopKey>> table, State entry, CallEffects calls) {
            this.function = function;
            this.table = table;
            this.entry = entry;
            this.calls = calls;
        }

        @Override
        public State initial() {
            return entry;
        }

        @Override
        public State transfer(Op op, State state) {
            PathFacts facts = state.facts().after(op, calls);
            Set<StopKey> stopped = stoppedAfter(op, state.stopped());
            return facts == state.facts() && stopped == state.stopped() ? state : new State(stopped, facts);
        }

        private Set<StopKey> stoppedAfter(Op op, Set<StopKey> state) {
            if (!(op instanceof Op.Call call) || call.callee() == null) return state;
            CallbackDdi stop = rows.row(call, CallbackDdi.Kind.STOP);
            if (stop != null) {
                return add(state, Set.of(key(stop.group(), stop.identity() == null ? null : stop.identity().path(call))));
            }
            Function callee = CallSites.callee(program, function, call);
            if (callee == null || callee == function) return state;
            Set<StopKey> mine = new HashSet<>();
            for (StopKey k : table.of(callee)) {
                AccessPath id = k.identity() == null ? null : CallSites.toCaller(k.identity(), callee, call);
                mine.add(key(k.group(), id));
            }
            return add(state, mine);
        }

        private Set<StopKey> add(Set<StopKey> state, Set<StopKey> keys) {
            if (state.containsAll(keys)) return state;
            Set<StopKey> next = new HashSet<>(state);
            next.addAll(keys);
            return Set.copyOf(next);
        }

        @Override
        public State refine(Edge edge, State state) {
            Condition c = edge.condition();
            PathFacts facts = state.facts().assume(c);
            if (facts == null) return null; // a branch DriverEntry's success rules out
            Set<StopKey> stopped = state.stopped();
            if (c != null && c.kind() == Condition.Kind.FALSY && c.path() != null
                    && c.path().scope() == AccessPath.Scope.GLOBAL) {
                stopped = add(stopped, Set.of(new StopKey(null, c.path()))); // a NULL handle: never registered
            }
            return new State(stopped, facts);
        }

        @Override
        public State join(State a, State b) {
            return State.join(a, b);
        }
    }
}
