package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.rule.RuleInfo;

/** A rule that carries its catalog metadata: the base of every rule class. */
abstract class CatalogRule implements Rule {
    private final RuleInfo info;

    CatalogRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }
}
