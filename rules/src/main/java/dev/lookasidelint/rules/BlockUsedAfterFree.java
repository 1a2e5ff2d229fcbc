package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.model.BlockState;
import dev.lookasidelint.rules.model.CallSites;
import dev.lookasidelint.rules.model.FreeEvent;
import dev.lookasidelint.rules.model.Release;
import dev.lookasidelint.rules.model.UnreadParameters;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * LAL004 block-used-after-free: a block, or an alias of it, is dereferenced, passed to a function,
 * returned or stored after it was freed to its lookaside list on some path. Freeing it again is
 * LAL005's, not this rule's; what happens after a free to pool is not lookaside misuse.
 */
final class BlockUsedAfterFree extends BlockRule {

    BlockUsedAfterFree(RuleInfo info) {
        super(info);
    }

    @Override
    void check(RuleContext context, Function f, Op op, BlockState state, Reporter reporter) {
        if (state.freed().isEmpty()) return;
        if (op instanceof Op.Deref d) {
            use(f, d.pointer(), state, d.location(), "dereferenced", reporter);
        } else if (op instanceof Op.Call call) {
            Set<Integer> freedHere = context.blockLifetime().releases(f, call, context.blockSummaries()).stream()
                    .map(Release::argument).collect(Collectors.toSet());
            Function target = CallSites.callee(context.program(), f, call);
            for (int i = 0; i < call.arguments().size(); i++) {
                if (freedHere.contains(i)) continue; // a second free is LAL005
                Op.Argument arg = call.arguments().get(i);
                if (state.freeOf(arg.path()) == null) continue;
                if (target != null && UnreadParameters.isUnread(target, i)) continue; // nobody looks at it
                String callee = call.callee() == null ? "a function pointer" : "'" + call.callee() + "'";
                use(f, arg.path(), state, arg.location(), "passed to " + callee, reporter);
            }
        } else if (op instanceof Op.Return r) {
            use(f, r.value(), state, r.location(), "returned", reporter);
        } else if (op instanceof Op.Assign a && a.source() != null && !isLocalVariable(a.target())) {
            use(f, a.source(), state, a.location(), "stored in '" + a.target() + "'", reporter);
        }
    }

    private static boolean isLocalVariable(AccessPath p) {
        return p.isVariable() && (p.scope() == AccessPath.Scope.LOCAL || p.scope() == AccessPath.Scope.PARAM);
    }

    private void use(Function f, AccessPath path, BlockState state, SourceLocation at, String how, Reporter reporter) {
        FreeEvent free = state.freeOf(path);
        if (free == null || free.toPool()) return;
        String freeStep = "'" + free.block() + "' is " + free.describe() + " here";
        String useStep = "'" + path + "' is " + how + " here, after the free";
        String message = "Block '" + path + "' is " + how + " after it was " + free.describe() + " (line "
                + free.location().line() + "). From the free on, the list owns the block and may hand it to"
                + " another caller.";
        Finding finding = new Finding(info().id(), info().severity(), message, at, f.name(),
                List.of(new RelatedLocation(1, free.location(), freeStep)),
                List.of(List.of(new TraceStep(free.location(), freeStep), new TraceStep(at, useStep))));
        reporter.report(free.location() + "\u0000" + free.block(), finding);
    }
}
