package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.model.ListEffect;
import dev.lookasidelint.rules.model.ListPhase;
import dev.lookasidelint.rules.model.ListState;

/**
 * LAL007 list-used-after-delete: Allocate, Free, Flush or Delete on a list that was already deleted on
 * that path, or (in DriverEntry) not initialized yet, as when a failure before the Initialize jumps
 * to a cleanup that deletes every list.
 */
final class ListUsedAfterDelete extends ListRule {

    ListUsedAfterDelete(RuleInfo info) {
        super(info);
    }

    @Override
    void check(Function f, Op.Call call, ListEffect effect, ListState state, Reporter reporter) {
        if (effect.role() == DdiRole.INITIALIZE) return;
        ListPhase phase = state.phaseOf(effect.list());
        if (phase != ListPhase.DELETED && phase != ListPhase.UNINITIALIZED) return;
        String verb = switch (effect.role()) {
            case DELETE -> "deleted";
            case ALLOCATE -> "allocated from";
            case FREE -> "freed to";
            default -> "flushed";
        };
        String when = phase == ListPhase.DELETED ? "after it was already deleted on this path"
                : "on a path where it was never initialized";
        String message = "Lookaside list '" + effect.list() + "' is " + verb + how(effect) + " " + when + ". "
                + (phase == ListPhase.DELETED
                ? "The header is no longer in the system-wide list; using it again corrupts that list or pool."
                : "Deleting a header that was never linked in unlinks garbage from the system-wide list;"
                        + " set a flag after Initialize and test it before Delete.");
        report(f, call, effect, message, "'" + effect.list() + "' is " + verb + " here " + when, reporter);
    }
}
