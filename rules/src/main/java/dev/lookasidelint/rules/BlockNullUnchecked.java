package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.model.BlockState;
import dev.lookasidelint.rules.model.Origin;
import java.util.List;

/**
 * LAL009 block-null-unchecked: the result of a lookaside Allocate is dereferenced on a path where it
 * was not checked for NULL (a check of an alias counts; {@code ASSERT} does not, since free builds
 * compile it away). Lists initialized to raise on failure are exempt.
 */
final class BlockNullUnchecked extends BlockRule {

    BlockNullUnchecked(RuleInfo info) {
        super(info);
    }

    @Override
    void check(RuleContext context, Function f, Op op, BlockState state, Reporter reporter) {
        if (!(op instanceof Op.Deref d) || state.origins().isEmpty()) return;
        Origin origin = state.originOf(d.pointer());
        if (origin == null || origin.isPool()) return;
        if (Boolean.TRUE.equals(state.facts().truthy().get(d.pointer()))) return;
        if (!origin.canBeNull() || context.raisingLists().raises(origin.list())) return;
        String allocStep = "'" + d.pointer() + "' is " + origin.describe() + " here; the result can be NULL";
        String useStep = "'" + d.pointer() + "' is dereferenced here without a NULL check on this path";
        String message = "Block '" + d.pointer() + "' from " + origin.source() + " (line "
                + origin.location().line() + ") is dereferenced without a NULL check. Allocation from a"
                + " lookaside list fails like any pool allocation when the list is empty and pool is short.";
        Finding finding = new Finding(info().id(), info().severity(), message, d.location(), f.name(),
                List.of(new RelatedLocation(1, origin.location(), allocStep)),
                List.of(List.of(new TraceStep(origin.location(), allocStep), new TraceStep(d.location(), useStep))));
        reporter.report(origin.location().toString(), finding);
    }
}
