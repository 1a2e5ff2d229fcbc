package dev.lookasidelint.analyzer.frontend;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.ControlFlowGraph;
import dev.lookasidelint.analyzer.cfg.EdgeKind;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Op;
import java.util.ArrayList;
import java.util.List;

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
    private int raisingRegions;

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

    /** Number of blocks made so far; blocks made later have ids at or above it. */
    int blockCount() {
        return all.size();
    }

    Block block(int id) {
        return all.get(id);
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
        if (current == null) current = newBlock();
        if (raisingRegions > 0 && op instanceof Op.Call && !current.ops().isEmpty()) {
            // in a __try with an __except handler each call starts a block, so that the exception
            // edge of that block leaves from the state just before the call
            Block next = newBlock();
            current.connect(next, EdgeKind.NORMAL, null);
            current = next;
        }
        current.add(op);
    }

    /** Entering or leaving a {@code __try} body whose exceptions reach a handler. */
    void enterRaisingRegion() {
        raisingRegions++;
    }

    void leaveRaisingRegion() {
        raisingRegions--;
    }

    /** Ends the current block with an unconditional edge to {@code target}; what follows is unreachable. */
    void jump(Block target) {
        if (current != null) current.connect(target, EdgeKind.NORMAL, null);
        current = null;
    }

    /** Ends the current block with a two-way branch. */
    void branch(Condition whenTrue, Condition whenFalse, Block onTrue, Block onFalse) {
        if (current == null) current = newBlock();
        current.connect(onTrue, EdgeKind.TRUE, whenTrue);
        current.connect(onFalse, EdgeKind.FALSE, whenFalse);
        current = null;
    }

    /** Falls through into {@code next} (if reachable) and continues there. */
    void continueAt(Block next) {
        jump(next);
        current = next;
    }

    /** Ends the current block with no successor: control does not come back (a no-return call). */
    void stop() {
        current = null;
    }

    /** Continues in {@code next} without an edge from the current block. */
    void startAt(Block next) {
        current = next;
    }

    ControlFlowGraph finish() {
        jump(exit);
        return new ControlFlowGraph(entry, exit);
    }
}
