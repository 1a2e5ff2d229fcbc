package dev.lookasidelint.analyzer.cfg;

import dev.lookasidelint.analyzer.ir.Op;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A basic block: ops executed in order, then one of the outgoing edges. Built by the frontend's
 * translator, then frozen by {@link ControlFlowGraph}; after that it does not change.
 */
public final class Block {
    private final int id;
    private List<Op> ops = new ArrayList<>();
    private List<Edge> successors = new ArrayList<>();
    private List<Edge> predecessors = new ArrayList<>();

    public Block(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    public List<Op> ops() {
        return ops;
    }

    public List<Edge> successors() {
        return successors;
    }

    public List<Edge> predecessors() {
        return predecessors;
    }

    /** Adds an op; only while the graph is being built. */
    public void add(Op op) {
        ops.add(op);
    }

    /** Connects this block to {@code to}; only while the graph is being built. */
    public Edge connect(Block to, EdgeKind kind, dev.lookasidelint.analyzer.ir.Condition condition) {
        Edge e = new Edge(this, to, kind, condition);
        successors.add(e);
        to.predecessors.add(e);
        return e;
    }

    void freeze() {
        ops = Collections.unmodifiableList(ops);
        successors = Collections.unmodifiableList(successors);
        predecessors = Collections.unmodifiableList(predecessors);
    }

    @Override
    public String toString() {
        return "B" + id;
    }
}
