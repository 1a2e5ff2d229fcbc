package dev.lookasidelint.analyzer.interproc;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Direct calls between the functions of a scan, and their strongly connected components in
 * bottom-up order (callees before callers), the order in which summaries are computed.
 */
public final class CallGraph {
    private final Program program;
    private final Map<Function, Set<Function>> callees = new IdentityHashMap<>();
    private final Set<Function> called = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    public CallGraph(Program program) {
        this.program = program;
        for (Function f : program.functions()) {
            Set<Function> out = new LinkedHashSet<>();
            for (Block b : f.cfg().blocks()) {
                for (Op op : b.ops()) {
                    if (op instanceof Op.Call c && c.callee() != null) {
                        Function target = program.resolve(c.callee(), f.file());
                        if (target != null) out.add(target);
                    }
                }
            }
            callees.put(f, out);
            for (Function g : out) {
                if (g != f) called.add(g);
            }
        }
    }

    /** True when another function of the scan calls {@code f}; false for routines only the system calls. */
    public boolean isCalled(Function f) {
        return called.contains(f);
    }

    public Program program() {
        return program;
    }

    public Set<Function> callees(Function f) {
        return callees.getOrDefault(f, Set.of());
    }

    /** {@code root} and every function it calls, directly or through others. */
    public Set<Function> reachableFrom(Function root) {
        Set<Function> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Function> work = new ArrayDeque<>();
        work.push(root);
        seen.add(root);
        while (!work.isEmpty()) {
            for (Function g : callees(work.pop())) {
                if (seen.add(g)) work.push(g);
            }
        }
        return seen;
    }

    private volatile List<List<Function>> components;

    /**
     * Strongly connected components, callees first (Tarjan's algorithm, iterative), computed once: every
     * kind of summary walks them.
     */
    public List<List<Function>> bottomUpComponents() {
        List<List<Function>> c = components;
        if (c == null) {
            synchronized (this) {
                if (components == null) components = List.copyOf(tarjan());
                c = components;
            }
        }
        return c;
    }

    private List<List<Function>> tarjan() {
        List<List<Function>> result = new ArrayList<>();
        Map<Function, Integer> index = new HashMap<>();
        Map<Function, Integer> low = new HashMap<>();
        Deque<Function> stack = new ArrayDeque<>();
        Set<Function> onStack = new java.util.HashSet<>();
        int[] counter = {0};
        for (Function root : program.functions()) {
            if (index.containsKey(root)) continue;
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {root, callees(root).iterator()});
            index.put(root, counter[0]);
            low.put(root, counter[0]++);
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                Function v = (Function) frame[0];
                @SuppressWarnings("unchecked")
                java.util.Iterator<Function> it = (java.util.Iterator<Function>) frame[1];
                if (it.hasNext()) {
                    Function w = it.next();
                    if (!index.containsKey(w)) {
                        index.put(w, counter[0]);
                        low.put(w, counter[0]++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Object[] {w, callees(w).iterator()});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                } else {
                    work.pop();
                    if (!work.isEmpty()) {
                        Function parent = (Function) work.peek()[0];
                        low.put(parent, Math.min(low.get(parent), low.get(v)));
                    }
                    if (low.get(v).equals(index.get(v))) {
                        List<Function> component = new ArrayList<>();
                        Function w;
                        do {
                            w = stack.pop();
                            onStack.remove(w);
                            component.add(w);
                        } while (w != v);
                        result.add(component);
                    }
                }
            }
        }
        return result;
    }
}
