package dev.lookasidelint.analyzer.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A k-limited access path such as {@code g}, {@code &g}, {@code ext->List}, {@code ctx->A.B} or
 * {@code *pp}. Selectors are {@code ->F}, {@code .F}, {@code *} and {@code []} (any index).
 * {@code (*p).F} is normalised to {@code p->F}, and {@code *&x} to {@code x}, so that equal
 * objects have equal paths.
 */
public final class AccessPath {

    /** Paths longer than this are cut: beyond it, aliasing is not tracked anyway. */
    public static final int MAX_SELECTORS = 6;

    public enum Scope { LOCAL, PARAM, GLOBAL }

    private final String root;
    private final Scope scope;
    private final List<String> selectors;
    private final boolean addressOf;
    /** Paths are hashed constantly by the dataflow states: computed once. */
    private final int hash;

    public AccessPath(String root, Scope scope, List<String> selectors, boolean addressOf) {
        this.root = root;
        this.scope = scope;
        this.selectors = List.copyOf(selectors);
        this.addressOf = addressOf;
        this.hash = java.util.Objects.hash(root, scope, this.selectors, addressOf);
    }

    public String root() {
        return root;
    }

    public Scope scope() {
        return scope;
    }

    public List<String> selectors() {
        return selectors;
    }

    public boolean addressOf() {
        return addressOf;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof AccessPath p && hash == p.hash && addressOf == p.addressOf
                && scope == p.scope && root.equals(p.root) && selectors.equals(p.selectors);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    public static AccessPath variable(String name, Scope scope) {
        return new AccessPath(name, scope, List.of(), false);
    }

    /**
     * A compiler temporary: the value of a call that is used (tested, compared, returned) but not stored
     * in a variable. Its root is the call as the user reads it, {@code Foo(...)}, which no C name can
     * be, so it never clashes with a source name and reads as the call in messages.
     */
    public static AccessPath temporary(String callName) {
        return variable(callName + "(...)", Scope.LOCAL);
    }

    /** True for a {@link #temporary} or a path below one. */
    public boolean isTemporary() {
        return scope == Scope.LOCAL && root.indexOf('(') >= 0;
    }

    /** The path with one more selector, normalising {@code *} followed by {@code .F}. */
    public AccessPath select(String selector) {
        if (addressOf) {
            // (&x)->F is x.F, *(&x) is x
            AccessPath object = withoutAddress();
            if (selector.equals("*")) return object;
            if (selector.startsWith("->")) return object.select("." + selector.substring(2));
            return object.select(selector);
        }
        List<String> next = new ArrayList<>(selectors);
        if (selector.startsWith(".") && !next.isEmpty() && next.get(next.size() - 1).equals("*")) {
            next.set(next.size() - 1, "->" + selector.substring(1));
        } else {
            next.add(selector);
        }
        if (next.size() > MAX_SELECTORS) return this;
        return new AccessPath(root, scope, next, false);
    }

    public AccessPath takeAddress() {
        if (addressOf) return this;
        if (!selectors.isEmpty() && selectors.get(selectors.size() - 1).equals("*")) {
            return new AccessPath(root, scope, selectors.subList(0, selectors.size() - 1), false);
        }
        return new AccessPath(root, scope, selectors, true);
    }

    public AccessPath withoutAddress() {
        return addressOf ? new AccessPath(root, scope, selectors, false) : this;
    }

    /** The object a pointer-valued path points to: {@code &g} gives {@code g}, {@code p} gives {@code *p}. */
    public AccessPath pointee() {
        return addressOf ? withoutAddress() : select("*");
    }

    /** True when this path is a variable with no selectors and no address-of. */
    public boolean isVariable() {
        return selectors.isEmpty() && !addressOf;
    }

    /** Names that mean a successful status, compared against and assigned in driver code. */
    public static final java.util.Set<String> SUCCESS_CONSTANTS =
            java.util.Set.of("STATUS_SUCCESS", "NDIS_STATUS_SUCCESS", "ERROR_SUCCESS", "S_OK");

    /**
     * True for a named status constant that reports failure ({@code STATUS_INSUFFICIENT_RESOURCES},
     * {@code NDIS_STATUS_FAILURE}): a {@code STATUS_} or {@code NDIS_STATUS_} name that is not a success or
     * an informational status.
     */
    public boolean isFailureStatus() {
        return isNamedConstant() && StatusNames.isFailure(root);
    }

    /** True for a named status constant ({@code STATUS_*}, {@code NDIS_STATUS_*}), success or not. */
    public boolean isStatusConstant() {
        return isNamedConstant() && StatusNames.isStatus(root);
    }

    /** WDK enumerators spelled in CamelCase, which drivers compare with: constants, not variables. */
    private static final java.util.Set<String> WDK_ENUMERATORS = java.util.Set.of("NonPagedPool",
            "NonPagedPoolNx", "NonPagedPoolExecute", "PagedPool", "NonPagedPoolMustSucceed", "NonPagedPoolCacheAligned",
            "PagedPoolCacheAligned", "NonPagedPoolNxCacheAligned", "NonPagedPoolSession", "PagedPoolSession",
            "NonPagedPoolBase", "KernelMode", "UserMode");

    /**
     * True for a bare name spelled like a macro or enumerator ({@code IRP_MJ_READ}, {@code STATUS_PENDING}),
     * or a WDK enumerator drivers compare with ({@code NonPagedPool}, {@code KernelMode}): without headers
     * such a name is taken to be a constant, not a variable.
     */
    public boolean isNamedConstant() {
        return isVariable() && scope == Scope.GLOBAL
                && (root.contains("_") && isMacroSpelling(root) || WDK_ENUMERATORS.contains(root));
    }

    /** [A-Z][A-Z0-9_]*, by hand: the analyses ask at every assignment, too often to run a regular expression. */
    private static boolean isMacroSpelling(String name) {
        if (name.isEmpty() || name.charAt(0) < 'A' || name.charAt(0) > 'Z') return false;
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) return false;
        }
        return true;
    }

    /** True when following this path never reads through a pointer: {@code g}, {@code g.A.B}, {@code g[]}. */
    public boolean isDirectStorage() {
        for (String s : selectors) {
            if (s.equals("*") || s.startsWith("->")) return false;
        }
        return true;
    }

    /** True when {@code other} is this path or a path below it ({@code p} is a prefix of {@code p->F}). */
    public boolean isPrefixOf(AccessPath other) {
        if (!root.equals(other.root) || scope != other.scope) return false;
        if (other.selectors.size() < selectors.size()) return false;
        return other.selectors.subList(0, selectors.size()).equals(selectors);
    }

    /**
     * Rewrites a path rooted at a callee's parameter in terms of the argument passed for it.
     * For {@code p->List} and the argument {@code &g_Ext} this gives {@code g_Ext.List}.
     */
    public AccessPath substituteRoot(AccessPath argument) {
        AccessPath result = argument;
        for (String s : selectors) result = result.select(s);
        if (addressOf) result = result.takeAddress();
        return result;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (addressOf) b.append('&');
        int stars = 0;
        for (String s : selectors) {
            if (!s.equals("*")) break;
            stars++;
        }
        // leading derefs print as prefix stars: *pp; the rest as suffixes
        b.append("*".repeat(stars)).append(root);
        for (String s : selectors.subList(stars, selectors.size())) {
            b.append(s.equals("*") ? "->*" : s);
        }
        return b.toString();
    }
}
