package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiTable;
import dev.lookasidelint.rules.driver.IrqlModel;
import dev.lookasidelint.rules.driver.IrqlState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operations on paged lookaside lists, seen from a call: the DDI call itself, or what a helper does
 * at the IRQL it is called at ({@link PagedUseSummary}, bottom-up). A routine that runs raised from its
 * first line is summarised as doing nothing: its own uses are found in it, not at its callers.
 */
public final class PagedUses {
    private final Program program;
    private final DdiTable ddis;
    private final PagedLists paged;
    private final IrqlModel irql;

    public PagedUses(Program program, DdiTable ddis, PagedLists paged, IrqlModel irql) {
        this.program = program;
        this.ddis = ddis;
        this.paged = paged;
        this.irql = irql;
    }

    public PagedUseSummary summarize(Function f, Summaries<PagedUseSummary> table) {
        if (irql.raisedAtEntry(f) != null) return PagedUseSummary.NONE;
        Map<String, PagedUse> uses = new LinkedHashMap<>();
        if (!irql.raisesIrql(f)) {
            // no region of its own: every call is made at the IRQL f is called at
            for (Block b : f.cfg().blocks()) {
                for (Op op : b.ops()) {
                    if (!(op instanceof Op.Call call)) continue;
                    for (PagedUse use : at(f, call, table)) uses.putIfAbsent(use.key(), use);
                }
            }
            return uses.isEmpty() ? PagedUseSummary.NONE : new PagedUseSummary(uses);
        }
        Solution<PathSensitive.Paths<IrqlState>> regions = irql.regions(f);
        regions.forEachOp((block, op, before) -> {
            // raised uses are found in f itself; a use on a path where f has not raised IRQL is its callers' to judge
            if (!(op instanceof Op.Call call)) return;
            boolean passivePath = before.states().stream().anyMatch(s -> !s.raised());
            if (!passivePath) return;
            for (PagedUse use : at(f, call, table)) uses.putIfAbsent(use.key(), use);
        });
        return uses.isEmpty() ? PagedUseSummary.NONE : new PagedUseSummary(uses);
    }

    /** The paged-list operations that {@code call}, made in {@code f}, performs. */
    public List<PagedUse> at(Function f, Op.Call call, Summaries<PagedUseSummary> table) {
        Ddi ddi = ddis.lookup(call.callee());
        if (ddi != null) {
            if (!paged.isPaged(call)) return List.of();
            String list = display(call, ddi);
            String key = PagedLists.key(call, ddi);
            TraceStep here = new TraceStep(call.location(), "paged lookaside list '" + list + "' is "
                    + PagedUse.verb(ddi.role()) + " here ('" + call.callee() + "')");
            return List.of(new PagedUse(key == null ? list : key, list, ddi.role(), null, List.of(here)));
        }
        Function callee = CallSites.callee(program, f, call);
        if (callee == null || callee == f || irql.raisedAtEntry(callee) != null) return List.of();
        List<PagedUse> result = new ArrayList<>();
        for (PagedUse inner : table.of(callee).uses().values()) {
            List<TraceStep> chain = new ArrayList<>();
            chain.add(new TraceStep(call.location(), "'" + f.name() + "' calls '" + callee.name() + "'"));
            chain.addAll(inner.chain());
            result.add(new PagedUse(inner.key(), inner.list(), inner.role(), callee.name(), chain));
        }
        return result;
    }

    private static String display(Op.Call call, Ddi ddi) {
        AccessPath list = ListLifetime.listOf(call, ddi);
        if (list != null) return list.toString();
        int i = ddi.listArgument();
        return i >= 0 && i < call.arguments().size() ? call.arguments().get(i).text() : call.text();
    }
}
