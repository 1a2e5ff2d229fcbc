package dev.lookasidelint.analyzer.dataflow;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.ControlFlowGraph;
import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.cfg.EdgeKind;
import dev.lookasidelint.analyzer.ir.Op;
import java.util.Map;

/**
 * The converged states of one analysis on one function. {@link #in(Block)} is null for blocks the
 * analysis proved unreachable (every incoming edge infeasible).
 */
public final class Solution<S> {
    private final ControlFlowGraph cfg;
    private final Analysis<S> analysis;
    private final Map<Block, S> in;

    Solution(ControlFlowGraph cfg, Analysis<S> analysis, Map<Block, S> in) {
        this.cfg = cfg;
        this.analysis = analysis;
        this.in = in;
    }

    public ControlFlowGraph cfg() {
        return cfg;
    }

    public S in(Block block) {
        return in.get(block);
    }

    /** The state after the last op of a block, or null when the block is unreachable. */
    public S out(Block block) {
        S s = in.get(block);
        if (s == null) return null;
        for (Op op : block.ops()) s = analysis.transfer(op, s);
        return s;
    }

    /** The state that leaves a block along {@code edge}, or null when the block is unreachable. */
    public S leaving(Edge edge) {
        S before = in.get(edge.from());
        return before == null ? null : leaving(edge, before, out(edge.from()));
    }

    static <S> S leaving(Edge edge, S before, S after) {
        return edge.kind() == EdgeKind.EXCEPTION ? before : after;
    }

    /** The state at the exit, or null when no path reaches it. */
    public S atExit() {
        return in.get(cfg.exit());
    }

    /** Calls {@code visitor} with every op of every reachable block and the state just before it. */
    public void forEachOp(OpVisitor<S> visitor) {
        for (Block block : cfg.blocks()) {
            S s = in.get(block);
            if (s == null) continue;
            for (Op op : block.ops()) {
                visitor.visit(block, op, s);
                s = analysis.transfer(op, s);
            }
        }
    }

    @FunctionalInterface
    public interface OpVisitor<S> {
        void visit(Block block, Op op, S before);
    }
}
