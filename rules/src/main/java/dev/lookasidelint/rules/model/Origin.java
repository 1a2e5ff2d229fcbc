package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.SourceLocation;

/**
 * Where a block came from: the allocate call, the list it was taken from as written and as a path
 * (null for pool memory, or when the list is not a plain path), and the DDI family (NPAGED, PAGED,
 * EX, NDIS, or POOL for pool memory). {@code wrapper} names the function called at {@code location}
 * when the block came through an allocation wrapper (a function whose summary says it returns a block
 * it allocated), null for a direct DDI call; {@code canBeNull} is false when that wrapper never returns
 * NULL (it checks the result and raises or bugchecks).
 */
public record Origin(SourceLocation location, String listText, AccessPath list, String family, String wrapper,
                     boolean canBeNull) {

    /** A block from a direct DDI call: it may be NULL. */
    public Origin(SourceLocation location, String listText, AccessPath list, String family) {
        this(location, listText, list, family, null, true);
    }

    public boolean isPool() {
        return family.equals("POOL");
    }

    /** How the allocation reads in a message: "allocated from lookaside list 'L' by 'AllocCtx'"... */
    public String describe() {
        String from = isPool() ? "allocated from pool" : "allocated from lookaside list '" + listText + "'";
        return wrapper == null ? from : from + " by '" + wrapper + "'";
    }

    /** The list in a message: "lookaside list 'L'", or "lookaside list 'L' (through 'AllocCtx')". */
    public String source() {
        String list = "lookaside list '" + listText + "'";
        return wrapper == null ? list : list + " (through '" + wrapper + "')";
    }

    /** The same allocation as seen from a caller: at its call, through {@code function}, from {@code list}. */
    public Origin through(SourceLocation call, String function, String listText, AccessPath list) {
        return new Origin(call, listText, list, family, function, canBeNull);
    }

    /** The same allocation once the path has checked it is not NULL. */
    public Origin checked() {
        return canBeNull ? new Origin(location, listText, list, family, wrapper, false) : this;
    }

    /**
     * The origin two joined paths agree on: the same allocation, NULL-checked only if both checked it;
     * null when they hold blocks from different allocations (or one holds none).
     */
    public static Origin join(Origin a, Origin b) {
        if (a == null || b == null) return null;
        if (a.equals(b)) return a;
        if (a.checked().equals(b.checked())) return a.canBeNull ? a : b;
        return null;
    }
}
