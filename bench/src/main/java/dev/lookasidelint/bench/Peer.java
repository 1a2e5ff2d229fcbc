package dev.lookasidelint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A peer analyzer run on the same files as lookaside-lint, when it is installed: clang's static
 * analyzer (one process per file, as many at once as lookaside-lint has threads) or cppcheck (its
 * own {@code -j}). Both are told the lookaside DDIs' ownership through the files in
 * {@code bench/peers/}.
 */
abstract class Peer {
    /** One run: the whole-process measurement (all child processes included) and the warnings. */
    record Result(Measurement measurement, List<Finding> warnings) {
    }

    final Path peers;
    final ProcessRunner runner;
    final Path scratch;

    Peer(Path repo, ProcessRunner runner, Path scratch) {
        this.peers = repo.resolve("bench/peers");
        this.runner = runner;
        this.scratch = scratch;
    }

    abstract String name();

    abstract String executable();

    /** The configuration, as the Markdown report shows it. */
    abstract String configuration();

    abstract Result run(Path root, List<String> cFiles, List<Path> includes, int jobs) throws IOException, InterruptedException;

    boolean available() {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, executable()))) return true;
        }
        return false;
    }

    String version() throws IOException, InterruptedException {
        ProcessRunner.Run r = runner.run(List.of(executable(), "--version"), scratch, null);
        String text = r.stdoutText().isBlank() ? r.stderrText() : r.stdoutText();
        Files.deleteIfExists(r.stdout());
        Files.deleteIfExists(r.stderr());
        return text.lines().findFirst().orElse("?").trim();
    }

    static final class Clang extends Peer {
        Clang(Path repo, ProcessRunner runner, Path scratch) {
            super(repo, runner, scratch);
        }

        @Override
        String name() {
            return "clang --analyze";
        }

        @Override
        String executable() {
            return "clang";
        }

        @Override
        String configuration() {
            return "clang --analyze -include bench/peers/clang-lookaside.h -Xclang -analyzer-config -Xclang "
                    + "unix.DynamicMemoryModeling:Optimistic=true -I include -o /dev/null FILE, one process per file, "
                    + "run by xargs -P JOBS";
        }

        @Override
        Result run(Path root, List<String> cFiles, List<Path> includes, int jobs) throws IOException, InterruptedException {
            Files.createDirectories(scratch);
            Path list = Files.createTempFile(scratch, "files", ".lst");
            Files.writeString(list, String.join("\0", cFiles) + "\0", StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(List.of("xargs", "-0", "-P", Integer.toString(jobs), "-n", "1",
                    "clang", "--analyze", "-include", peers.resolve("clang-lookaside.h").toString(),
                    "-Xclang", "-analyzer-config", "-Xclang", "unix.DynamicMemoryModeling:Optimistic=true"));
            for (Path inc : includes) cmd.addAll(List.of("-I", inc.toString()));
            cmd.addAll(List.of("-o", "/dev/null"));
            ProcessRunner.Run r = runner.run(cmd, root, list);
            List<Finding> warnings = Finding.parseClang(r.stderrText());
            Files.deleteIfExists(list);
            Files.deleteIfExists(r.stdout());
            Files.deleteIfExists(r.stderr());
            return new Result(r.measurement(), warnings);
        }
    }

    static final class Cppcheck extends Peer {
        Cppcheck(Path repo, ProcessRunner runner, Path scratch) {
            super(repo, runner, scratch);
        }

        @Override
        String name() {
            return "cppcheck";
        }

        @Override
        String executable() {
            return "cppcheck";
        }

        @Override
        String configuration() {
            return "cppcheck --library=windows --library=bench/peers/lookaside.cfg -j JOBS -I include --enable=warning "
                    + "--inline-suppr --quiet --template='{file}:{line}:{id}:{message}' FILES";
        }

        @Override
        Result run(Path root, List<String> cFiles, List<Path> includes, int jobs) throws IOException, InterruptedException {
            List<String> cmd = new ArrayList<>(List.of("cppcheck", "--library=windows",
                    "--library=" + peers.resolve("lookaside.cfg"), "-j", Integer.toString(jobs)));
            for (Path inc : includes) cmd.addAll(List.of("-I", inc.toString()));
            cmd.addAll(List.of("--enable=warning", "--inline-suppr", "--quiet", "--template={file}:{line}:{id}:{message}"));
            cmd.addAll(cFiles);
            ProcessRunner.Run r = runner.run(cmd, root, null);
            List<Finding> warnings = Finding.parseCppcheck(r.stderrText());
            Files.deleteIfExists(r.stdout());
            Files.deleteIfExists(r.stderr());
            return new Result(r.measurement(), warnings);
        }
    }
}
