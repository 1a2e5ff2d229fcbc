package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;

/** One rule of the catalog: reads the shared analysis results and reports findings. */
public interface Rule {

    RuleInfo info();

    void check(RuleContext context, Reporter reporter);
}
