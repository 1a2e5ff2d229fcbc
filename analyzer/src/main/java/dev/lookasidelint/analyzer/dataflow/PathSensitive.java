package dev.lookasidelint.analyzer.dataflow;

import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.ir.Op;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps up to {@code limit} paths apart instead of joining them, so that a status or NULL check
 * later in the function is read against what each path did earlier. Past the limit, paths that agree
 * on what the analysis tracks are joined, so the paths that differ in it stay apart: the
 * {@code partitions} go from fine (say, which free freed which block) to coarse (which blocks are
 * freed), and the first that gives few enough groups is used. If none does, all paths are joined into
 * one, which is what the plain analysis would have computed.
 *
 * @param <S> the state of one path
 */
public final class PathSensitive<S> implements Analysis<PathSensitive.Paths<S>> {

    /** The states of the paths kept apart; never empty. */
    public record Paths<S>(Set<S> states) {
        public Paths {
            // most program points have one path: a one-element set is a tenth of the memory of a linked
            // one, and the solutions kept for the rules hold hundreds of thousands of them
            states = states.size() == 1 ? Set.of(states.iterator().next())
                    : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(states));
        }
    }

    private final Analysis<S> inner;
    private final int limit;
    private final List<java.util.function.Function<S, Object>> partitions;

    @SafeVarargs
    public PathSensitive(Analysis<S> inner, int limit, java.util.function.Function<S, Object>... partitions) {
        this.inner = inner;
        this.limit = limit;
        this.partitions = List.of(partitions);
    }

    @Override
    public Paths<S> initial() {
        return new Paths<>(Set.of(inner.initial()));
    }

    @Override
    public Paths<S> transfer(Op op, Paths<S> paths) {
        Set<S> out = null;
        boolean changed = false;
        List<S> next = new ArrayList<>(paths.states().size());
        for (S s : paths.states()) {
            S t = inner.transfer(op, s);
            changed |= t != s;
            next.add(t);
        }
        if (!changed) return paths; // most ops change nothing: skip rebuilding (and rehashing) the set
        out = new LinkedHashSet<>(next);
        return new Paths<>(out);
    }

    @Override
    public Paths<S> refine(Edge edge, Paths<S> paths) {
        Set<S> out = new LinkedHashSet<>();
        for (S s : paths.states()) {
            S r = inner.refine(edge, s);
            if (r != null) out.add(r);
        }
        return out.isEmpty() ? null : new Paths<>(out);
    }

    @Override
    public Paths<S> join(Paths<S> a, Paths<S> b) {
        Set<S> all = new LinkedHashSet<>(a.states());
        all.addAll(b.states());
        if (all.size() <= limit) return new Paths<>(all);
        for (java.util.function.Function<S, Object> partition : partitions) {
            java.util.Map<Object, S> groups = new java.util.LinkedHashMap<>();
            for (S s : all) groups.merge(partition.apply(s), s, inner::join);
            if (groups.size() <= limit) return new Paths<>(new LinkedHashSet<>(groups.values()));
        }
        List<S> list = new ArrayList<>(all);
        S merged = list.get(0);
        for (int i = 1; i < list.size(); i++) merged = inner.join(merged, list.get(i));
        return new Paths<>(Set.of(merged));
    }
}
