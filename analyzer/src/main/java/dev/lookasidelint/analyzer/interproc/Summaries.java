package dev.lookasidelint.analyzer.interproc;

import dev.lookasidelint.analyzer.ir.Function;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Function summaries of one kind, computed once for the whole program, bottom-up over the call
 * graph. Within a recursive component the summaries are recomputed until they stop changing (at most
 * {@link #MAX_ROUNDS} rounds); a callee whose summary is not known yet reads as {@code unknown}.
 *
 * @param <T> the summary type; must implement {@code equals}
 */
public final class Summaries<T> {
    static final int MAX_ROUNDS = 4;

    /** Computes one function's summary, reading callees' summaries through the table. */
    @FunctionalInterface
    public interface Computer<T> {
        T compute(Function function, Summaries<T> table);
    }

    private final Map<Function, T> table = new IdentityHashMap<>();
    private final T unknown;

    private Summaries(T unknown) {
        this.unknown = unknown;
    }

    public static <T> Summaries<T> compute(CallGraph graph, T unknown, Computer<T> computer) {
        Summaries<T> s = new Summaries<>(unknown);
        for (List<Function> component : graph.bottomUpComponents()) {
            boolean recursive = component.size() > 1 || graph.callees(component.get(0)).contains(component.get(0));
            for (int round = 0; round < (recursive ? MAX_ROUNDS : 1); round++) {
                boolean changed = false;
                for (Function f : component) {
                    T next = computer.compute(f, s);
                    if (!Objects.equals(next, s.table.put(f, next))) changed = true;
                }
                if (!changed) break;
            }
        }
        return s;
    }

    /** The summary of {@code f}, or the unknown summary for a function not computed yet. */
    public T of(Function f) {
        return table.getOrDefault(f, unknown);
    }
}
