package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.SourceLocation;

/**
 * Where a block was freed: the call, the block as written there, the list it went back to (as
 * written and as a path; null for a pool free), the DDI family (POOL for {@code ExFreePool*}), and the
 * helper that freed it when the call is to a function that frees its argument (null for a direct
 * DDI call).
 */
public record FreeEvent(SourceLocation location, String function, String block, String list,
                        AccessPath listPath, String family, String helper) {

    public boolean toPool() {
        return family.equals("POOL");
    }

    /** How the free reads in a message: "freed to lookaside list 'L'", "freed by 'Helper'"... */
    public String describe() {
        if (helper != null) return "freed by '" + helper + "'";
        return toPool() ? "freed to pool" : "freed to lookaside list '" + list + "'";
    }
}
