package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import java.util.List;

/**
 * How one object in storage is recognised across functions: a global by its path, anything reached
 * through a pointer by its last field ({@code ext->PendingQueue} in the dispatch routine and
 * {@code devExt->PendingQueue} in the remove routine are the same queue). Field names stand for their
 * struct: two structs with a field of the same name are taken as one.
 */
public final class StorageKeys {
    private StorageKeys() {
    }

    public static String of(AccessPath path) {
        if (path.scope() == AccessPath.Scope.GLOBAL || path.selectors().isEmpty()) return path.toString();
        return "field " + path.selectors().get(path.selectors().size() - 1).replaceFirst("^(->|\\.)", "");
    }

    /**
     * True when {@link #of} names one object the other functions can name too: a global, or a path that
     * ends in a field. {@code *Out} (an out-parameter) or {@code p[i]} has no name to match by: its key
     * would stand for every such path of the project.
     */
    public static boolean isNamed(AccessPath path) {
        if (path.scope() == AccessPath.Scope.GLOBAL) return true;
        List<String> s = path.selectors();
        return !s.isEmpty() && (s.get(s.size() - 1).startsWith("->") || s.get(s.size() - 1).startsWith("."));
    }

    /** True for storage that outlives the function: a global, or anything reached through a pointer. */
    public static boolean outlivesFunction(AccessPath path) {
        return path.scope() == AccessPath.Scope.GLOBAL || !path.isDirectStorage();
    }
}
