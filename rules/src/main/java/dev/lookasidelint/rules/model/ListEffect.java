package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.rules.ddi.DdiRole;

/**
 * What one call does to one list: a DDI's role, or a helper's summary (it initializes the list on
 * some path, or deletes it on every path). {@code helper} names the helper, null for a DDI call.
 * {@code failureSignal}: for a helper's Initialize that the helper undoes when it reports failure, how
 * its result reports it (a status, or a boolean), so the call's result says whether the list is
 * initialized; {@code NONE} otherwise.
 */
public record ListEffect(AccessPath list, DdiRole role, String helper, ResultKind failureSignal) {

    public ListEffect(AccessPath list, DdiRole role, String helper) {
        this(list, role, helper, ResultKind.NONE);
    }

    /** True for a helper's Initialize that the helper undoes when it reports failure. */
    public boolean undoneOnFailure() {
        return failureSignal != ResultKind.NONE;
    }
}
