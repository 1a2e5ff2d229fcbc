package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * The phase of each list header on one path (absent: not known), what the path knows of values, and
 * the statuses of Initialize calls not checked yet: {@code status = ExInitializeLookasideListEx(&L, ...)}
 * initializes {@code L} only when it succeeds, so a failure check on {@code status} puts {@code L} back
 * in the phase it had before.
 */
public record ListState(Map<AccessPath, ListPhase> phases, PathFacts facts, Map<AccessPath, PendingInit> pending,
                        Set<AccessPath> freed) {

    /**
     * An Initialize whose status is in a variable and not tested yet: the lists it initializes (one for
     * the DDI, several for a helper), the phase of each before the call (null: unknown), where the
     * call is, whether it is the DDI itself (false: a helper that leaves these lists uninitialized when
     * it fails), and how the result tells failure ({@code NTSTATUS} for the DDI; a helper's may be a boolean).
     */
    public record PendingInit(List<AccessPath> lists, List<ListPhase> before, SourceLocation at, boolean direct,
                              ResultKind kind) {
        public PendingInit {
            lists = List.copyOf(lists);
            before = java.util.Collections.unmodifiableList(new ArrayList<>(before)); // phases may be null
        }

        /** The one list of a DDI's Initialize. */
        public AccessPath list() {
            return lists.get(0);
        }

        public boolean covers(AccessPath list) {
            return lists.contains(list);
        }

        public ListPhase phaseBefore(AccessPath list) {
            return before.get(lists.indexOf(list));
        }

        PendingInit plus(AccessPath list, ListPhase phase) {
            List<AccessPath> l = new ArrayList<>(lists);
            List<ListPhase> b = new ArrayList<>(before);
            l.add(list);
            b.add(phase);
            return new PendingInit(l, b, at, direct, kind);
        }
    }

    public ListState {
        phases = Map.copyOf(phases);
        pending = Map.copyOf(pending);
        freed = Set.copyOf(freed);
    }

    public ListState(Map<AccessPath, ListPhase> phases, PathFacts facts, Map<AccessPath, PendingInit> pending) {
        this(phases, facts, pending, Set.of());
    }

    /**
     * The storage {@code end} ends on this path: the lists in it are gone, and the pointers it freed are
     * remembered, so that a list reached through one of them later is a use of freed memory.
     */
    public ListState ended(StorageEnds.End end) {
        Map<AccessPath, ListPhase> p = new HashMap<>(phases);
        p.replaceAll((list, phase) -> end.covers(list) ? ListPhase.STORAGE_FREED : phase);
        Set<AccessPath> f = new HashSet<>(freed);
        f.addAll(end.freed());
        return new ListState(p, facts, pending, f);
    }

    /** The freed pointer through which {@code list} is reached on this path, or null. */
    public AccessPath freedStorageOf(AccessPath list) {
        for (AccessPath p : freed) {
            if (p.isPrefixOf(list) && !p.equals(list)) return p;
        }
        return null;
    }

    /**
     * {@code target} was assigned: it points somewhere else now, so a freed pointer it held is no longer
     * freed, and the lists reached through it ({@code ext->List} when {@code ext} moves to the next
     * device) are other lists whose phase this path does not know.
     */
    public ListState reassigned(AccessPath target) {
        boolean freedGone = freed.stream().anyMatch(target::isPrefixOf);
        boolean listsGone = phases.keySet().stream().anyMatch(l -> target.isPrefixOf(l) && !target.equals(l));
        if (!freedGone && !listsGone) return this;
        Set<AccessPath> f = new HashSet<>(freed);
        f.removeIf(target::isPrefixOf);
        Map<AccessPath, ListPhase> p = new HashMap<>(phases);
        p.keySet().removeIf(l -> target.isPrefixOf(l) && !target.equals(l));
        return new ListState(p, facts, pending, f);
    }

    public ListPhase phaseOf(AccessPath list) {
        return list == null ? null : phases.get(list);
    }

    public ListState with(AccessPath list, ListPhase phase) {
        if (list == null || phase == phases.get(list)) return this;
        Map<AccessPath, ListPhase> p = new HashMap<>(phases);
        if (phase == null) p.remove(list);
        else p.put(list, phase);
        return new ListState(p, facts, pending, freed);
    }

    public ListState withFacts(PathFacts next) {
        return next == facts ? this : new ListState(phases, next, pending, freed);
    }

    /** {@code status} now holds the result of an Initialize of {@code list}, which tells failure as {@code kind}. */
    public ListState pendingOn(AccessPath status, AccessPath list, ListPhase before, SourceLocation at,
                               boolean direct, ResultKind kind) {
        Map<AccessPath, PendingInit> p = new HashMap<>(pending);
        PendingInit same = p.get(status);
        if (same != null && same.at().equals(at) && !same.covers(list)) {
            p.put(status, same.plus(list, before)); // a helper that sets up several lists
        } else {
            List<ListPhase> phase = new ArrayList<>();
            phase.add(before);
            p.put(status, new PendingInit(List.of(list), phase, at, direct, kind));
        }
        return new ListState(phases, facts, p, freed);
    }

    /** {@code target} was assigned: a status it held is gone. */
    public ListState forgetStatus(AccessPath target) {
        if (pending.keySet().stream().noneMatch(target::isPrefixOf)) return this;
        Map<AccessPath, PendingInit> p = new HashMap<>(pending);
        p.keySet().removeIf(target::isPrefixOf);
        return new ListState(phases, facts, p, freed);
    }

    /**
     * The test {@code c} of a pending status: on its failure edge the list goes back to its earlier phase;
     * on success, or an outcome the test does not tell, it stays.
     */
    public ListState statusChecked(Condition c) {
        PendingInit init = c.path() == null ? null : pending.get(c.path());
        if (init == null) return this;
        ListState s = forgetStatus(c.path());
        if (!Boolean.FALSE.equals(init.kind().succeeded(c))) return s;
        for (int i = 0; i < init.lists().size(); i++) s = s.with(init.lists().get(i), init.before().get(i));
        return s;
    }

    /** A phase, a pending status or a freed pointer survives a join only where both paths agree on it. */
    public static ListState join(ListState a, ListState b) {
        if (a.equals(b)) return a;
        Map<AccessPath, ListPhase> p = new HashMap<>(a.phases);
        p.entrySet().removeIf(e -> e.getValue() != b.phases.get(e.getKey()));
        Map<AccessPath, PendingInit> q = new HashMap<>(a.pending);
        q.entrySet().removeIf(e -> !e.getValue().equals(b.pending.get(e.getKey())));
        Set<AccessPath> f = new HashSet<>(a.freed);
        f.retainAll(b.freed); // freed on both paths: a use after it is a use of freed memory either way
        return new ListState(p, PathFacts.join(a.facts, b.facts), q, f);
    }
}
