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
import dev.lookasidelint.rules.driver.RoutineFields;
import dev.lookasidelint.rules.model.NdisContexts;
import dev.lookasidelint.rules.model.StorageEnds;
import dev.lookasidelint.rules.model.TeardownDeletes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of LAL001 for lists in an NDIS context: {@code MiniportHaltEx} (or {@code FilterDetach}) frees
 * the adapter (filter module) context that {@code MiniportInitializeEx} ({@code FilterAttach}) allocated
 * and handed to NDIS, and must delete the lists the setup handler initialized in it first. The freed
 * object must evidently be that context: the handler's first parameter, or a local assigned from it; where
 * both handlers convert the context to a named pointer type, the names must agree. A path that tested a
 * flag of the context and found it zero is taken to have found the list not set up, as for device extensions.
 */
final class NdisContextFreedUndeleted {
    private final RuleInfo info;

    NdisContextFreedUndeleted(RuleInfo info) {
        this.info = info;
    }

    void check(RuleContext context, Reporter reporter) {
        for (NdisContexts.ContextList list : context.ndisContexts().lists()) {
            for (RoutineFields.Assignment teardown : list.teardowns()) {
                Function h = teardown.routine();
                if (h.parameters().isEmpty() || context.callGraph().isCalled(h)) continue;
                context.guarded(h, () -> {
                    check(context, list, teardown, reporter);
                    return null;
                }, null);
            }
        }
    }

    private void check(RuleContext context, NdisContexts.ContextList list, RoutineFields.Assignment teardown,
                       Reporter reporter) {
        Function h = teardown.routine();
        AccessPath parameter = AccessPath.variable(h.parameters().get(0), AccessPath.Scope.PARAM);
        Map<String, String> aliases = NdisContexts.aliasTypes(h, parameter);
        if (list.type() != null && aliases.values().stream().anyMatch(t -> t != null && !t.equals(list.type()))) return;
        List<AccessPath> holders = new ArrayList<>();
        holders.add(parameter);
        for (String alias : aliases.keySet()) holders.add(AccessPath.variable(alias, AccessPath.Scope.LOCAL));
        List<AccessPath> names = new ArrayList<>();
        for (AccessPath holder : holders) {
            AccessPath name = holder;
            for (String sel : list.chain()) name = name.select(sel);
            names.add(name);
        }
        Solution<PathSensitive.Paths<TeardownDeletes.Teardown>> solution =
                TeardownDeletes.solve(context.listStates(), context.listSummaries(), h, names, context.budget());
        StorageEnds ends = context.listStates().storageEnds();
        solution.forEachOp((block, op, paths) -> {
            StorageEnds.End end = ends.at(h, op);
            if (end == null || end.device() || end.freed().isEmpty() || !holders.contains(end.freed().get(0))) return;
            if (paths.states().stream().noneMatch(TeardownDeletes.Teardown::misses)) return;
            AccessPath shown = end.freed().get(0);
            for (String sel : list.chain()) shown = shown.select(sel);
            reporter.report(list.chain() + "\u0000ndis", finding(list, teardown, block, op, end, shown, solution));
        });
    }

    private Finding finding(NdisContexts.ContextList list, RoutineFields.Assignment teardown, Block block, Op op,
                            StorageEnds.End end, AccessPath shown,
                            Solution<PathSensitive.Paths<TeardownDeletes.Teardown>> solution) {
        Function h = teardown.routine();
        List<TraceStep> flow = new ArrayList<>(list.site().callChain());
        flow.add(new TraceStep(list.site().location(), "'" + shown + "' is initialized here, in the context handed to NDIS"));
        flow.add(new TraceStep(teardown.location(), "'" + h.name() + "' is registered as the " + teardown.field()
                + " handler, which NDIS calls with that context"));
        List<Edge> path = WitnessPath.toBlock(solution, block,
                paths -> paths.states().stream().anyMatch(TeardownDeletes.Teardown::misses));
        flow.addAll(WitnessPath.branchSteps(path));
        String ends = "the storage of '" + shown + "' ends here without a Delete: " + end.what();
        flow.add(new TraceStep(op.location(), ends));
        String message = "Lookaside list '" + shown + "' is not deleted before '" + h.name()
                + "' frees the context that holds it. " + Sentences.capitalized(end.what()) + ". The system-wide list of lookaside lists"
                + " still links through the freed header, and the next driver that initializes or deletes a list crashes.";
        return new Finding(info.id(), info.severity(), message, list.site().location(), list.site().function(),
                List.of(new RelatedLocation(1, op.location(), ends)), List.of(flow));
    }
}
