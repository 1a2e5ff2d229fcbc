package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.model.BlockState;
import dev.lookasidelint.rules.model.FreeEvent;
import dev.lookasidelint.rules.model.Origin;
import dev.lookasidelint.rules.model.Release;
import java.util.List;

/**
 * LAL005 block-double-free: a block is freed again on a path where it was already freed, to a
 * lookaside list or to pool. Two frees to pool of pool memory are not lookaside misuse and are left
 * to other tools.
 */
final class BlockDoubleFree extends BlockRule {

    BlockDoubleFree(RuleInfo info) {
        super(info);
    }

    @Override
    void check(RuleContext context, Function f, Op op, BlockState state, Reporter reporter) {
        if (!(op instanceof Op.Call call) || state.freed().isEmpty()) return;
        for (Release release : context.blockLifetime().releases(f, call, context.blockSummaries())) {
            FreeEvent first = state.freeOf(release.block());
            if (first == null) continue;
            Origin origin = state.originOf(release.block());
            boolean lookaside = !first.toPool() || !release.event().toPool() || (origin != null && !origin.isPool());
            if (!lookaside) continue;
            FreeEvent second = release.event();
            String firstStep = "'" + first.block() + "' is " + first.describe() + " here";
            String secondStep = "'" + second.block() + "' is " + second.describe() + " again here";
            String message = "Block '" + second.block() + "' is " + second.describe() + " after it was already "
                    + first.describe() + " (line " + first.location().line() + "). The list may already have"
                    + " handed the block to another caller, and now holds it twice.";
            Finding finding = new Finding(info().id(), info().severity(), message, call.location(), f.name(),
                    List.of(new RelatedLocation(1, first.location(), firstStep)),
                    List.of(List.of(new TraceStep(first.location(), firstStep), new TraceStep(call.location(), secondStep))));
            reporter.report(second.block() + "\u0000" + call.location(), finding);
        }
    }
}
