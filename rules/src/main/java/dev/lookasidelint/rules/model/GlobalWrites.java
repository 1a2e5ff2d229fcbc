package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.dataflow.CallEffects;
import dev.lookasidelint.analyzer.interproc.CallGraph;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import java.util.HashSet;
import java.util.Set;

/**
 * Which globals each function of the project may assign, itself or through its callees, so that a
 * flag such as {@code g_ListReady} set after Initialize is still known after a call to
 * {@code IoCreateDevice} or to a helper that does not touch it. A call outside the project (a DDI)
 * cannot name the driver's globals except through a pointer it is given, which facts already forget;
 * a call through a function pointer may write any global.
 */
public final class GlobalWrites {
    /** Stands for "any global": an indirect call, or a summary not computed yet (recursion). */
    private static final String ANY = "*";

    private final Program program;
    private final Summaries<Set<String>> writes;

    public GlobalWrites(Program program, CallGraph graph) {
        this.program = program;
        this.writes = Summaries.compute(graph, Set.of(ANY), this::summarize);
    }

    private Set<String> summarize(Function f, Summaries<Set<String>> table) {
        Set<String> roots = new HashSet<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Assign a) {
                    addGlobal(roots, a.target());
                } else if (op instanceof Op.Call c) {
                    if (c.result() != null) addGlobal(roots, c.result());
                    if (c.callee() == null) return Set.of(ANY);
                    Function callee = program.resolve(c.callee(), f.file());
                    if (callee != null && callee != f) roots.addAll(table.of(callee));
                }
            }
        }
        return roots.contains(ANY) ? Set.of(ANY) : Set.copyOf(roots);
    }

    private static void addGlobal(Set<String> roots, AccessPath target) {
        if (target.scope() == AccessPath.Scope.GLOBAL && !target.addressOf()) roots.add(target.root());
    }

    /**
     * The effects of calls made from {@code caller}: calls resolve from the caller's file, so the
     * answer depends on it.
     */
    public CallEffects from(Function caller) {
        return (call, global) -> {
            if (call.callee() == null) return true;
            Function callee = program.resolve(call.callee(), caller.file());
            if (callee == null) return false;
            Set<String> w = writes.of(callee);
            return w.contains(ANY) || w.contains(global.root());
        };
    }
}
