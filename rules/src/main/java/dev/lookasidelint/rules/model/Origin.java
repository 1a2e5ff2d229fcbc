package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.SourceLocation;

/**
 * Where a block came from: the allocate call, the list it was taken from as written and as a path
 * (null for pool memory, or when the list is not a plain path), and the DDI family (NPAGED, PAGED,
 * EX, NDIS, or POOL for pool memory).
 */
public record Origin(SourceLocation location, String listText, AccessPath list, String family) {

    public boolean isPool() {
        return family.equals("POOL");
    }
}
