package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.dataflow.CallEffects;
import dev.lookasidelint.analyzer.interproc.CallGraph;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.rules.ddi.ContextArguments;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private static final AccessPath ANY = AccessPath.variable("*", AccessPath.Scope.GLOBAL);

    private final Program program;
    private final Summaries<Set<AccessPath>> writes;

    public GlobalWrites(Program program, CallGraph graph) {
        this(program, graph, 1);
    }

    public GlobalWrites(Program program, CallGraph graph, int threads) {
        this.program = program;
        this.writes = Summaries.compute(graph, Set.of(ANY), this::summarize, threads);
    }

    private Set<AccessPath> summarize(Function f, Summaries<Set<AccessPath>> table) {
        Set<AccessPath> roots = new HashSet<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Assign a) {
                    addGlobal(roots, a.target());
                } else if (op instanceof Op.Call c) {
                    if (c.result() != null) addGlobal(roots, c.result());
                    for (int i = 0; i < c.arguments().size(); i++) {
                        // RtlZeroMemory(&g_State, ...): whatever gets a global's address may change it
                        AccessPath arg = c.arguments().get(i).path();
                        if (arg != null && arg.addressOf() && !ContextArguments.isContext(c.callee(), i)) {
                            addGlobal(roots, arg.withoutAddress());
                        }
                    }
                    if (c.callee() == null) return Set.of(ANY);
                    Function callee = program.resolve(c.callee(), f.file());
                    if (callee != null && callee != f) roots.addAll(table.of(callee));
                }
            }
        }
        return roots.contains(ANY) ? Set.of(ANY) : Set.copyOf(roots);
    }

    /**
     * Records the global storage an assignment changes: the part of its target before the first pointer
     * step ({@code Globals.EngineHandle} for {@code Globals.EngineHandle->X = ...} changes nothing of
     * {@code Globals} itself, but stands in for it: facts through pointers do not survive calls anyway).
     */
    private static void addGlobal(Set<AccessPath> roots, AccessPath target) {
        if (target.scope() != AccessPath.Scope.GLOBAL || target.addressOf()) return;
        List<String> direct = new ArrayList<>();
        for (String s : target.selectors()) {
            if (s.equals("*") || s.startsWith("->")) break;
            direct.add(s);
        }
        roots.add(new AccessPath(target.root(), target.scope(), direct, false));
    }

    /**
     * The effects of calls made from {@code caller}: calls resolve from the caller's file, so the
     * answer depends on it.
     */
    public CallEffects from(Function caller) {
        return new CallEffects() {
            @Override
            public boolean mayWrite(Op.Call call, AccessPath global) {
                if (call.callee() == null) return true;
                Function callee = program.resolve(call.callee(), caller.file());
                if (callee == null) return false;
                Set<AccessPath> w = writes.of(callee);
                if (w.contains(ANY)) return true;
                for (AccessPath written : w) {
                    if (written.isPrefixOf(global) || global.isPrefixOf(written)) return true;
                }
                return false;
            }

            @Override
            public boolean keepsContext(Op.Call call, int index) {
                return ContextArguments.isContext(call.callee(), index);
            }
        };
    }
}
