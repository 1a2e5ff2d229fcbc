package dev.lookasidelint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tool under test, run the way users run it: the repository's {@code ./lookaside-lint}
 * launcher, one process per scan. Uses {@code --stats} and {@code --parse-only} when this build of
 * the tool has them (read from {@code scan --help}); without {@code --stats} the figures come from
 * the summary line on standard error.
 */
final class LookasideLint {
    /** One scan: the whole-process measurement, the tool's own figures, its findings. */
    record Result(Measurement measurement, ScanStats stats, List<Finding> findings) {
    }

    private final Path launcher;
    private final ProcessRunner runner;
    private final Path scratch;
    private String help;

    LookasideLint(Path repo, ProcessRunner runner, Path scratch) {
        this.launcher = repo.resolve("lookaside-lint");
        this.runner = runner;
        this.scratch = scratch;
    }

    String version() throws IOException, InterruptedException {
        return runner.run(List.of(launcher.toString(), "version"), scratch, null).stdoutText().trim();
    }

    boolean hasStats() throws IOException, InterruptedException {
        return help().contains("--stats");
    }

    boolean hasParseOnly() throws IOException, InterruptedException {
        return help().contains("--parse-only");
    }

    private String help() throws IOException, InterruptedException {
        if (help == null) help = runner.run(List.of(launcher.toString(), "scan", "--help"), scratch, null).stdoutText();
        return help;
    }

    /**
     * Scans {@code targets} (paths relative to {@code root}, which is the working folder) with the
     * given include folders and parser threads.
     */
    Result scan(Path root, List<String> targets, List<Path> includes, int jobs, boolean parseOnly)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString(), "scan", "--jobs", Integer.toString(jobs)));
        for (Path inc : includes) cmd.addAll(List.of("-I", inc.toString()));
        Path statsFile = null;
        if (hasStats()) {
            Files.createDirectories(scratch);
            statsFile = Files.createTempFile(scratch, "stats", ".json");
            cmd.addAll(List.of("--stats", statsFile.toString()));
        }
        if (parseOnly) cmd.add("--parse-only");
        cmd.addAll(targets);
        ProcessRunner.Run run = runner.run(cmd, root, null);
        int code = run.measurement().exitCode();
        if (code != 0 && code != 1) {
            throw new IOException("lookaside-lint failed (exit " + code + ") on " + root + ":\n" + run.stderrText());
        }
        ScanStats stats = statsFile != null && Files.size(statsFile) > 0
                ? ScanStats.fromJson(Files.readString(statsFile))
                : ScanStats.fromSummaryLine(run.stderrText());
        if (statsFile != null) Files.deleteIfExists(statsFile);
        List<Finding> findings = Finding.parseLookasideLint(run.stdoutText());
        Files.deleteIfExists(run.stdout());
        Files.deleteIfExists(run.stderr());
        return new Result(run.measurement(), stats, findings);
    }
}
