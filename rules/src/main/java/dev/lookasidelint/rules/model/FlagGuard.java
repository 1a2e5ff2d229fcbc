package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;

/**
 * A global flag's value that a helper's effect on a list depends on, as it was when the helper was
 * called: {@code if (g_ListReady) ExDelete...(&g_List);} deletes only when {@code g_ListReady} is set;
 * {@code if (g_CacheReady) return; ExInitialize...} initializes only when it is clear.
 */
public record FlagGuard(AccessPath flag, boolean set) {

    /** True when the caller's path knows the flag has this value. */
    public boolean holdsOn(PathFacts facts) {
        Boolean known = facts.truthy().get(flag);
        return known != null && known == set;
    }

    /** True when the caller's path knows the flag has the other value. */
    public boolean failsOn(PathFacts facts) {
        Boolean known = facts.truthy().get(flag);
        return known != null && known != set;
    }

    /** The flag's value as a condition a path can assume. */
    public Condition condition() {
        return new Condition(set ? Condition.Kind.TRUTHY : Condition.Kind.FALSY, flag, flag.toString(), null);
    }
}
