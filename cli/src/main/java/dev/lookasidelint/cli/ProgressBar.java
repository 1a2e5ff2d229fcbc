package dev.lookasidelint.cli;

import dev.lookasidelint.analyzer.project.ParseProgress;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for a person at a terminal: {@code [########------------] 812/2274 files}.
 * It shows only once a scan has taken more than a moment, redraws at most ten times a second, says
 * "analysing" once every file is parsed, and erases itself when the scan ends.
 */
final class ProgressBar implements ParseProgress {
    private static final long SHOW_AFTER_NANOS = 500_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final LongSupplier clock;
    private final long start;
    private long lastDrawn;
    private boolean shown;

    ProgressBar(PrintStream err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDrawn = start - REDRAW_NANOS;
    }

    @Override
    public synchronized void parsed(int done, int total) {
        long now = clock.getAsLong();
        boolean last = done == total;
        if (now - start < SHOW_AFTER_NANOS && !(last && shown)) return;
        if (!last && now - lastDrawn < REDRAW_NANOS) return;
        lastDrawn = now;
        shown = true;
        err.print("\r" + line(done, total) + "\u001b[K");
        err.flush();
    }

    /** Erases the bar, so the report and the summary start on a clean line. */
    synchronized void finish() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    static String line(int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        return "lookaside-lint: [" + bar + "] " + done + "/" + total + " files" + (done == total ? ", analysing" : "");
    }
}
