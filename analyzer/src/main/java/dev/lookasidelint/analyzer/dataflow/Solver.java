package dev.lookasidelint.analyzer.dataflow;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.ControlFlowGraph;
import dev.lookasidelint.analyzer.cfg.Edge;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Forward worklist solver. Blocks are taken in reverse post-order, so a loop body is finished before
 * the code after the loop; a block visited more than {@link #WIDEN_AFTER} times is widened. An
 * exception edge carries the state at the start of its block: the call that raised did not finish,
 * so its effects (a free, say) did not happen.
 * The total work is bounded: past {@code maxBlockVisits} the function is reported as over budget
 * instead of making the scan hang, and so is a function whose analysis outlives its {@link TimeBudget}.
 */
public final class Solver {
    static final int WIDEN_AFTER = 4;
    /** Block visits between two looks at the function's {@link TimeBudget} (a power of two). */
    private static final int CLOCK_EVERY = 16;

    private Solver() {
    }

    public static <S> Solution<S> solve(ControlFlowGraph cfg, Analysis<S> analysis, int maxBlockVisits) {
        Map<Block, S> in = new HashMap<>();
        Map<Block, Integer> visits = new HashMap<>();
        PriorityQueue<Block> worklist = new PriorityQueue<>((a, b) -> Integer.compare(cfg.orderOf(a), cfg.orderOf(b)));
        in.put(cfg.entry(), analysis.initial());
        worklist.add(cfg.entry());
        // which blocks wait in the worklist: PriorityQueue.contains is a linear search, and a function
        // of 10,000 branches would spend its time there
        BitSet queued = new BitSet();
        queued.set(cfg.orderOf(cfg.entry()));
        int total = 0;
        while (!worklist.isEmpty()) {
            Block block = worklist.poll();
            queued.clear(cfg.orderOf(block));
            if (++total > maxBlockVisits) throw new BudgetExceededException(maxBlockVisits);
            // the clock is cheap next to a block visit, but not free: look at it every few visits
            if ((total & (CLOCK_EVERY - 1)) == 0) TimeBudget.check();
            S before = in.get(block);
            S out = before;
            for (var op : block.ops()) out = analysis.transfer(op, out);
            for (Edge edge : block.successors()) {
                S arriving = analysis.refine(edge, Solution.leaving(edge, before, out));
                if (arriving == null) continue;
                Block to = edge.to();
                S old = in.get(to);
                S merged;
                if (old == null) {
                    merged = arriving;
                } else {
                    int n = visits.merge(to, 1, Integer::sum);
                    merged = n > WIDEN_AFTER ? analysis.widen(old, arriving) : analysis.join(old, arriving);
                }
                if (!merged.equals(old)) {
                    in.put(to, merged);
                    int order = cfg.orderOf(to);
                    if (!queued.get(order)) {
                        queued.set(order);
                        worklist.add(to);
                    }
                }
            }
        }
        return new Solution<>(cfg, analysis, in);
    }
}
