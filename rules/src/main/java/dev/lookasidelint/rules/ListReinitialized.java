package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.model.ListEffect;
import dev.lookasidelint.rules.model.ListPhase;
import dev.lookasidelint.rules.model.ListState;

/** LAL011 list-reinitialized: Initialize on a list that is already initialized on that path. */
final class ListReinitialized extends ListRule {

    ListReinitialized(RuleInfo info) {
        super(info);
    }

    @Override
    void check(Function f, Op.Call call, ListEffect effect, ListState state, Reporter reporter) {
        if (effect.role() != DdiRole.INITIALIZE || state.phaseOf(effect.list()) != ListPhase.INITIALIZED) return;
        String message = "Lookaside list '" + effect.list() + "' is initialized again" + how(effect)
                + " while it is still initialized on this path. The first registration in the system-wide"
                + " list of lookaside lists is lost and its links go stale.";
        report(f, call, effect, message, "'" + effect.list() + "' is initialized again here", reporter);
    }
}
