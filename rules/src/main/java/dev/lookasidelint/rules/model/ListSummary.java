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
 * failure path. {@code flags}: what depends on, and what it leaves in, global flags.
 * {@code reinitializes}: the lists it may initialize while they are initialized on entry; the others it
 * deletes first (a reset helper), so a call of it on an initialized list is no second Initialize.
 */
public record ListSummary(Map<AccessPath, InitSite> initializes, Set<AccessPath> deletesOnEveryPath,
                          ResultKind result, Set<AccessPath> leftOnFailure, FlagEffects flags,
                          Set<AccessPath> reinitializes) {

    public static final ListSummary NONE =
            new ListSummary(Map.of(), Set.of(), ResultKind.NONE, Set.of(), FlagEffects.NONE, Set.of());

    public ListSummary {
        initializes = Map.copyOf(initializes);
        deletesOnEveryPath = Set.copyOf(deletesOnEveryPath);
        leftOnFailure = Set.copyOf(leftOnFailure);
        reinitializes = Set.copyOf(reinitializes);
    }

    public ListSummary(Map<AccessPath, InitSite> initializes, Set<AccessPath> deletesOnEveryPath) {
        this(initializes, deletesOnEveryPath, ResultKind.NONE, Set.of(), FlagEffects.NONE, Set.of());
    }

    /** True when a caller that sees this function fail may take {@code list} to be as it was before the call. */
    public boolean undoneOnFailure(AccessPath list) {
        return result != ResultKind.NONE && initializes.containsKey(list) && !leftOnFailure.contains(list);
    }

    /** True when every Initialize of {@code list} here comes after a Delete of it here (a reset helper). */
    public boolean resets(AccessPath list) {
        return initializes.containsKey(list) && !reinitializes.contains(list);
    }

    public ListSummary withFailureExits(ResultKind kind, Set<AccessPath> left) {
        return new ListSummary(initializes, deletesOnEveryPath, kind, left, flags, reinitializes);
    }

    public ListSummary withFlags(FlagEffects next) {
        return new ListSummary(initializes, deletesOnEveryPath, result, leftOnFailure, next, reinitializes);
    }

    public ListSummary withReinitializes(Set<AccessPath> lists) {
        return new ListSummary(initializes, deletesOnEveryPath, result, leftOnFailure, flags, lists);
    }
}
