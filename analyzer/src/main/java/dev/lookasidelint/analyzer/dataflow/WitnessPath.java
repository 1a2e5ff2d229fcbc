package dev.lookasidelint.analyzer.dataflow;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.cfg.EdgeKind;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.report.TraceStep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A path from the entry to the exit of a function along which a property holds in every block's
 * outgoing state, found by walking back from the exit: the witness that a finding's code flow shows.
 */
public final class WitnessPath {
    private WitnessPath() {
    }

    /** The edges of such a path, entry first; empty when the exit is not reached that way. */
    public static <S> List<Edge> toExit(Solution<S> solution, Predicate<S> holds) {
        return toBlock(solution, solution.cfg().exit(), holds);
    }

    /** The edges of such a path from the entry to {@code target}, entry first; empty when there is none. */
    public static <S> List<Edge> toBlock(Solution<S> solution, Block target, Predicate<S> holds) {
        List<Edge> path = new ArrayList<>();
        Set<Block> seen = new HashSet<>();
        Block at = target;
        while (at != solution.cfg().entry()) {
            seen.add(at);
            Edge chosen = null;
            for (Edge e : at.predecessors()) {
                S out = solution.leaving(e);
                if (out != null && holds.test(out) && !seen.contains(e.from())) {
                    chosen = e;
                    break;
                }
            }
            if (chosen == null) return List.of();
            path.add(chosen);
            at = chosen.from();
        }
        Collections.reverse(path);
        return path;
    }

    /** The branch decisions along a path, as trace steps. */
    public static List<TraceStep> branchSteps(List<Edge> path) {
        List<TraceStep> steps = new ArrayList<>();
        for (Edge e : path) {
            Condition c = e.condition();
            if (c == null || c.location() == null) continue;
            if (e.kind() == EdgeKind.TRUE) steps.add(new TraceStep(c.location(), "'" + c.text() + "' is true"));
            else if (e.kind() == EdgeKind.FALSE) steps.add(new TraceStep(c.location(), "'" + c.text() + "' is false"));
            else if (e.kind() == EdgeKind.CASE) steps.add(new TraceStep(c.location(), "taking '" + c.text() + "'"));
        }
        return steps;
    }
}
