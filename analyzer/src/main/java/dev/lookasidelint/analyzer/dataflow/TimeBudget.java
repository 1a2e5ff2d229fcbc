package dev.lookasidelint.analyzer.dataflow;

import java.util.function.Supplier;

/**
 * The time one function's analysis may take, on the thread that runs it: {@link #within} sets the
 * deadline, and the solver {@linkplain #check checks} it as it goes, so a function whose analysis would
 * run for minutes is reported as over budget instead of holding up the scan. Outside {@code within}
 * there is no deadline.
 */
public final class TimeBudget {
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private record Deadline(long endNanos, long millis) {
    }

    private TimeBudget() {
    }

    /** Runs {@code analysis} with at most {@code millis} ms (0 or less: no limit); restores any outer deadline. */
    public static <T> T within(long millis, Supplier<T> analysis) {
        if (millis <= 0) return analysis.get();
        Deadline outer = CURRENT.get();
        Deadline mine = new Deadline(System.nanoTime() + millis * 1_000_000L, millis);
        // a nested analysis (another function's, solved on first use and shared) gets its own time:
        // cutting it to what the outer one has left would cache a failure every rule then reads
        CURRENT.set(mine);
        try {
            return analysis.get();
        } finally {
            if (outer == null) CURRENT.remove();
            else CURRENT.set(outer);
        }
    }

    /** Throws {@link BudgetExceededException} when the current deadline has passed. */
    public static void check() {
        Deadline d = CURRENT.get();
        if (d != null && System.nanoTime() - d.endNanos() > 0) {
            throw new BudgetExceededException("over its time budget (" + d.millis() + " ms)");
        }
    }
}
