package dev.lookasidelint.testdata.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.lookasidelint.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One in-process run of the command, the way users run it, with a time bound: a hang is a failure, not a stuck build. */
record CliRun(int exit, String out, String err) {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception in thread|^Caused by: ");

    static CliRun of(String... args) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            CliRun run = new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            assertFalse(STACK_FRAME.matcher(run.err()).find(), "a Java stack trace on standard error:\n" + run.err());
            return run;
        }, "lookaside-lint " + String.join(" ", args) + " did not finish within " + LIMIT);
    }

    /** Every path under {@code dir} (links not followed), relative, for before/after comparisons. */
    static Set<String> tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            Set<String> paths = new TreeSet<>();
            s.forEach(p -> paths.add(dir.relativize(p) + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : "")));
            return paths;
        }
    }
}
