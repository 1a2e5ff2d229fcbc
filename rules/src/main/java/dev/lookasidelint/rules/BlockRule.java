package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.model.BlockStashes;
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
        checkTogether(java.util.List.of(this), context, reporter);
    }

    /**
     * Runs several block rules in one walk over each function's solution: the walk replays the
     * analysis op by op, which costs as much as the rules' own checks, so it is done once for all of
     * them. Each rule still sees the functions, ops and paths in the same order as alone. A function
     * whose walk fails is reported and the others are still checked.
     */
    static void checkTogether(java.util.List<BlockRule> rules, RuleContext context, Reporter reporter) {
        checkTogether(rules, context, reporter, null);
    }

    /** The same, and {@code stashes} (if not null) sees every op and path state of the walk too. */
    static void checkTogether(java.util.List<BlockRule> rules, RuleContext context, Reporter reporter,
                              BlockStashes.Collector stashes) {
        for (Function f : context.program().functions()) {
            context.guarded(f, () -> {
                context.blockSolution(f).ifPresent(solution -> solution.forEachOp((block, op, paths) -> {
                    for (BlockRule rule : rules) {
                        for (BlockState state : paths.states()) rule.check(context, f, op, state, reporter);
                    }
                    if (stashes != null) {
                        for (BlockState state : paths.states()) stashes.visit(f, op, state);
                    }
                }));
                return null;
            }, null);
        }
    }

    /** Looks at one op with the state of one path just before it. */
    abstract void check(RuleContext context, Function f, Op op, BlockState state, Reporter reporter);
}
