package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.dataflow.PathFacts;
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
import dev.lookasidelint.rules.model.ListPhase;
import dev.lookasidelint.rules.model.ListState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LAL001 list-not-deleted. Lists whose storage ends inside a function that set them up (freed pool, a
 * deleted device, a stack frame) are {@link StorageEndedUndeleted}'s part. Here, lists whose header is a
 * global: initialized on a path from DriverEntry,
 * and not deleted on every path of the unload routine (through the helpers it calls), read against
 * what DriverEntry's successful paths leave in globals (a Ready flag that guards the delete). A driver
 * that registers no unload routine cannot be unloaded, so it owes no delete.
 */
final class ListNotDeleted extends CatalogRule {
    private final StorageEndedUndeleted storageEnds;
    private final WdfContextUndeleted wdfContexts;
    private final NdisContextFreedUndeleted ndisContexts;
    private final MemberListUndeleted members;

    ListNotDeleted(RuleInfo info) {
        super(info);
        this.storageEnds = new StorageEndedUndeleted(info);
        this.wdfContexts = new WdfContextUndeleted(info);
        this.ndisContexts = new NdisContextFreedUndeleted(info);
        this.members = new MemberListUndeleted(info);
    }


    @Override
    public void check(RuleContext context, Reporter reporter) {
        storageEnds.check(context, reporter);
        wdfContexts.check(context, reporter);
        ndisContexts.check(context, reporter);
        members.check(context, reporter);
        for (Function entry : context.driver().driverEntries()) {
            List<UnloadRegistration> unloads = context.driver().unloadRoutines(entry);
            if (unloads.isEmpty()) continue; // cannot be unloaded: no delete is owed
            Map<AccessPath, InitSite> initialized = context.listSummaries().of(entry).initializes();
            List<ListState> exits = context.guarded(entry,
                    () -> context.listStates().successfulExits(entry, context.listSummaries()), null);
            for (UnloadRegistration unload : unloads) {
                var deleted = context.listSummaries().of(unload.routine()).deletesOnEveryPath();
                Map<PathFacts, Solution<PathSensitive.Paths<ListLifetime.Deleted>>> solved = new HashMap<>();
                for (var e : initialized.entrySet()) {
                    AccessPath list = e.getKey();
                    if (list.scope() != AccessPath.Scope.GLOBAL || deleted.contains(list)) continue;
                    Solution<PathSensitive.Paths<ListLifetime.Deleted>> missing =
                            pathWithoutDelete(context, unload.routine(), list, exits, solved);
                    if (missing == null) continue;
                    reporter.report(list + "\u0000" + unload.routine().name(),
                            finding(list, e.getValue(), unload, missing));
                }
            }
        }
    }

    /**
     * The unload routine's analysis that shows a path without the delete, or null when every path
     * deletes the list. The routine starts with what DriverEntry's successful paths left in globals
     * (a {@code g_ListReady} flag set after the Initialize), one start per distinct set of facts; a
     * success path on which the list is not initialized owes no delete.
     */
    private static Solution<PathSensitive.Paths<ListLifetime.Deleted>> pathWithoutDelete(
            RuleContext context, Function unload, AccessPath list, List<ListState> exits,
            Map<PathFacts, Solution<PathSensitive.Paths<ListLifetime.Deleted>>> solved) {
        Set<PathFacts> starts = new LinkedHashSet<>();
        if (exits == null) {
            starts.add(PathFacts.NONE); // DriverEntry could not be analysed: assume nothing
        } else {
            for (ListState exit : exits) {
                ListPhase phase = exit.phaseOf(list);
                if (phase == ListPhase.UNINITIALIZED || phase == ListPhase.DELETED || phase == ListPhase.STORAGE_FREED) continue;
                starts.add(exit.facts().onlyGlobals());
            }
        }
        for (PathFacts start : starts) {
            Solution<PathSensitive.Paths<ListLifetime.Deleted>> solution = solved.computeIfAbsent(start,
                    facts -> context.guarded(unload,
                            () -> context.listLifetime().solveDeletes(unload, context.listSummaries(), facts), null));
            if (solution == null) continue;
            PathSensitive.Paths<ListLifetime.Deleted> atExit = solution.atExit();
            if (atExit != null && ListLifetime.missing(atExit, list)) return solution;
        }
        return null;
    }

    private Finding finding(AccessPath list, InitSite init, UnloadRegistration unload,
                            Solution<PathSensitive.Paths<ListLifetime.Deleted>> solution) {
        Function routine = unload.routine();
        List<TraceStep> flow = new ArrayList<>();
        SourceLocation returnsAt = routine.end();
        if (!init.callChain().isEmpty()) flow.addAll(init.callChain());
        flow.add(new TraceStep(init.location(), "'" + list + "' is initialized here"));
        flow.add(new TraceStep(unload.location(), "'" + routine.name() + "' is registered as the unload routine"));
        List<Edge> path = WitnessPath.toExit(solution,
                paths -> ListLifetime.missing(paths, list));
        flow.addAll(WitnessPath.branchSteps(path));
        if (!path.isEmpty()) returnsAt = returnLocation(path.get(path.size() - 1).from(), returnsAt);
        String returns = "'" + routine.name() + "' returns here without deleting '" + list + "'";
        flow.add(new TraceStep(returnsAt, returns));
        String message = "Lookaside list '" + list + "' is not deleted on every path of the unload routine '"
                + routine.name() + "'. After the driver unloads, the system-wide list of lookaside lists"
                + " still links through the freed header, and the next driver that initializes or deletes a"
                + " list crashes.";
        return new Finding(info().id(), info().severity(), message, init.location(), init.function(),
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
