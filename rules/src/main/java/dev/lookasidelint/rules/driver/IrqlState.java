package dev.lookasidelint.rules.driver;

import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.ir.SourceLocation;

/**
 * One path's IRQL at a point of a function: how many raised regions (spin locks held, IRQL raises) are
 * open, the call that opened the outermost of them ({@code raisedBy} at {@code raisedAt}, saying
 * {@code what}: "a spin lock is held"), and what the path knows of values, so that
 * {@code if (Shared) acquire; ... if (Shared) release;} releases on the path that acquired. Depth 0
 * means the function has not raised IRQL itself on this path.
 */
public record IrqlState(int depth, SourceLocation raisedAt, String raisedBy, String what, PathFacts facts) {
    /** Nested regions beyond this are not counted apart: the domain stays finite inside loops. */
    static final int MAX_DEPTH = 4;

    public static final IrqlState PASSIVE = new IrqlState(0, null, null, null, PathFacts.NONE);

    public boolean raised() {
        return depth > 0;
    }

    /** The raised path among {@code paths} (the one with the earliest opener), or null when none is raised. */
    public static IrqlState anyRaised(PathSensitive.Paths<IrqlState> paths) {
        IrqlState best = null;
        for (IrqlState s : paths.states()) {
            if (s.raised() && (best == null || s.raisedAt.compareTo(best.raisedAt) < 0)) best = s;
        }
        return best;
    }

    IrqlState withFacts(PathFacts next) {
        return next == facts ? this : new IrqlState(depth, raisedAt, raisedBy, what, next);
    }

    /** One more region; the outermost opener is the one a finding shows. */
    IrqlState raise(SourceLocation at, String by, String description) {
        if (depth == 0) return new IrqlState(1, at, by, description, facts);
        return new IrqlState(Math.min(depth + 1, MAX_DEPTH), raisedAt, raisedBy, what, facts);
    }

    /** The innermost region closes; a release without an acquire this function saw changes nothing. */
    IrqlState lower() {
        if (depth <= 1) return new IrqlState(0, null, null, null, facts);
        return new IrqlState(depth - 1, raisedAt, raisedBy, what, facts);
    }

    /**
     * May-join: raised when either side may be raised. A region released on every path is closed on
     * both sides, so it stays closed after the join. Ties keep the earlier opener, so the join does
     * not depend on the order the solver meets the paths in.
     */
    static IrqlState join(IrqlState a, IrqlState b) {
        PathFacts facts = PathFacts.join(a.facts, b.facts);
        IrqlState kept;
        if (a.depth != b.depth) kept = a.depth > b.depth ? a : b;
        else if (a.depth == 0 || b.raisedAt == null) kept = a;
        else if (a.raisedAt == null) kept = b;
        else kept = a.raisedAt.compareTo(b.raisedAt) <= 0 ? a : b;
        return kept.withFacts(facts);
    }
}
