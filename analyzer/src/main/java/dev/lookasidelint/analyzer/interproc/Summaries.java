package dev.lookasidelint.analyzer.interproc;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.project.Tasks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Function summaries of one kind, computed once for the whole program, bottom-up over the call
 * graph. Within a recursive component the summaries are recomputed until they stop changing (at most
 * {@link #MAX_ROUNDS} rounds); a callee whose summary is not known yet reads as {@code unknown}.
 * Components whose callees are all done are computed side by side on the given number of threads:
 * a component only ever reads the summaries of components finished before it starts, so the result
 * is the same as in bottom-up order.
 *
 * @param <T> the summary type; must implement {@code equals}
 */
public final class Summaries<T> {
    static final int MAX_ROUNDS = 4;
    /** Stack for the threads that compute summaries: analyses of deeply nested code recurse deeply. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    /** Computes one function's summary, reading callees' summaries through the table. */
    @FunctionalInterface
    public interface Computer<T> {
        T compute(Function function, Summaries<T> table);
    }

    private final Map<Function, T> table = Collections.synchronizedMap(new IdentityHashMap<>());
    private final T unknown;

    private Summaries(T unknown) {
        this.unknown = unknown;
    }

    public static <T> Summaries<T> compute(CallGraph graph, T unknown, Computer<T> computer) {
        return compute(graph, unknown, computer, 1);
    }

    public static <T> Summaries<T> compute(CallGraph graph, T unknown, Computer<T> computer, int threads) {
        return compute(graph, graph.bottomUpComponents(), unknown, computer, threads);
    }

    /**
     * Summaries of {@code only} and nothing else, for an analysis that needs a few functions of a large
     * project (those an unload routine reaches). {@code only} must hold every callee of its members, as
     * {@link CallGraph#reachableFrom} does; any other function has the unknown summary.
     */
    public static <T> Summaries<T> computeFor(Set<Function> only, CallGraph graph, T unknown, Computer<T> computer) {
        List<List<Function>> needed = new ArrayList<>();
        for (List<Function> component : graph.bottomUpComponents()) {
            if (only.contains(component.get(0))) needed.add(component);
        }
        return compute(graph, needed, unknown, computer, 1);
    }

    private static <T> Summaries<T> compute(CallGraph graph, List<List<Function>> components, T unknown,
                                            Computer<T> computer, int threads) {
        Summaries<T> s = new Summaries<>(unknown);
        if (threads <= 1 || components.size() < 2) {
            for (List<Function> component : components) s.computeComponent(graph, component, computer);
            return s;
        }
        s.computeInParallel(graph, components, computer, threads);
        return s;
    }

    private void computeComponent(CallGraph graph, List<Function> component, Computer<T> computer) {
        boolean recursive = component.size() > 1 || graph.callees(component.get(0)).contains(component.get(0));
        for (int round = 0; round < (recursive ? MAX_ROUNDS : 1); round++) {
            boolean changed = false;
            for (Function f : component) {
                T next = computer.compute(f, this);
                if (!Objects.equals(next, table.put(f, next))) changed = true;
            }
            if (!changed) break;
        }
    }

    /** Starts each component once the components it calls into are done. */
    private void computeInParallel(CallGraph graph, List<List<Function>> components, Computer<T> computer,
                                   int threads) {
        Map<Function, Integer> componentOf = new IdentityHashMap<>();
        for (int i = 0; i < components.size(); i++) {
            for (Function f : components.get(i)) componentOf.put(f, i);
        }
        List<List<Integer>> callers = new ArrayList<>();
        AtomicInteger[] waitingFor = new AtomicInteger[components.size()];
        for (int i = 0; i < components.size(); i++) {
            callers.add(new ArrayList<>());
            waitingFor[i] = new AtomicInteger();
        }
        for (int i = 0; i < components.size(); i++) {
            Set<Integer> callees = new HashSet<>();
            for (Function f : components.get(i)) {
                for (Function g : graph.callees(f)) {
                    Integer j = componentOf.get(g);
                    if (j != null && j != i) callees.add(j);
                }
            }
            waitingFor[i].set(callees.size());
            for (int j : callees) callers.get(j).add(i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(null, runnable, "summaries", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
        try {
            int started = 0;
            for (int i = 0; i < components.size(); i++) {
                if (waitingFor[i].get() == 0) {
                    submit(done, graph, components, i, computer);
                    started++;
                }
            }
            for (int finished = 0; finished < started; finished++) {
                int i = done.take().get();
                for (int caller : callers.get(i)) {
                    if (waitingFor[caller].decrementAndGet() == 0) {
                        submit(done, graph, components, caller, computer);
                        started++;
                    }
                }
            }
        } catch (InterruptedException e) {
            throw Tasks.interrupted(e);
        } catch (ExecutionException e) {
            throw Tasks.failure(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void submit(ExecutorCompletionService<Integer> done, CallGraph graph, List<List<Function>> components,
                        int i, Computer<T> computer) {
        done.submit(() -> {
            computeComponent(graph, components.get(i), computer);
            return i;
        });
    }

    /** The summary of {@code f}, or the unknown summary for a function not computed yet. */
    public T of(Function f) {
        return table.getOrDefault(f, unknown);
    }
}
