package dev.lookasidelint.analyzer.frontend;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.ControlFlowGraph;
import dev.lookasidelint.analyzer.cfg.EdgeKind;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Op;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The block under construction while a function is translated. {@code current} is null after a jump
 * ({@code return}, {@code goto}, a no-return call): code that follows is unreachable until a label
 * or a branch target starts a new block.
 */
final class GraphBuilder {
    private final List<Block> all = new ArrayList<>();
    private final Block entry;
    private final Block exit;
    private Block current;
    /** For each open raising region, innermost last: the blocks that were current inside it. */
    private final List<Set<Block>> raisingRegions = new ArrayList<>();

    GraphBuilder() {
        entry = newBlock();
        exit = newBlock();
        current = entry;
    }

    Block newBlock() {
        Block b = new Block(all.size());
        all.add(b);
        return b;
    }

    Block exit() {
        return exit;
    }

    Block current() {
        return current;
    }

    boolean isReachable() {
        return current != null;
    }

    /** Appends an op to the current block; ops in unreachable code get a block of their own. */
    void emit(Op op) {
        if (current == null) setCurrent(newBlock());
        if (!raisingRegions.isEmpty() && op instanceof Op.Call && !current.ops().isEmpty()) {
            // in a __try with an __except handler each call starts a block, so that the exception
            // edge of that block leaves from the state just before the call
            Block next = newBlock();
            current.connect(next, EdgeKind.NORMAL, null);
            setCurrent(next);
        }
        current.add(op);
    }

    /**
     * Entering a {@code __try} body whose exceptions reach a handler. From here until
     * {@link #leaveRaisingRegion()} every block that code is placed in (starting with the current one)
     * belongs to the body. Membership is by translation, not by block number: a label after the try
     * that a {@code goto} in the body creates early is not part of the body.
     */
    void enterRaisingRegion() {
        Set<Block> region = new LinkedHashSet<>();
        if (current != null) region.add(current);
        raisingRegions.add(region);
    }

    /**
     * Leaves the innermost raising region and returns the blocks that can raise into its handler:
     * those with a call in them. Only a call raises (ExRaiseStatus, or a callee that does); a block
     * of plain assignments after a call that freed a block must not reach the handler with the
     * block freed, since the handler runs only when the call did not finish.
     */
    Set<Block> leaveRaisingRegion() {
        Set<Block> region = raisingRegions.remove(raisingRegions.size() - 1);
        region.removeIf(b -> b.ops().stream().noneMatch(op -> op instanceof Op.Call));
        return region;
    }

    private void setCurrent(Block b) {
        current = b;
        if (b == null) return;
        for (Set<Block> region : raisingRegions) region.add(b);
    }

    /** Ends the current block with an unconditional edge to {@code target}; what follows is unreachable. */
    void jump(Block target) {
        if (current != null) current.connect(target, EdgeKind.NORMAL, null);
        current = null;
    }

    /** Ends the current block with a two-way branch. */
    void branch(Condition whenTrue, Condition whenFalse, Block onTrue, Block onFalse) {
        if (current == null) setCurrent(newBlock());
        current.connect(onTrue, EdgeKind.TRUE, whenTrue);
        current.connect(onFalse, EdgeKind.FALSE, whenFalse);
        current = null;
    }

    /** Falls through into {@code next} (if reachable) and continues there. */
    void continueAt(Block next) {
        jump(next);
        setCurrent(next);
    }

    /** Ends the current block with no successor: control does not come back (a no-return call). */
    void stop() {
        current = null;
    }

    /** Continues in {@code next} without an edge from the current block. */
    void startAt(Block next) {
        setCurrent(next);
    }

    ControlFlowGraph finish() {
        jump(exit);
        return new ControlFlowGraph(entry, exit);
    }
}
