package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;

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

    /** True for storage that outlives the function: a global, or anything reached through a pointer. */
    public static boolean outlivesFunction(AccessPath path) {
        return path.scope() == AccessPath.Scope.GLOBAL || !path.isDirectStorage();
    }
}
