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
import dev.lookasidelint.rules.model.Origin;
import java.util.List;

/**
 * LAL008 block-leaked: a block this function allocated into a local becomes unreachable on some path:
 * the function returns, or the last local that holds it is overwritten, while it was neither freed,
 * returned, stored outside the function's locals, nor passed to a function that may take it over; or
 * the call's value is only tested ({@code if (ExAllocateFrom...(&L) == NULL)}) and never stored.
 * A path on which the allocation is known to have failed (NULL) leaks nothing.
 */
final class BlockLeaked extends BlockRule {

    BlockLeaked(RuleInfo info) {
        super(info);
    }

    @Override
    void check(RuleContext context, Function f, Op op, BlockState state, Reporter reporter) {
        if (state.owned().isEmpty()) return;
        if (op instanceof Op.Return r) {
            for (AccessPath p : state.owned()) {
                if (r.value() != null && (p.equals(r.value())
                        || state.aliases().getOrDefault(p, java.util.Set.of()).contains(r.value()))) {
                    continue; // returned to the caller, who owns it now
                }
                leak(f, p, state, r.location(), "the function returns", reporter);
            }
        } else if (op instanceof Op.Assign a && state.lastOwner(a.target()) && !a.target().equals(a.source())) {
            leak(f, a.target(), state, a.location(), "'" + a.target() + "' is overwritten", reporter);
        } else if (op instanceof Op.Call c && c.result() != null && state.lastOwner(c.result())) {
            leak(f, c.result(), state, c.location(), "'" + c.result() + "' is overwritten", reporter);
        } else if (op instanceof Op.ScopeEnd end) {
            for (AccessPath p : state.owned()) {
                // if (Allocate(...) == NULL): the block was only tested, and dies with the test
                if (p.isTemporary() && p.isVariable() && end.locals().contains(p.root()) && state.lastOwner(p)) {
                    leak(f, p, state, end.location(), "its value is tested and then dropped", reporter);
                }
            }
        }
    }

    private void leak(Function f, AccessPath p, BlockState state, SourceLocation at, String how, Reporter reporter) {
        if (Boolean.FALSE.equals(state.facts().truthy().get(p))) return; // the allocation failed on this path
        Origin origin = state.originOf(p);
        if (origin == null || origin.isPool()) return;
        String allocStep = "'" + p + "' is " + origin.describe() + " here";
        String lostStep = how + " here while '" + p + "' still holds the block";
        String message = "Block '" + p + "' from " + origin.source() + " is leaked. " + Sentences.capitalized(how)
                + " (line " + at.line() + ") without freeing, returning, storing or handing it on. The list's"
                + " outstanding count never comes back down, and the memory is lost until reboot.";
        Finding finding = new Finding(info().id(), info().severity(), message, origin.location(), f.name(),
                List.of(new RelatedLocation(1, at, lostStep)),
                List.of(List.of(new TraceStep(origin.location(), allocStep), new TraceStep(at, lostStep))));
        reporter.report(origin.location().toString(), finding);
    }
}
