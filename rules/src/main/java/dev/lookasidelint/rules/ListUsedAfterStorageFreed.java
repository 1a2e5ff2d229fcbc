package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.model.ListEffect;
import dev.lookasidelint.rules.model.ListPhase;
import dev.lookasidelint.rules.model.ListState;

/**
 * LAL003 list-used-after-storage-freed: Initialize, Allocate, Free, Flush or Delete on a list reached
 * through a pointer whose object was freed on that path ({@code ExFreePool(ctx)} then
 * {@code ExDeleteNPagedLookasideList(&ctx->List)}), or whose device was deleted. A Delete of a list the
 * path never initialized is LAL007's finding.
 */
final class ListUsedAfterStorageFreed extends ListRule {

    ListUsedAfterStorageFreed(RuleInfo info) {
        super(info);
    }

    @Override
    void check(Function f, Op.Call call, ListEffect effect, ListState state, Reporter reporter) {
        AccessPath freed = state.freedStorageOf(effect.list());
        if (freed == null) return;
        ListPhase phase = state.phaseOf(effect.list());
        if (phase == ListPhase.UNINITIALIZED || phase == ListPhase.DELETED) return; // LAL007 speaks
        String verb = switch (effect.role()) {
            case DELETE -> "deleted";
            case ALLOCATE -> "allocated from";
            case FREE -> "freed to";
            case INITIALIZE -> "initialized";
            default -> "flushed";
        };
        String message = "Lookaside list '" + effect.list() + "' is " + verb + how(effect) + " after the memory"
                + " that holds it was freed ('" + freed + "'). The header is in freed pool: unlinking or using it"
                + " writes into memory that another owner may already hold.";
        report(f, call, effect, message, "'" + effect.list() + "' is " + verb + " here, after '" + freed
                + "' was freed", reporter);
    }
}
