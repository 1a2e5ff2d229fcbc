package dev.lookasidelint.cli;

import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.RuleCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "rules", description = "Lists the rules: id, name, severity and what each finds.")
final class RulesCommand implements Callable<Integer> {
    @ParentCommand
    TopCommand top;

    @Override
    public Integer call() {
        // the name column is as wide as the longest name, so the columns line up
        int width = RuleCatalog.infos().stream().mapToInt(r -> r.name().length()).max().orElse(0);
        for (RuleInfo r : RuleCatalog.infos()) {
            top.out.printf("%s  %-" + width + "s  %-8s %s%n", r.id(), r.name(), r.severity().label(),
                    r.shortDescription());
        }
        return Main.EXIT_CLEAN;
    }
}
