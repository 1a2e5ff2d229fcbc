package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import java.util.Map;
import java.util.Set;

/**
 * What a function does to list headers that outlive it (globals, and objects reached through its
 * parameters): the lists it or its callees initialize on some path, and the lists deleted on every
 * path from its entry to its return. For a function that returns a status, also the lists it may
 * leave initialized when it returns a failure: the others are undone on failure, so a caller that
 * tests the status knows they are not initialized on its failure path.
 */
public record ListSummary(Map<AccessPath, InitSite> initializes, Set<AccessPath> deletesOnEveryPath,
                          boolean returnsStatus, Set<AccessPath> leftOnFailure) {

    public static final ListSummary NONE = new ListSummary(Map.of(), Set.of(), false, Set.of());

    public ListSummary {
        initializes = Map.copyOf(initializes);
        deletesOnEveryPath = Set.copyOf(deletesOnEveryPath);
        leftOnFailure = Set.copyOf(leftOnFailure);
    }

    public ListSummary(Map<AccessPath, InitSite> initializes, Set<AccessPath> deletesOnEveryPath) {
        this(initializes, deletesOnEveryPath, false, Set.of());
    }

    /** True when a caller that sees this function fail may take {@code list} to be as it was before the call. */
    public boolean undoneOnFailure(AccessPath list) {
        return returnsStatus && initializes.containsKey(list) && !leftOnFailure.contains(list);
    }

    public ListSummary withFailureExits(boolean returnsStatus, Set<AccessPath> leftOnFailure) {
        return new ListSummary(initializes, deletesOnEveryPath, returnsStatus, leftOnFailure);
    }
}
