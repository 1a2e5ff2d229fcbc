package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.dataflow.WitnessPath;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.driver.UnloadRegistration;
import dev.lookasidelint.rules.model.InitSite;
import dev.lookasidelint.rules.model.ListLifetime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * LAL001 list-not-deleted, for lists whose header is a global: initialized on a path from DriverEntry,
 * and not deleted on every path of the unload routine (through the helpers it calls). A driver that
 * registers no unload routine cannot be unloaded, so it owes no delete.
 */
final class ListNotDeleted implements Rule {
    private final RuleInfo info;

    ListNotDeleted(RuleInfo info) {
        this.info = info;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(RuleContext context, Reporter reporter) {
        for (Function entry : context.driver().driverEntries()) {
            List<UnloadRegistration> unloads = context.driver().unloadRoutines(entry);
            if (unloads.isEmpty()) continue; // cannot be unloaded: no delete is owed
            Map<AccessPath, InitSite> initialized = context.listSummaries().of(entry).initializes();
            for (UnloadRegistration unload : unloads) {
                var deleted = context.listSummaries().of(unload.routine()).deletesOnEveryPath();
                for (var e : initialized.entrySet()) {
                    AccessPath list = e.getKey();
                    if (list.scope() != AccessPath.Scope.GLOBAL || deleted.contains(list)) continue;
                    reporter.report(list + "\u0000" + unload.routine().name(),
                            finding(context, entry, list, e.getValue(), unload));
                }
            }
        }
    }

    private Finding finding(RuleContext context, Function entry, AccessPath list, InitSite init,
                            UnloadRegistration unload) {
        Function routine = unload.routine();
        List<TraceStep> flow = new ArrayList<>();
        SourceLocation returnsAt = routine.end();
        if (!init.callChain().isEmpty()) flow.addAll(init.callChain());
        flow.add(new TraceStep(init.location(), "'" + list + "' is initialized here"));
        flow.add(new TraceStep(unload.location(), "'" + routine.name() + "' is registered as the unload routine"));
        Solution<PathSensitive.Paths<ListLifetime.Deleted>> solution = context.guarded(routine,
                () -> context.listLifetime().solveDeletes(routine, context.listSummaries()), null);
        if (solution != null) {
            List<Edge> path = WitnessPath.toExit(solution,
                    paths -> paths.states().stream().anyMatch(s -> !s.lists().contains(list)));
            flow.addAll(WitnessPath.branchSteps(path));
            if (!path.isEmpty()) returnsAt = returnLocation(path.get(path.size() - 1).from(), returnsAt);
        }
        String returns = "'" + routine.name() + "' returns here without deleting '" + list + "'";
        flow.add(new TraceStep(returnsAt, returns));
        String message = "Lookaside list '" + list + "' is not deleted on every path of the unload routine '"
                + routine.name() + "'. After the driver unloads, the system-wide list of lookaside lists"
                + " still links through the freed header, and the next driver that initializes or deletes a"
                + " list crashes.";
        return new Finding(info.id(), info.severity(), message, init.location(), init.function(),
                List.of(new RelatedLocation(1, returnsAt, returns)), List.of(flow));
    }

    private static SourceLocation returnLocation(Block last, SourceLocation fallback) {
        List<Op> ops = last.ops();
        for (int i = ops.size() - 1; i >= 0; i--) {
            if (ops.get(i) instanceof Op.Return r) return r.location();
        }
        return fallback;
    }
}
