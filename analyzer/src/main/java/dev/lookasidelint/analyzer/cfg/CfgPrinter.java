package dev.lookasidelint.analyzer.cfg;

import dev.lookasidelint.analyzer.ir.Op;

/** Prints a control-flow graph as text, for {@code --dump-cfg} and for tests that check its shape. */
public final class CfgPrinter {
    private CfgPrinter() {
    }

    public static String print(String functionName, ControlFlowGraph cfg) {
        StringBuilder b = new StringBuilder();
        b.append("function ").append(functionName).append(": entry B").append(cfg.entry().id())
                .append(", exit B").append(cfg.exit().id()).append('\n');
        for (Block block : cfg.blocks()) {
            b.append("  B").append(block.id()).append(':').append('\n');
            for (Op op : block.ops()) b.append("    ").append(describe(op)).append('\n');
            for (Edge e : block.successors()) {
                b.append("    -> B").append(e.to().id()).append(' ').append(e.kind());
                if (e.condition() != null) {
                    b.append(" [").append(e.condition().kind());
                    if (e.condition().path() != null) b.append(' ').append(e.condition().path());
                    b.append("]");
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    static String describe(Op op) {
        int line = op.location().line();
        if (op instanceof Op.Call c) {
            return line + ": call " + (c.callee() == null ? "<indirect>" : c.callee()) + "("
                    + String.join(", ", c.arguments().stream()
                            .map(arg -> arg.path() == null ? "?" : arg.path().toString()).toList())
                    + ")" + (c.result() == null ? "" : " -> " + c.result());
        }
        if (op instanceof Op.Assign a) {
            return line + ": " + a.target() + " = "
                    + (a.isNull() ? "NULL" : a.constant() == Op.Constant.NONZERO ? "<non-zero>"
                    : a.source() == null ? "<new>" : a.source().toString());
        }
        if (op instanceof Op.Deref d) return line + ": deref " + d.pointer();
        if (op instanceof Op.Return r) {
            return line + ": return" + (r.value() != null ? " " + r.value()
                    : r.constant() == Op.Constant.ZERO ? " <zero>" : r.constant() == Op.Constant.NONZERO ? " <non-zero>" : "");
        }
        Op.ScopeEnd s = (Op.ScopeEnd) op;
        return line + ": end of scope " + s.locals();
    }
}
