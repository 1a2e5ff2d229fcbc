package dev.lookasidelint.cli;

import dev.lookasidelint.rules.Rule;
import dev.lookasidelint.rules.RuleCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "explain", description = "Prints a rule's help: what it finds, why it matters, examples.")
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    TopCommand top;

    @Parameters(paramLabel = "RULE", description = "A rule id such as LAL004.")
    String id;

    @Override
    public Integer call() {
        Rule rule = RuleCatalog.byId(id);
        if (rule == null) {
            top.err.println("lookaside-lint: no rule '" + id + "'; 'lookaside-lint rules' lists them.");
            return Main.EXIT_ERROR;
        }
        top.out.print(rule.info().helpText());
        return Main.EXIT_CLEAN;
    }
}
