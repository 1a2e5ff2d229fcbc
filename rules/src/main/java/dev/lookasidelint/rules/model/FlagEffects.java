package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.ir.AccessPath;
import java.util.Map;

/**
 * What a helper's summary says about global flags: lists it initializes or deletes only when a flag
 * has a given value at the call ({@code guardedInits}, {@code guardedDeletes}: a delete here happens on
 * every path where the guard holds), and the flags it leaves with the same value on every return
 * ({@code flagsAtExit}: after {@code EnsureCaches()} the caller knows {@code g_CacheReady} is set).
 */
public record FlagEffects(Map<AccessPath, FlagGuard> guardedInits, Map<AccessPath, FlagGuard> guardedDeletes,
                          Map<AccessPath, Boolean> flagsAtExit) {

    public static final FlagEffects NONE = new FlagEffects(Map.of(), Map.of(), Map.of());

    public FlagEffects {
        guardedInits = Map.copyOf(guardedInits);
        guardedDeletes = Map.copyOf(guardedDeletes);
        flagsAtExit = Map.copyOf(flagsAtExit);
    }

    /** {@code facts} after a call of the helper: the flags it leaves set or clear. */
    public PathFacts afterCall(PathFacts facts) {
        PathFacts result = facts;
        for (var e : flagsAtExit.entrySet()) {
            PathFacts next = result.forget(e.getKey()).assume(new FlagGuard(e.getKey(), e.getValue()).condition());
            if (next != null) result = next;
        }
        return result;
    }
}
