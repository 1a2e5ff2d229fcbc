package dev.lookasidelint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** GNU time's '%e %U %S %M' output becomes wall, user+system CPU and peak RSS. */
class MeasurementTest {

    @Test
    void readsTheFormatLine() {
        Measurement m = Measurement.parseGnuTime("4.43 4.67 0.24 235316\n", 0);
        assertEquals(4.43, m.wallSeconds(), 1e-9);
        assertEquals(4.91, m.cpuSeconds(), 1e-9);
        assertEquals(235316, m.peakRssKb());
        assertEquals(0, m.exitCode());
    }

    @Test
    void skipsTheNoteAboutANonZeroExit() {
        Measurement m = Measurement.parseGnuTime("Command exited with non-zero status 1\n0.52 0.40 0.05 90112\n", 1);
        assertEquals(0.52, m.wallSeconds(), 1e-9);
        assertEquals(0.45, m.cpuSeconds(), 1e-9);
        assertEquals(90112, m.peakRssKb());
        assertEquals(1, m.exitCode());
    }

    @Test
    void rejectsWhatIsNotTheFormat() {
        assertThrows(IllegalArgumentException.class, () -> Measurement.parseGnuTime("", 0));
        assertThrows(IllegalArgumentException.class, () -> Measurement.parseGnuTime("0:01.23elapsed 12%CPU\n", 0));
        assertThrows(IllegalArgumentException.class, () -> Measurement.parseGnuTime("1.0 x 0.1 100\n", 0));
    }
}
