package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;

/** Reading a callee's summary at a call site: which function is called, and paths in caller terms. */
public final class CallSites {
    private CallSites() {
    }

    public static Function callee(Program program, Function caller, Op.Call call) {
        if (call.callee() == null) return null;
        Function f = program.resolve(call.callee(), caller.file());
        String owner = classOf(caller);
        // inside a C++ method, an unqualified name may be another method of the same class
        if (f == null && owner != null && !call.callee().contains("::")) f = program.resolve(owner + "::" + call.callee(), caller.file());
        return f;
    }

    /** The class a C++ method belongs to ({@code CFoo} for {@code CFoo::Init}), or null for a C function. */
    public static String classOf(Function f) {
        int at = f.name().lastIndexOf("::");
        return at <= 0 ? null : f.name().substring(0, at);
    }

    /**
     * A path of a callee's summary rewritten for the caller: globals stay as they are, a path rooted at
     * a parameter is rebased onto the argument passed for it, and anything else (or an argument that is
     * not a plain path) gives null.
     */
    public static AccessPath toCaller(AccessPath path, Function callee, Op.Call call) {
        if (path.scope() == AccessPath.Scope.GLOBAL) return path;
        if (path.scope() != AccessPath.Scope.PARAM) return null;
        if (path.root().equals("this") && callee.parameterIndex("this") < 0) {
            // a method called by its bare name runs on the caller's own object
            return call.callee() != null && callee.name().endsWith("::" + call.callee()) ? path : null;
        }
        int index = callee.parameterIndex(path.root());
        if (index < 0 || index >= call.arguments().size()) return null;
        AccessPath argument = call.arguments().get(index).path();
        return argument == null ? null : path.substituteRoot(argument);
    }
}
