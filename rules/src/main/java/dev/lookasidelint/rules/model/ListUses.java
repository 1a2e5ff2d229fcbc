package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.interproc.CallGraph;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiTable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which lists a function allocates from, frees to or flushes on some path, itself or through the
 * functions it calls: what a callback does to lists when the system calls it. Lists are kept when they
 * outlive the function (globals, and paths under parameters, which call sites rebase onto arguments),
 * each with the first call that uses it.
 */
public final class ListUses {

    /** Where a list is used: the DDI call and the function that holds it. */
    public record Use(SourceLocation location, String function, String verb) {
    }

    /** The lists a function uses, each with one place it is used. */
    public record Summary(Map<AccessPath, Use> lists) {
        public static final Summary NONE = new Summary(Map.of());

        public Summary {
            lists = Map.copyOf(lists);
        }
    }

    private final Summaries<Summary> summaries;

    public ListUses(Program program, DdiTable ddis, CallGraph calls) {
        this.summaries = Summaries.compute(calls, Summary.NONE, (f, table) -> summarize(program, ddis, f, table));
    }

    public Map<AccessPath, Use> of(Function f) {
        return summaries.of(f).lists();
    }

    private static Summary summarize(Program program, DdiTable ddis, Function f, Summaries<Summary> table) {
        Map<AccessPath, Use> uses = new LinkedHashMap<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (!(op instanceof Op.Call call)) continue;
                Ddi ddi = ddis.lookup(call.callee());
                if (ddi != null) {
                    String verb = switch (ddi.role()) {
                        case ALLOCATE -> "allocates from";
                        case FREE -> "frees to";
                        case FLUSH -> "flushes";
                        default -> null;
                    };
                    AccessPath list = verb == null ? null : ListLifetime.listOf(call, ddi);
                    if (list != null && outlives(list)) uses.putIfAbsent(list, new Use(call.location(), f.name(), verb));
                    continue;
                }
                Function callee = CallSites.callee(program, f, call);
                if (callee == null || callee == f) continue;
                for (var e : table.of(callee).lists().entrySet()) {
                    AccessPath mine = CallSites.toCaller(e.getKey(), callee, call);
                    if (mine != null && outlives(mine)) uses.putIfAbsent(mine, e.getValue());
                }
            }
        }
        return new Summary(uses);
    }

    private static boolean outlives(AccessPath list) {
        return list.scope() == AccessPath.Scope.GLOBAL
                || list.scope() == AccessPath.Scope.PARAM && !list.selectors().isEmpty();
    }
}
