package dev.lookasidelint.analyzer.dataflow;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.StatusNames;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one path has learned about values from branch conditions and assignments: whether a path is
 * non-zero ({@code p != NULL}, a flag set), whether a status is a success, which named constants a
 * path may equal (after a join of {@code case IRP_MJ_READ:} and {@code case IRP_MJ_WRITE:}, one of
 * those two) and which it does not equal. Distinct names are taken as distinct values. Lets a path-sensitive
 * analysis drop edges that contradict what the path already knows: after {@code Irp = NULL}, the
 * true edge of {@code if (Irp != NULL)} cannot be taken.
 *
 * <p>Facts about a path are forgotten when it, or anything it is reached through, is assigned; a
 * call forgets what it could change (globals, memory reached through pointers, locals whose address
 * it receives).
 */
public final class PathFacts {
    /** Values a path remembers a variable is not, one test at a time (beyond them it learns nothing more from '!=': sound, and linear). */
    static final int MAX_EXCLUDED = 64;

    private static final Set<String> SUCCESS_CONSTANTS = AccessPath.SUCCESS_CONSTANTS;

    public static final PathFacts NONE = new PathFacts(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<AccessPath, Boolean> truthy;
    private final Map<AccessPath, Boolean> success;
    private final Map<AccessPath, Set<String>> values;
    private final Map<AccessPath, Set<String>> excluded;
    /** States holding facts are hashed again and again by the path-sensitive engine: computed once. */
    private int hash;

    public PathFacts(Map<AccessPath, Boolean> truthy, Map<AccessPath, Boolean> success,
                     Map<AccessPath, Set<String>> values, Map<AccessPath, Set<String>> excluded) {
        this.truthy = Map.copyOf(truthy);
        this.success = Map.copyOf(success);
        this.values = Map.copyOf(values);
        this.excluded = Map.copyOf(excluded);
    }

    /** Paths known to be non-zero (true) or zero (false). */
    public Map<AccessPath, Boolean> truthy() {
        return truthy;
    }

    /** Statuses known to be a success (true) or a failure (false). */
    public Map<AccessPath, Boolean> success() {
        return success;
    }

    /** The named constants a path may equal. */
    public Map<AccessPath, Set<String>> values() {
        return values;
    }

    /** The named constants a path does not equal. */
    public Map<AccessPath, Set<String>> excluded() {
        return excluded;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof PathFacts f && hashCode() == f.hashCode() && truthy.equals(f.truthy)
                && success.equals(f.success) && values.equals(f.values) && excluded.equals(f.excluded);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(truthy, success, values, excluded);
            hash = h == 0 ? 1 : h;
        }
        return hash;
    }

    @Override
    public String toString() {
        return "PathFacts[truthy=" + truthy + ", success=" + success + ", values=" + values + ", excluded=" + excluded + "]";
    }

    /** This path's facts with {@code c} assumed, or null when the path already knows {@code c} is false. */
    public PathFacts assume(Condition c) {
        if (c == null || c.path() == null || c.path().addressOf()) return this;
        AccessPath p = c.path();
        Boolean isTrue = truthy.get(p);
        Boolean isSuccess = success.get(p);
        switch (c.kind()) {
            case TRUTHY:
                if (Boolean.FALSE.equals(isTrue)) return null;
                return Boolean.TRUE.equals(isTrue) ? this : with(truthy, p, true, success, null, null);
            case FALSY:
                if (Boolean.TRUE.equals(isTrue)) return null;
                // zero is STATUS_SUCCESS
                return with(truthy, p, false, success, p, true);
            case NT_SUCCESS:
                if (Boolean.FALSE.equals(isSuccess)) return null;
                return Boolean.TRUE.equals(isSuccess) ? this : with(truthy, null, null, success, p, true);
            case NOT_NT_SUCCESS:
                if (Boolean.TRUE.equals(isSuccess) || Boolean.FALSE.equals(isTrue)) return null;
                // a failure status is non-zero
                return with(truthy, p, true, success, p, false);
            case EQUALS: {
                Set<String> possible = values.get(p);
                if (possible != null && !possible.contains(c.value())) return null;
                if (excluded.getOrDefault(p, Set.of()).contains(c.value())) return null;
                if (possible != null && possible.size() == 1) return this;
                Map<AccessPath, Set<String>> v = new HashMap<>(values);
                v.put(p, Set.of(c.value()));
                return new PathFacts(truthy, success, v, excluded);
            }
            case NOT_EQUALS: {
                Set<String> possible = values.get(p);
                if (possible != null) {
                    if (!possible.contains(c.value())) return this;
                    if (possible.size() == 1) return null;
                    Map<AccessPath, Set<String>> v = new HashMap<>(values);
                    Set<String> rest = new java.util.HashSet<>(possible);
                    rest.remove(c.value());
                    v.put(p, rest);
                    return new PathFacts(truthy, success, v, excluded);
                }
                Set<String> known = excluded.getOrDefault(p, Set.of());
                // forgetting a fact is sound; copying an ever larger set down a chain of thousands of
                // 'else if (x == N)' would make the analysis quadratic
                if (known.contains(c.value()) || known.size() >= MAX_EXCLUDED) return this;
                Map<AccessPath, Set<String>> x = new HashMap<>(excluded);
                Set<String> not = new java.util.HashSet<>(known);
                not.add(c.value());
                x.put(p, not);
                return new PathFacts(truthy, success, values, x);
            }
            case NONE_OF: {
                Set<String> possible = values.get(p);
                if (possible != null) {
                    Set<String> rest = new java.util.HashSet<>(possible);
                    rest.removeAll(c.noneOf());
                    if (rest.isEmpty()) return null;
                    Map<AccessPath, Set<String>> v = new HashMap<>(values);
                    v.put(p, rest);
                    return new PathFacts(truthy, success, v, excluded);
                }
                Map<AccessPath, Set<String>> x = new HashMap<>(excluded);
                Set<String> not = new java.util.HashSet<>(x.getOrDefault(p, Set.of()));
                not.addAll(c.noneOf());
                x.put(p, not);
                return new PathFacts(truthy, success, values, x);
            }
            default:
                return this;
        }
    }

    private PathFacts with(Map<AccessPath, Boolean> t, AccessPath tp, Boolean tv,
                                  Map<AccessPath, Boolean> s, AccessPath sp, Boolean sv) {
        Map<AccessPath, Boolean> nt = t;
        Map<AccessPath, Boolean> ns = s;
        if (tp != null) {
            nt = new HashMap<>(t);
            nt.put(tp, tv);
        }
        if (sp != null) {
            ns = new HashMap<>(s);
            ns.put(sp, sv);
        }
        return new PathFacts(nt, ns, values, excluded);
    }

    /** The facts after {@code op} ran on this path. */
    public PathFacts after(Op op) {
        return after(op, CallEffects.ANY_GLOBAL);
    }

    /**
     * The facts after {@code op}; a call forgets memory reached through pointers, what it gets the
     * address of, its result, and the globals that {@code effects} says it may write.
     */
    public PathFacts after(Op op, CallEffects effects) {
        if (isEmpty() && !(op instanceof Op.Assign)) return this;
        if (op instanceof Op.Assign a) return assign(a);
        if (op instanceof Op.Call c) {
            PathFacts f = forgetIf(p -> !p.isDirectStorage()
                    || p.scope() == AccessPath.Scope.GLOBAL && effects.mayWrite(c, p));
            for (int i = 0; i < c.arguments().size(); i++) {
                AccessPath arg = c.arguments().get(i).path();
                if (arg != null && arg.addressOf() && !effects.keepsContext(c, i)) f = f.forget(arg.withoutAddress());
            }
            return c.result() == null ? f : f.forget(c.result());
        }
        if (op instanceof Op.ScopeEnd end) {
            return forgetIf(p -> p.scope() == AccessPath.Scope.LOCAL && end.locals().contains(p.root()));
        }
        return this;
    }

    private PathFacts assign(Op.Assign a) {
        AccessPath target = a.target();
        if (target.addressOf()) return this;
        PathFacts f = forget(target);
        Boolean isTruthy = null;
        Boolean isSuccess = null;
        Set<String> value = null;
        AccessPath source = a.source();
        if (a.isNull()) {
            isTruthy = false;
            isSuccess = true;
        } else if (a.constant() == Op.Constant.NONZERO) {
            isTruthy = true;
        } else if (source != null && source.isVariable() && SUCCESS_CONSTANTS.contains(source.root())) {
            isTruthy = false;
            isSuccess = true;
        } else if (source != null && source.addressOf()) {
            isTruthy = true; // the address of an object is never NULL
        } else if (source != null && source.isNamedConstant()) {
            value = Set.of(source.root()); // x = IRP_MJ_CREATE: a named constant
            if (StatusNames.isFailure(source.root())) {
                // Status = STATUS_CANT_WAIT: a failure, so a later NT_SUCCESS(Status) is false on this path
                isTruthy = true;
                isSuccess = false;
            }
        } else if (source != null) {
            isTruthy = truthy.get(source);
            isSuccess = success.get(source);
            value = values.get(source);
        }
        // most assignments teach nothing (x = y + 1 with nothing known of y): no maps to copy
        if (isTruthy == null && isSuccess == null && value == null) return f;
        return new PathFacts(isTruthy == null ? f.truthy : plus(f.truthy, target, isTruthy),
                isSuccess == null ? f.success : plus(f.success, target, isSuccess),
                value == null ? f.values : plus(f.values, target, value), f.excluded);
    }

    private static <V> Map<AccessPath, V> plus(Map<AccessPath, V> map, AccessPath key, V value) {
        Map<AccessPath, V> m = new HashMap<>(map);
        m.put(key, value);
        return m;
    }

    /** Only the facts about file-scope variables: what another function (an unload routine) can know. */
    public PathFacts onlyGlobals() {
        return forgetIf(p -> p.scope() != AccessPath.Scope.GLOBAL || !p.isDirectStorage());
    }

    /** True when {@code value}, returned on this path, may be a success status (unknown counts as may). */
    public boolean maySucceed(AccessPath value) {
        if (value == null || !value.isVariable()) return true;
        if (SUCCESS_CONSTANTS.contains(value.root())) return true;
        if (value.scope() == AccessPath.Scope.GLOBAL && value.root().startsWith("STATUS_")) {
            return false; // another STATUS_ constant: what DriverEntry returns when it fails
        }
        return !Boolean.FALSE.equals(success.get(value));
    }

    /** True when {@code value}, returned on this path, may be a failure status (unknown counts as may). */
    public boolean mayFail(AccessPath value) {
        if (value == null) return true;
        if (value.isStatusConstant() || SUCCESS_CONSTANTS.contains(value.root())) return value.isFailureStatus();
        if (!value.isVariable()) return true;
        if (Boolean.TRUE.equals(success.get(value)) || Boolean.FALSE.equals(truthy.get(value))) return false;
        Set<String> possible = values.get(value);
        return possible == null || possible.isEmpty() || possible.stream()
                .anyMatch(name -> !AccessPath.variable(name, AccessPath.Scope.GLOBAL).isStatusConstant()
                        || AccessPath.variable(name, AccessPath.Scope.GLOBAL).isFailureStatus());
    }

    /**
     * True when {@code value}, returned on this path, is known to be a failure status: a failure
     * constant, a status this path tested with {@code !NT_SUCCESS}, or a variable that holds one of
     * only failure constants here.
     */
    public boolean mustFail(AccessPath value) {
        if (value == null) return false;
        if (value.isFailureStatus()) return true;
        if (!value.isVariable()) return false;
        if (Boolean.FALSE.equals(success.get(value))) return true;
        if (excluded.getOrDefault(value, Set.of()).stream().anyMatch(SUCCESS_CONSTANTS::contains)) return true;
        Set<String> possible = values.get(value);
        return possible != null && !possible.isEmpty() && possible.stream()
                .allMatch(name -> AccessPath.variable(name, AccessPath.Scope.GLOBAL).isFailureStatus());
    }

    /** Forgets {@code path} and everything reached through it. */
    public PathFacts forget(AccessPath path) {
        return forgetIf(path::isPrefixOf);
    }

    private PathFacts forgetIf(java.util.function.Predicate<AccessPath> gone) {
        if (!anyKey(truthy, gone) && !anyKey(success, gone) && !anyKey(values, gone) && !anyKey(excluded, gone)) {
            return this;
        }
        return new PathFacts(without(truthy, gone), without(success, gone), without(values, gone),
                without(excluded, gone));
    }

    private static boolean anyKey(Map<AccessPath, ?> map, java.util.function.Predicate<AccessPath> test) {
        for (AccessPath p : map.keySet()) {
            if (test.test(p)) return true;
        }
        return false;
    }

    private static <V> Map<AccessPath, V> without(Map<AccessPath, V> map, java.util.function.Predicate<AccessPath> gone) {
        if (!anyKey(map, gone)) return map;
        Map<AccessPath, V> m = new HashMap<>(map);
        m.keySet().removeIf(gone);
        return m;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> d = new java.util.HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static void putNonEmpty(Map<AccessPath, Set<String>> map, AccessPath key, Set<String> names) {
        if (!names.isEmpty()) map.put(key, names);
    }

    private boolean isEmpty() {
        return truthy.isEmpty() && success.isEmpty() && values.isEmpty() && excluded.isEmpty();
    }

    /** The facts both paths share. */
    public static PathFacts join(PathFacts a, PathFacts b) {
        if (a.equals(b)) return a;
        Map<AccessPath, Boolean> t = new HashMap<>(a.truthy);
        t.entrySet().removeIf(e -> !e.getValue().equals(b.truthy.get(e.getKey())));
        Map<AccessPath, Boolean> s = new HashMap<>(a.success);
        s.entrySet().removeIf(e -> !e.getValue().equals(b.success.get(e.getKey())));
        // a constant's possible values: one of S on one side and one of S' on the other is one of both;
        // one of S against none of E is none of E minus S; none of E against none of E' is none of both
        Map<AccessPath, Set<String>> v = new HashMap<>();
        Map<AccessPath, Set<String>> x = new HashMap<>();
        Set<AccessPath> keys = new java.util.HashSet<>(a.values.keySet());
        keys.addAll(a.excluded.keySet());
        for (AccessPath k : keys) {
            Set<String> av = a.values.get(k);
            Set<String> bv = b.values.get(k);
            Set<String> ax = a.excluded.get(k);
            Set<String> bx = b.excluded.get(k);
            if (av != null && bv != null) {
                v.put(k, union(av, bv));
            } else if (av != null && bx != null) {
                putNonEmpty(x, k, minus(bx, av));
            } else if (ax != null && bv != null) {
                putNonEmpty(x, k, minus(ax, bv));
            } else if (ax != null && bx != null) {
                Set<String> both = new java.util.HashSet<>(ax);
                both.retainAll(bx);
                putNonEmpty(x, k, both);
            }
        }
        return new PathFacts(t, s, v, x);
    }
}
