package dev.lookasidelint.analyzer.dataflow;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Op;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one path has learned about values from branch conditions and assignments: whether a path is
 * non-zero ({@code p != NULL}, a flag set) and whether a status is a success. Lets a path-sensitive
 * analysis drop edges that contradict what the path already knows: after {@code Irp = NULL}, the
 * true edge of {@code if (Irp != NULL)} cannot be taken.
 *
 * <p>Facts about a path are forgotten when it, or anything it is reached through, is assigned; a
 * call forgets what it could change (globals, memory reached through pointers, locals whose address
 * it receives).
 */
public record PathFacts(Map<AccessPath, Boolean> truthy, Map<AccessPath, Boolean> success) {
    private static final Set<String> SUCCESS_CONSTANTS = Set.of("STATUS_SUCCESS", "NDIS_STATUS_SUCCESS");

    public static final PathFacts NONE = new PathFacts(Map.of(), Map.of());

    public PathFacts {
        truthy = Map.copyOf(truthy);
        success = Map.copyOf(success);
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
            default:
                return this;
        }
    }

    private static PathFacts with(Map<AccessPath, Boolean> t, AccessPath tp, Boolean tv,
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
        return new PathFacts(nt, ns);
    }

    /** The facts after {@code op} ran on this path. */
    public PathFacts after(Op op) {
        if (truthy.isEmpty() && success.isEmpty() && !(op instanceof Op.Assign)) return this;
        if (op instanceof Op.Assign a) return assign(a);
        if (op instanceof Op.Call c) {
            PathFacts f = forgetIf(p -> p.scope() == AccessPath.Scope.GLOBAL || !p.isDirectStorage());
            for (Op.Argument arg : c.arguments()) {
                if (arg.path() != null && arg.path().addressOf()) f = f.forget(arg.path().withoutAddress());
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
        Map<AccessPath, Boolean> t = new HashMap<>(f.truthy);
        Map<AccessPath, Boolean> s = new HashMap<>(f.success);
        AccessPath source = a.source();
        if (a.isNull()) {
            t.put(target, false);
            s.put(target, true);
        } else if (source != null && source.isVariable() && SUCCESS_CONSTANTS.contains(source.root())) {
            t.put(target, false);
            s.put(target, true);
        } else if (source != null && source.addressOf()) {
            t.put(target, true); // the address of an object is never NULL
        } else if (source != null) {
            if (truthy.containsKey(source)) t.put(target, truthy.get(source));
            if (success.containsKey(source)) s.put(target, success.get(source));
        }
        return new PathFacts(t, s);
    }

    /** Forgets {@code path} and everything reached through it. */
    public PathFacts forget(AccessPath path) {
        return forgetIf(path::isPrefixOf);
    }

    private PathFacts forgetIf(java.util.function.Predicate<AccessPath> gone) {
        if (truthy.keySet().stream().noneMatch(gone) && success.keySet().stream().noneMatch(gone)) return this;
        Map<AccessPath, Boolean> t = new HashMap<>(truthy);
        Map<AccessPath, Boolean> s = new HashMap<>(success);
        t.keySet().removeIf(gone);
        s.keySet().removeIf(gone);
        return new PathFacts(t, s);
    }

    /** The facts both paths share. */
    public static PathFacts join(PathFacts a, PathFacts b) {
        if (a.equals(b)) return a;
        Map<AccessPath, Boolean> t = new HashMap<>(a.truthy);
        t.entrySet().removeIf(e -> !e.getValue().equals(b.truthy.get(e.getKey())));
        Map<AccessPath, Boolean> s = new HashMap<>(a.success);
        s.entrySet().removeIf(e -> !e.getValue().equals(b.success.get(e.getKey())));
        return new PathFacts(t, s);
    }
}
