package dev.lookasidelint.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code lookaside-lint} with no subcommand prints its usage. */
@Command(name = "lookaside-lint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Finds lookaside-list misuse in Windows kernel driver sources (C and C++).",
        subcommands = {ScanCommand.class, RulesCommand.class, ExplainCommand.class, VersionCommand.class})
final class TopCommand implements Callable<Integer> {
    final PrintStream out;
    final PrintStream err;

    TopCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        err.println("lookaside-lint: a command is needed: scan, rules, explain or version.");
        err.println("Try 'lookaside-lint --help'.");
        return Main.EXIT_ERROR;
    }
}
