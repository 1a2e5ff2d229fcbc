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
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.model.InitSite;
import dev.lookasidelint.rules.model.TeardownDeletes;
import java.util.ArrayList;
import java.util.List;

/**
 * LAL001 findings for a list whose owner's teardown routine (a WDF cleanup callback, a C++ destructor)
 * returns without deleting it, or whose owner has no teardown at all: at the Initialize, with the return
 * that skips the delete (or the call that creates the owner) as the related location.
 */
final class TeardownFinding {
    private final RuleInfo info;

    TeardownFinding(RuleInfo info) {
        this.info = info;
    }

    /**
     * The teardown {@code routine} has a path that deletes none of {@code names}; {@code why} says what
     * the routine is (a trace step at {@code registeredAt}, or none when null).
     */
    Finding missedIn(AccessPath list, InitSite init, Function routine, List<AccessPath> names,
                     Solution<PathSensitive.Paths<TeardownDeletes.Teardown>> solution, String why,
                     SourceLocation registeredAt, String consequence) {
        List<TraceStep> flow = new ArrayList<>(init.callChain());
        flow.add(new TraceStep(init.location(), "'" + list + "' is initialized here"));
        if (registeredAt != null) flow.add(new TraceStep(registeredAt, "'" + routine.name() + "' is " + why));
        List<Edge> path = WitnessPath.toExit(solution,
                paths -> paths.states().stream().anyMatch(TeardownDeletes.Teardown::misses));
        flow.addAll(WitnessPath.branchSteps(path));
        SourceLocation returnsAt = path.isEmpty() ? routine.end() : returnLocation(path.get(path.size() - 1).from(), routine.end());
        String returns = "'" + routine.name() + "' returns here without deleting '" + list + "'";
        flow.add(new TraceStep(returnsAt, returns));
        String message = "Lookaside list '" + list + "' is not deleted on every path of '" + routine.name() + "', "
                + why + ". " + consequence;
        return new Finding(info.id(), info.severity(), message, init.location(), init.function(),
                List.of(new RelatedLocation(1, returnsAt, returns)), List.of(flow));
    }

    /** The owner is created at {@code created} with no teardown that could delete the list. */
    Finding noTeardown(AccessPath list, InitSite init, SourceLocation created, String what, String consequence) {
        List<TraceStep> flow = new ArrayList<>();
        flow.add(new TraceStep(created, what));
        flow.addAll(init.callChain());
        flow.add(new TraceStep(init.location(), "'" + list + "' is initialized here and never deleted"));
        String message = "Lookaside list '" + list + "' is never deleted. " + Sentences.capitalized(what) + ". " + consequence;
        return new Finding(info.id(), info.severity(), message, init.location(), init.function(),
                List.of(new RelatedLocation(1, created, what)), List.of(flow));
    }

    private static SourceLocation returnLocation(Block last, SourceLocation fallback) {
        List<Op> ops = last.ops();
        for (int i = ops.size() - 1; i >= 0; i--) {
            if (ops.get(i) instanceof Op.Return r) return r.location();
        }
        return fallback;
    }
}
