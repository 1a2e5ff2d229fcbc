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
        return call.callee() == null ? null : program.resolve(call.callee(), caller.file());
    }

    /**
     * A path of a callee's summary rewritten for the caller: globals stay as they are, a path rooted at
     * a parameter is rebased onto the argument passed for it, and anything else (or an argument that is
     * not a plain path) gives null.
     */
    public static AccessPath toCaller(AccessPath path, Function callee, Op.Call call) {
        if (path.scope() == AccessPath.Scope.GLOBAL) return path;
        if (path.scope() != AccessPath.Scope.PARAM) return null;
        int index = callee.parameterIndex(path.root());
        if (index < 0 || index >= call.arguments().size()) return null;
        AccessPath argument = call.arguments().get(index).path();
        return argument == null ? null : path.substituteRoot(argument);
    }
}
