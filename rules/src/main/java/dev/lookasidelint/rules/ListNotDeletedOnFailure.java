package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.dataflow.WitnessPath;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.model.InitSite;
import dev.lookasidelint.rules.model.ListPhase;
import dev.lookasidelint.rules.model.ListState;
import dev.lookasidelint.rules.driver.UnloadRegistration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * LAL002 list-not-deleted-on-failure: a setup routine (DriverEntry, AddDevice, EvtDriverDeviceAdd, an
 * NDIS initialize or attach handler) returns a failure status on a path where a list it initialized,
 * directly or through a helper, is still initialized and its storage outlives the routine. The system
 * calls no unload or teardown for a setup that failed. A helper that returns a status is read through
 * its summary: a list it undoes when it fails is not initialized on its caller's failure path, and a
 * list it leaves initialized is its caller's to delete, so the finding is made where the failure
 * leaves the setup routine.
 */
final class ListNotDeletedOnFailure extends CatalogRule {

    ListNotDeletedOnFailure(RuleInfo info) {
        super(info);
    }


    @Override
    public void check(RuleContext context, Reporter reporter) {
        Set<Function> unloads = new HashSet<>();
        for (Function entry : context.driver().driverEntries()) {
            for (UnloadRegistration u : context.driver().unloadRoutines(entry)) unloads.add(u.routine());
        }
        for (Function routine : context.setupRoutines().routines()) {
            context.guarded(routine, () -> {
                context.listPhases(routine).ifPresent(solution -> {
                    Map<AccessPath, InitSite> sites = context.listLifetime().initSites(routine, context.listSummaries());
                    solution.forEachOp((block, op, paths) -> {
                        if (op instanceof Op.Return r && !unloadsFirst(context, routine, block, r, unloads)) {
                            checkReturn(context, routine, block, r, paths, solution, sites, reporter);
                        }
                    });
                });
                return null;
            }, null);
        }
    }

    /**
     * True when the return follows a call of the driver's unload routine in its block: DriverEntry
     * tearing down by hand ({@code DrvUnload(DriverObject); return status;}). What the unload routine
     * deletes is LAL001's to check; lists it reaches through the device chain cannot be mapped here.
     */
    private static boolean unloadsFirst(RuleContext context, Function routine, Block block, Op.Return r,
                                        Set<Function> unloads) {
        for (Op op : block.ops()) {
            if (op == r) return false;
            if (op instanceof Op.Call c && c.callee() != null
                    && unloads.contains(context.program().resolve(c.callee(), routine.file()))) {
                return true;
            }
        }
        return false;
    }

    private void checkReturn(RuleContext context, Function routine, Block block, Op.Return r,
                             PathSensitive.Paths<ListState> paths,
                             Solution<PathSensitive.Paths<ListState>> solution, Map<AccessPath, InitSite> sites,
                             Reporter reporter) {
        for (ListState state : paths.states()) {
            // mayFail too: a path that holds a failure constant but took the success edge of a status
            // test (status = NDIS_STATUS_RESOURCES; break; then if (status != NDIS_STATUS_SUCCESS) {..})
            // cannot run
            if (!state.facts().mustFail(r.value()) || !state.facts().mayFail(r.value())) continue;
            ListState.PendingInit own = r.value() == null ? null : state.pending().get(r.value());
            for (var e : state.phases().entrySet()) {
                AccessPath list = e.getKey();
                if (e.getValue() != ListPhase.INITIALIZED || !sites.containsKey(list)) continue;
                if (own != null && own.covers(list)) continue; // the failure is this Initialize's own
                if (list.scope() == AccessPath.Scope.LOCAL && list.isDirectStorage()) continue; // stack: LAL001
                // the framework deletes the object of a failed setup and runs its cleanup callback
                if (WdfContextUndeleted.cleanedUpOnFailure(context, routine, list)) continue;
                reporter.report(list.toString(), finding(routine, block, r, list, sites.get(list), solution));
            }
        }
    }

    private Finding finding(Function routine, Block block, Op.Return r, AccessPath list, InitSite init,
                            Solution<PathSensitive.Paths<ListState>> solution) {
        List<TraceStep> flow = new ArrayList<>(init.callChain());
        flow.add(new TraceStep(init.location(), "'" + list + "' is initialized here"));
        List<Edge> path = WitnessPath.toBlock(solution, block,
                paths -> paths.states().stream().anyMatch(s -> s.phaseOf(list) == ListPhase.INITIALIZED));
        flow.addAll(WitnessPath.branchSteps(path));
        String returns = "'" + routine.name() + "' returns a failure status here with '" + list + "' still initialized";
        flow.add(new TraceStep(r.location(), returns));
        String message = "Lookaside list '" + list + "' is still initialized when '" + routine.name()
                + "' returns a failure status. The system runs no unload or teardown for a setup that failed, so"
                + " the header stays linked into the system-wide list of lookaside lists after its memory is gone.";
        return new Finding(info().id(), info().severity(), message, init.location(), init.function(),
                List.of(new RelatedLocation(1, r.location(), returns)), List.of(flow));
    }
}
