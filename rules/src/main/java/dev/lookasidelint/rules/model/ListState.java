package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.ir.AccessPath;
import java.util.HashMap;
import java.util.Map;

/** The phase of each list header on one path (absent: not known), and what the path knows of values. */
public record ListState(Map<AccessPath, ListPhase> phases, PathFacts facts) {

    public ListState {
        phases = Map.copyOf(phases);
    }

    public ListPhase phaseOf(AccessPath list) {
        return list == null ? null : phases.get(list);
    }

    public ListState with(AccessPath list, ListPhase phase) {
        if (list == null || phase == phases.get(list)) return this;
        Map<AccessPath, ListPhase> p = new HashMap<>(phases);
        p.put(list, phase);
        return new ListState(p, facts);
    }

    public ListState withFacts(PathFacts next) {
        return next == facts ? this : new ListState(phases, next);
    }

    /** A phase survives a join only where both paths agree on it. */
    public static ListState join(ListState a, ListState b) {
        if (a.equals(b)) return a;
        Map<AccessPath, ListPhase> p = new HashMap<>(a.phases);
        p.entrySet().removeIf(e -> e.getValue() != b.phases.get(e.getKey()));
        return new ListState(p, PathFacts.join(a.facts, b.facts));
    }
}
