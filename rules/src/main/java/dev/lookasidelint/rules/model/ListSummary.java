package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import java.util.Map;
import java.util.Set;

/**
 * What a function does to list headers that outlive it (globals, and objects reached through its
 * parameters): the lists it or its callees initialize on some path, and the lists deleted on every
 * path from its entry to its return.
 */
public record ListSummary(Map<AccessPath, InitSite> initializes, Set<AccessPath> deletesOnEveryPath) {

    public static final ListSummary NONE = new ListSummary(Map.of(), Set.of());

    public ListSummary {
        initializes = Map.copyOf(initializes);
        deletesOnEveryPath = Set.copyOf(deletesOnEveryPath);
    }
}
