package dev.lookasidelint.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The {@code lookaside-lint} command. Exit codes follow linters: 0 no findings, 1 findings, 2 bad
 * arguments or a run that could not do its job. A failure never ends in a Java stack trace unless
 * {@code --debug} asks for one.
 */
public final class Main {
    public static final int EXIT_CLEAN = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with the given streams; the entry point that tests share with users. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new TopCommand(out, err));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("lookaside-lint: " + ex.getMessage());
            err.println("Try 'lookaside-lint --help'.");
            return EXIT_ERROR;
        });
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("lookaside-lint: error: " + describe(ex));
            if (debug) ex.printStackTrace(err);
            return EXIT_ERROR;
        });
        try {
            return cli.execute(args);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println("lookaside-lint: error: " + describe(e));
            if (debug) e.printStackTrace(err);
            return EXIT_ERROR;
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
