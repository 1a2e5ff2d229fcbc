package dev.lookasidelint.rules.driver;

import dev.lookasidelint.analyzer.ir.SourceLocation;

/**
 * How many raised regions (spin locks held, IRQL raises) may be open at a point of a function, and the
 * call that opened the outermost of them: {@code raisedBy} at {@code raisedAt}, saying {@code what}
 * ("a spin lock is held"). Depth 0 means the function has not raised IRQL itself there.
 */
public record IrqlState(int depth, SourceLocation raisedAt, String raisedBy, String what) {
    /** Nested regions beyond this are not counted apart: the domain stays finite inside loops. */
    static final int MAX_DEPTH = 4;

    public static final IrqlState PASSIVE = new IrqlState(0, null, null, null);

    public boolean raised() {
        return depth > 0;
    }

    /** One more region; the outermost opener is the one a finding shows. */
    IrqlState raise(SourceLocation at, String by, String description) {
        if (depth == 0) return new IrqlState(1, at, by, description);
        return new IrqlState(Math.min(depth + 1, MAX_DEPTH), raisedAt, raisedBy, what);
    }

    /** The innermost region closes; a release without an acquire this function saw changes nothing. */
    IrqlState lower() {
        if (depth <= 1) return PASSIVE;
        return new IrqlState(depth - 1, raisedAt, raisedBy, what);
    }

    /**
     * May-join: raised when either side may be raised. A region released on every path is closed on
     * both sides, so it stays closed after the join. Ties keep the earlier opener, so the join does
     * not depend on the order the solver meets the paths in.
     */
    static IrqlState join(IrqlState a, IrqlState b) {
        if (a.depth != b.depth) return a.depth > b.depth ? a : b;
        if (a.depth == 0 || b.raisedAt == null) return a;
        if (a.raisedAt == null) return b;
        return a.raisedAt.compareTo(b.raisedAt) <= 0 ? a : b;
    }
}
