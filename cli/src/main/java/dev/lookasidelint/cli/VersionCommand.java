package dev.lookasidelint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "version", description = "Prints the version.")
final class VersionCommand implements Callable<Integer> {
    @ParentCommand
    TopCommand top;

    @Override
    public Integer call() {
        top.out.println("lookaside-lint " + Version.get());
        return Main.EXIT_CLEAN;
    }
}
