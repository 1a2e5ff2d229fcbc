package dev.lookasidelint.analyzer.project;

import java.util.concurrent.ExecutionException;

/** What a thread waiting for tasks on a pool throws when they fail: the task's own failure, as it was. */
public final class Tasks {
    private Tasks() {
    }

    /** The failure of a task: its runtime exception or error itself, anything else wrapped. */
    public static RuntimeException failure(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) return r;
        if (e.getCause() instanceof Error err) throw err;
        return new IllegalStateException(e.getCause());
    }

    /** Keeps the interrupt for the caller and ends the wait. */
    public static RuntimeException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("interrupted", e);
    }
}
