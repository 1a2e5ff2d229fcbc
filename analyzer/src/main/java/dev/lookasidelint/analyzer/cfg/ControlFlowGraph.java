package dev.lookasidelint.analyzer.cfg;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The control-flow graph of one function. Every return reaches {@link #exit()}, which has no ops.
 * Blocks that cannot be reached from the entry are dropped when the graph is built, so every block
 * in {@link #blocks()} is reachable. Blocks are listed in reverse post-order, which is the order the
 * dataflow solver visits them.
 */
public final class ControlFlowGraph {
    private final Block entry;
    private final Block exit;
    private final List<Block> blocks;
    private final Map<Block, Integer> order = new HashMap<>();

    public ControlFlowGraph(Block entry, Block exit) {
        this.entry = entry;
        this.exit = exit;
        this.blocks = Collections.unmodifiableList(reversePostOrder(entry));
        for (int i = 0; i < blocks.size(); i++) order.put(blocks.get(i), i);
        for (Block b : blocks) b.predecessors().removeIf(e -> !order.containsKey(e.from()));
        for (Block b : blocks) b.freeze();
    }

    private static List<Block> reversePostOrder(Block start) {
        List<Block> post = new ArrayList<>();
        java.util.Set<Block> seen = new java.util.HashSet<>();
        // iterative DFS: functions can be deeply nested, recursion would overflow the stack
        Deque<int[]> indexStack = new ArrayDeque<>();
        Deque<Block> blockStack = new ArrayDeque<>();
        blockStack.push(start);
        indexStack.push(new int[] {0});
        seen.add(start);
        while (!blockStack.isEmpty()) {
            Block b = blockStack.peek();
            int[] next = indexStack.peek();
            if (next[0] < b.successors().size()) {
                Block to = b.successors().get(next[0]++).to();
                if (seen.add(to)) {
                    blockStack.push(to);
                    indexStack.push(new int[] {0});
                }
            } else {
                blockStack.pop();
                indexStack.pop();
                post.add(b);
            }
        }
        Collections.reverse(post);
        return post;
    }

    public Block entry() {
        return entry;
    }

    public Block exit() {
        return exit;
    }

    /** Reachable blocks in reverse post-order (entry first). */
    public List<Block> blocks() {
        return blocks;
    }

    /** Position of a block in {@link #blocks()}, or -1 when it is unreachable. */
    public int orderOf(Block b) {
        Integer i = order.get(b);
        return i == null ? -1 : i;
    }

    /** True when the exit is reachable (false for functions that always bug-check or loop forever). */
    public boolean exitReachable() {
        return order.containsKey(exit);
    }
}
