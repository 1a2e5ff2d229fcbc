package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.rules.ddi.DdiRole;

/**
 * What one call does to one list: a DDI's role, or a helper's summary (it initializes the list on
 * some path, or deletes it on every path). {@code helper} names the helper, null for a DDI call.
 * {@code undoneOnFailure}: a helper's Initialize that the helper undoes when it returns a failure
 * status, so the call's status says whether the list is initialized.
 */
public record ListEffect(AccessPath list, DdiRole role, String helper, boolean undoneOnFailure) {

    public ListEffect(AccessPath list, DdiRole role, String helper) {
        this(list, role, helper, false);
    }
}
