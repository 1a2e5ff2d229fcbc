package dev.lookasidelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar stays silent for short scans, redraws sparingly, and leaves a clean line. */
class ProgressBarTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong();

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aScanOfAMomentShowsNothing() {
        ProgressBar bar = new ProgressBar(err, now::get);
        now.set(100_000_000L);
        bar.parsed(1, 2);
        bar.parsed(2, 2);
        bar.finish();
        assertEquals("", printed());
    }

    @Test
    void aLongScanShowsTheBarAtMostTenTimesASecondAndErasesIt() {
        ProgressBar bar = new ProgressBar(err, now::get);
        now.set(600_000_000L);
        bar.parsed(1, 4);
        now.set(650_000_000L);
        bar.parsed(2, 4); // too soon after the last drawing
        now.set(800_000_000L);
        bar.parsed(3, 4);
        bar.parsed(4, 4); // the last file is always drawn
        bar.finish();
        String out = printed();
        assertEquals(3, out.split("\r", -1).length - 2, out); // three drawings and the erase
        assertTrue(out.contains("] 3/4 files\u001b[K"), out);
        assertTrue(out.endsWith("4/4 files, analysing\u001b[K\r\u001b[K"), out);
    }

    @Test
    void theBarIsProportional() {
        assertEquals("lookaside-lint: [###############---------------] 1137/2274 files", ProgressBar.line(1137, 2274));
    }
}
