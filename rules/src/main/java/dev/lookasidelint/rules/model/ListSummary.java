package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import java.util.Map;
import java.util.Set;

/**
 * What a function does to list headers that outlive it (globals, and objects reached through its
 * parameters): the lists it or its callees initialize on some path, and the lists deleted on every
 * path from its entry to its return. For a function whose result tells failure ({@code result}: a
 * status, or a boolean), also the lists it may leave initialized when it reports failure: the others
 * are undone on failure, so a caller that tests the result knows they are not initialized on its
 * failure path.
 */
public record ListSummary(Map<AccessPath, InitSite> initializes, Set<AccessPath> deletesOnEveryPath,
                          ResultKind result, Set<AccessPath> leftOnFailure) {

    public static final ListSummary NONE = new ListSummary(Map.of(), Set.of(), ResultKind.NONE, Set.of());

    public ListSummary {
        initializes = Map.copyOf(initializes);
        deletesOnEveryPath = Set.copyOf(deletesOnEveryPath);
        leftOnFailure = Set.copyOf(leftOnFailure);
    }

    public ListSummary(Map<AccessPath, InitSite> initializes, Set<AccessPath> deletesOnEveryPath) {
        this(initializes, deletesOnEveryPath, ResultKind.NONE, Set.of());
    }

    /** True when a caller that sees this function fail may take {@code list} to be as it was before the call. */
    public boolean undoneOnFailure(AccessPath list) {
        return result != ResultKind.NONE && initializes.containsKey(list) && !leftOnFailure.contains(list);
    }

    public ListSummary withFailureExits(ResultKind result, Set<AccessPath> leftOnFailure) {
        return new ListSummary(initializes, deletesOnEveryPath, result, leftOnFailure);
    }
}
