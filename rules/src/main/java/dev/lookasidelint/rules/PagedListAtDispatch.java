package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.driver.IrqlModel;
import dev.lookasidelint.rules.driver.IrqlState;
import dev.lookasidelint.rules.driver.RaisedRoutine;
import dev.lookasidelint.rules.model.PagedLists;
import dev.lookasidelint.rules.model.PagedUse;
import dev.lookasidelint.rules.model.PagedUseSummary;
import dev.lookasidelint.rules.model.PagedUses;
import java.util.ArrayList;
import java.util.List;

/**
 * LAL010 paged-list-at-dispatch: a paged lookaside list is initialized, allocated from, freed to,
 * flushed or deleted where IRQL may be above APC_LEVEL: anywhere in a routine that runs raised (a DPC,
 * ISR, completion routine, timer callback), or inside a raised region (a spin lock held, after
 * KeRaiseIrql). A helper that does it, called from such a place, is reported at that call. One finding
 * per list and function.
 */
final class PagedListAtDispatch extends CatalogRule {

    PagedListAtDispatch(RuleInfo info) {
        super(info);
    }


    @Override
    public void check(RuleContext context, Reporter reporter) {
        PagedLists pagedLists = new PagedLists(context.program(), context.ddis());
        if (!anyPagedCall(context, pagedLists)) return; // most drivers use nonpaged lists only
        IrqlModel irql = context.irql();
        PagedUses paged = new PagedUses(context.program(), context.ddis(), pagedLists, irql);
        Summaries<PagedUseSummary> summaries = Summaries.compute(context.callGraph(), PagedUseSummary.NONE,
                (f, table) -> context.guarded(f, () -> paged.summarize(f, table), PagedUseSummary.NONE));
        for (Function f : context.program().functions()) {
            context.guarded(f, () -> {
                check(f, irql, paged, summaries, reporter);
                return null;
            }, null);
        }
    }

    private static boolean anyPagedCall(RuleContext context, PagedLists pagedLists) {
        for (Function f : context.program().functions()) {
            for (var b : f.cfg().blocks()) {
                for (var op : b.ops()) {
                    if (op instanceof Op.Call call && pagedLists.isPaged(call)) return true;
                }
            }
        }
        return false;
    }

    private void check(Function f, IrqlModel irql, PagedUses paged, Summaries<PagedUseSummary> summaries,
                       Reporter reporter) {
        RaisedRoutine routine = irql.raisedAtEntry(f);
        if (routine == null && !irql.raisesIrql(f)) return; // never raised: its callers judge what it does
        irql.regions(f).forEachOp((block, op, before) -> {
            if (!(op instanceof Op.Call call)) return;
            IrqlState region = IrqlState.anyRaised(before);
            if (routine == null && region == null) return;
            for (PagedUse use : paged.at(f, call, summaries)) report(f, call, use, routine, region, reporter);
        });
    }

    private void report(Function f, Op.Call call, PagedUse use, RaisedRoutine routine, IrqlState region,
                        Reporter reporter) {
        TraceStep raised;
        String where;
        if (routine != null) {
            raised = routine.why();
            where = "'" + f.name() + "' is " + routine.role();
        } else {
            raised = new TraceStep(region.raisedAt(), "'" + region.raisedBy() + "' raises IRQL to DISPATCH_LEVEL here");
            where = region.what() + " (since '" + region.raisedBy() + "' on line " + region.raisedAt().line() + ")";
        }
        String by = use.helper() == null ? "" : " by '" + use.helper() + "'";
        String message = "Paged lookaside list '" + use.list() + "' is " + use.verb() + by
                + " where IRQL may be above APC_LEVEL. " + Sentences.capitalized(where) + ". Paged pool may be paged out, and touching it"
                + " at DISPATCH_LEVEL or above bug-checks the machine with IRQL_NOT_LESS_OR_EQUAL.";
        List<TraceStep> flow = new ArrayList<>();
        flow.add(raised);
        flow.addAll(use.chain());
        Finding finding = new Finding(info().id(), info().severity(), message, call.location(), f.name(),
                List.of(new RelatedLocation(1, raised.location(), raised.message())), List.of(flow));
        reporter.report(use.key(), finding); // one finding per list and function
    }
}
