package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.rules.ddi.DdiRole;

/**
 * What one call does to one list: a DDI's role, or a helper's summary (it initializes the list on
 * some path, or deletes it on every path). {@code helper} names the helper, null for a DDI call.
 */
public record ListEffect(AccessPath list, DdiRole role, String helper) {
}
