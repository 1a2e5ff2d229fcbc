package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.model.ListEffect;
import dev.lookasidelint.rules.model.ListState;
import java.util.List;

/**
 * LAL012 init-status-ignored: the NTSTATUS of {@code ExInitializeLookasideListEx} (the Initialize of
 * the EX family, the one that can fail) is thrown away, or is not tested before the list is used or
 * the function returns, or is overwritten first. Returning the status itself hands the test to the
 * caller.
 */
final class InitStatusIgnored extends CatalogRule {

    InitStatusIgnored(RuleInfo info) {
        super(info);
    }


    @Override
    public void check(RuleContext context, Reporter reporter) {
        for (Function f : context.program().functions()) {
            // only a function that calls an Initialize itself has a status to test: skip the replay elsewhere
            if (!context.ddis().calledBy(f, DdiRole.INITIALIZE)) continue;
            context.listPhases(f).ifPresent(solution -> solution.forEachOp((block, op, paths) -> {
                if (op instanceof Op.Call call && returnsStatus(context, call) && call.result() == null) {
                    report(f, call.location(), "its status is thrown away", null, reporter);
                }
                for (ListState state : paths.states()) {
                    if (state.pending().values().stream().anyMatch(ListState.PendingInit::direct)) {
                        checkPending(context, f, op, state, reporter);
                    }
                }
            }));
        }
    }

    private static boolean returnsStatus(RuleContext context, Op.Call call) {
        Ddi ddi = context.ddis().lookup(call.callee());
        return ddi != null && ddi.role() == DdiRole.INITIALIZE && ddi.family().equals("EX");
    }

    private void checkPending(RuleContext context, Function f, Op op, ListState state, Reporter reporter) {
        var overwritten = op instanceof Op.Call c ? c.result() : op instanceof Op.Assign a ? a.target() : null;
        if (overwritten != null && state.pending().containsKey(overwritten) && state.pending().get(overwritten).direct()) {
            report(f, state.pending().get(overwritten).at(), "'" + overwritten + "' is overwritten before it is tested",
                    op.location(), reporter);
        }
        if (op instanceof Op.Return r) {
            for (var e : state.pending().entrySet()) {
                if (!e.getValue().direct() || e.getKey().equals(r.value())) continue; // the caller gets the status
                report(f, e.getValue().at(), "the function returns without testing '" + e.getKey() + "'",
                        r.location(), reporter);
            }
        } else if (op instanceof Op.Call call) {
            for (ListEffect effect : context.listStates().effects(f, call, context.listSummaries())) {
                if (effect.role() == DdiRole.INITIALIZE) continue;
                for (var e : state.pending().entrySet()) {
                    if (!e.getValue().direct() || !e.getValue().list().equals(effect.list())) continue;
                    report(f, e.getValue().at(), "'" + effect.list() + "' is used before '" + e.getKey() + "' is tested",
                            call.location(), reporter);
                }
            }
        }
    }

    private void report(Function f, SourceLocation init, String why, SourceLocation where, Reporter reporter) {
        String step = "the status of the Initialize is not tested: " + why;
        String message = "The NTSTATUS of ExInitializeLookasideListEx is not checked: " + why + ". When the"
                + " Initialize fails the list is not linked in, and using or deleting it corrupts memory.";
        List<RelatedLocation> related = where == null ? List.of() : List.of(new RelatedLocation(1, where, why));
        List<TraceStep> flow = where == null ? List.of(new TraceStep(init, step))
                : List.of(new TraceStep(init, "the list is initialized here"), new TraceStep(where, why));
        reporter.report(init.toString(), new Finding(info().id(), info().severity(), message, init, f.name(), related,
                List.of(flow)));
    }
}
