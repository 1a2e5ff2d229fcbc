package dev.lookasidelint.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command as a separate process and measures it whole: under GNU time ({@code /usr/bin/time})
 * when it is there, which counts the CPU and peak RSS of the process and of every child it waited
 * for; otherwise wall time only (CPU and RSS unknown).
 */
final class ProcessRunner {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static Boolean gnuTime;

    /** The output of a run: its measurement and where its stdout and stderr went. */
    record Run(Measurement measurement, Path stdout, Path stderr) {
        String stdoutText() throws IOException {
            return Files.readString(stdout, StandardCharsets.UTF_8);
        }

        String stderrText() throws IOException {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        }
    }

    private final Path scratch;

    ProcessRunner(Path scratch) {
        this.scratch = scratch;
    }

    static synchronized boolean hasGnuTime() {
        if (gnuTime == null) {
            gnuTime = false;
            if (Files.isExecutable(GNU_TIME)) {
                try {
                    Process p = new ProcessBuilder(GNU_TIME.toString(), "--version").redirectErrorStream(true).start();
                    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    gnuTime = p.waitFor() == 0 && out.contains("GNU");
                } catch (IOException | InterruptedException e) {
                    gnuTime = false;
                }
            }
        }
        return gnuTime;
    }

    /** Runs {@code command} in {@code dir}, with standard input from {@code stdin} (or none). */
    Run run(List<String> command, Path dir, Path stdin) throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        Path timing = Files.createTempFile(scratch, "time", ".txt");
        List<String> cmd = new ArrayList<>();
        boolean timed = hasGnuTime();
        if (timed) cmd.addAll(List.of(GNU_TIME.toString(), "-o", timing.toString(), "-f", "%e %U %S %M"));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.redirectInput(stdin != null ? ProcessBuilder.Redirect.from(stdin.toFile()) : ProcessBuilder.Redirect.from(new File("/dev/null")));
        long start = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        Measurement m = timed ? Measurement.parseGnuTime(Files.readString(timing), code) : new Measurement(wall, -1, -1, code);
        Files.deleteIfExists(timing);
        return new Run(m, out, err);
    }
}
