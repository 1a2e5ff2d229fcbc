package dev.lookasidelint.rules.model;

import java.util.Map;

/**
 * What a function does to paged lookaside lists where it has not raised IRQL itself, directly or
 * through its callees, one use per list: a caller that calls it at raised IRQL does all of them there.
 */
public record PagedUseSummary(Map<String, PagedUse> uses) {
    public static final PagedUseSummary NONE = new PagedUseSummary(Map.of());

    public PagedUseSummary {
        uses = Map.copyOf(uses);
    }
}
