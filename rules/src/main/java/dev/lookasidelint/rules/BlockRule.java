package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.model.BlockState;

/**
 * A rule about blocks: it reads the shared block analysis of every function that frees something,
 * op by op, once for each path the analysis kept apart.
 */
abstract class BlockRule extends CatalogRule {

    BlockRule(RuleInfo info) {
        super(info);
    }


    @Override
    public final void check(RuleContext context, Reporter reporter) {
        for (Function f : context.program().functions()) {
            // a rule that fails on one function is reported; the others are still checked
            context.guarded(f, () -> {
                context.blockSolution(f).ifPresent(solution -> solution.forEachOp((block, op, paths) -> {
                    for (BlockState state : paths.states()) check(context, f, op, state, reporter);
                }));
                return null;
            }, null);
        }
    }

    /** Looks at one op with the state of one path just before it. */
    abstract void check(RuleContext context, Function f, Op op, BlockState state, Reporter reporter);
}
