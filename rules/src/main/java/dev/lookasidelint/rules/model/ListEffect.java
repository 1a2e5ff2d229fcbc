package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.rules.ddi.DdiRole;

/**
 * What one call does to one list: a DDI's role, or a helper's summary (it initializes the list on
 * some path, or deletes it on every path). {@code helper} names the helper, null for a DDI call.
 * {@code failureSignal}: for a helper's Initialize that the helper undoes when it reports failure, how
 * its result reports it (a status, or a boolean), so the call's result says whether the list is
 * initialized; {@code NONE} otherwise. {@code guard}: the global flag value the helper's effect depends
 * on (null: none).
 */
public record ListEffect(AccessPath list, DdiRole role, String helper, ResultKind failureSignal, FlagGuard guard) {

    public ListEffect(AccessPath list, DdiRole role, String helper) {
        this(list, role, helper, ResultKind.NONE, null);
    }

    public ListEffect(AccessPath list, DdiRole role, String helper, ResultKind failureSignal) {
        this(list, role, helper, failureSignal, null);
    }

    /** True for a helper's Initialize that the helper undoes when it reports failure. */
    public boolean undoneOnFailure() {
        return failureSignal != ResultKind.NONE;
    }

    /**
     * True when the effect happens on a path with {@code facts} before the call: a guarded Initialize
     * unless the path knows its flag is the other way, a guarded Delete only when the path knows its
     * flag holds.
     */
    public boolean appliesOn(PathFacts facts) {
        if (guard == null) return true;
        return role == DdiRole.DELETE ? guard.holdsOn(facts) : !guard.failsOn(facts);
    }
}
