package dev.lookasidelint.analyzer.cfg;

import dev.lookasidelint.analyzer.ir.Condition;

/** A directed edge; {@code condition} is what holds when it is taken (null for unconditional edges). */
public record Edge(Block from, Block to, EdgeKind kind, Condition condition) {

    @Override
    public String toString() {
        return "B" + from.id() + " -> B" + to.id() + " " + kind + (condition == null ? "" : " [" + condition.kind()
                + (condition.path() == null ? "" : " " + condition.path()) + "]");
    }
}
