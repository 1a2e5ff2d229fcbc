package dev.lookasidelint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures the benchmark derives from its measurements. */
class BenchmarkTest {

    private static Benchmark.Scan scan(long lines, double wallSeconds) {
        Measurement m = new Measurement(wallSeconds, wallSeconds, 1024, 0);
        return new Benchmark.Scan(Path.of("corpus"), lines, 1, new LookasideLint.Result(m, null, List.of()));
    }

    @Test
    void marginalCostPerLineLeavesOutWhatEveryProcessPaysOnce() {
        // 0.5 s of start-up in both runs: the 90,000 added lines cost 2.7 s, 30 µs each
        Benchmark.Scan small = scan(10_000, 0.8);
        Benchmark.Scan large = scan(100_000, 3.5);
        assertEquals(30.0, Benchmark.marginalMicrosPerLine(small, large), 1e-9);
        assertEquals(80.0, small.microsPerLine(), 1e-9, "the whole-process figure counts the start-up");
    }
}
