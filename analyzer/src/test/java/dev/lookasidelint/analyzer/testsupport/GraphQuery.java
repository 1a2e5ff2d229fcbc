package dev.lookasidelint.analyzer.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.CfgPrinter;
import dev.lookasidelint.analyzer.cfg.ControlFlowGraph;
import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.cfg.EdgeKind;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Questions about the shape of one function's control-flow graph, asked in terms of ops and source
 * lines rather than block numbers: is there a path from this op to that one, does every path pass an
 * op, which branch conditions lie on the way to an op. Tests use these instead of comparing printed
 * graphs, so that an equivalent graph with other block numbers still passes.
 *
 * <p>A path runs through ops in block order and along edges. An {@link EdgeKind#EXCEPTION} edge can
 * be taken from any point of its block (any op may raise); other edges only after the block's last op.
 * Ops in blocks that cannot be reached from the entry are not in the graph at all.
 */
public final class GraphQuery {

    /** An op and where it sits: its block and its index in that block. */
    public record At(Block block, int index, Op op) {
        public int line() {
            return op.location().line();
        }

        @Override
        public String toString() {
            return "B" + block.id() + "[" + index + "] " + op.getClass().getSimpleName() + " at line " + line();
        }
    }

    private record Point(Block block, int index) {
    }

    private final Function function;
    private final ControlFlowGraph cfg;

    private GraphQuery(Function function) {
        this.function = function;
        this.cfg = function.cfg();
    }

    public static GraphQuery of(Function function) {
        return new GraphQuery(function);
    }

    public ControlFlowGraph cfg() {
        return cfg;
    }

    public Function function() {
        return function;
    }

    /** The printed graph, for assertion messages. */
    public String dump() {
        return CfgPrinter.print(function.name(), cfg);
    }

    @Override
    public String toString() {
        return dump();
    }

    // ---- finding ops ----

    /** Every op of every reachable block, blocks in reverse post-order. */
    public List<At> ops() {
        List<At> all = new ArrayList<>();
        for (Block b : cfg.blocks()) {
            for (int i = 0; i < b.ops().size(); i++) all.add(new At(b, i, b.ops().get(i)));
        }
        return all;
    }

    public List<At> ops(Predicate<Op> which) {
        return ops().stream().filter(a -> which.test(a.op())).toList();
    }

    /** The one reachable op matching {@code which}; fails (printing the graph) when there are none or many. */
    public At the(Predicate<Op> which, String description) {
        List<At> found = ops(which);
        if (found.size() != 1) fail("expected exactly one " + description + ", found " + found + "\n" + dump());
        return found.get(0);
    }

    public List<At> opsOnLine(int line) {
        return ops(Ops.onLine(line));
    }

    /** True when some reachable block holds an op from this line. */
    public boolean hasOpOnLine(int line) {
        return !opsOnLine(line).isEmpty();
    }

    /** The one reachable call to {@code callee}. */
    public At call(String callee) {
        return the(Ops.callTo(callee), "call to " + callee);
    }

    public List<At> calls(String callee) {
        return ops(Ops.callTo(callee));
    }

    /** The one reachable deref of the pointer printed as {@code pointer}. */
    public At deref(String pointer) {
        return the(Ops.derefOf(pointer), "deref of " + pointer);
    }

    /** The one reachable return op on {@code line} (an implicit one sits on the closing brace). */
    public At returnOnLine(int line) {
        return the(Ops.returnOp().and(Ops.onLine(line)), "return on line " + line);
    }

    // ---- paths ----

    /** A path from just after {@code from} to just before {@code to}. */
    public boolean path(At from, At to) {
        return search(after(from), before(to), op -> false, e -> false);
    }

    /** A path from just after {@code from} to just before {@code to} through no op matching {@code avoid}. */
    public boolean pathAvoiding(At from, At to, Predicate<Op> avoid) {
        return search(after(from), before(to), avoid, e -> false);
    }

    /** A path from the entry to just before {@code to}. */
    public boolean pathFromEntry(At to) {
        return search(entryPoint(), before(to), op -> false, e -> false);
    }

    /** A path from the entry to just before {@code to} through no op matching {@code avoid}. */
    public boolean pathFromEntryAvoiding(At to, Predicate<Op> avoid) {
        return search(entryPoint(), before(to), avoid, e -> false);
    }

    /** A path from the entry to just before {@code to} along no edge matching {@code avoid}. */
    public boolean pathFromEntryAvoidingEdges(At to, Predicate<Edge> avoid) {
        return search(entryPoint(), before(to), op -> false, avoid);
    }

    /** A path from just after {@code from} to the exit. */
    public boolean pathToExit(At from) {
        return search(after(from), exitPoint(), op -> false, e -> false);
    }

    /** A path from just after {@code from} to the exit through no op matching {@code avoid}. */
    public boolean pathToExitAvoiding(At from, Predicate<Op> avoid) {
        return search(after(from), exitPoint(), avoid, e -> false);
    }

    /** A path from the entry to the exit through no op matching {@code avoid}. */
    public boolean pathEntryToExitAvoiding(Predicate<Op> avoid) {
        return search(entryPoint(), exitPoint(), avoid, e -> false);
    }

    /** A path from just after {@code from} to the point where {@code edge} is taken, through no op matching {@code avoid}. */
    public boolean pathToEdgeAvoiding(At from, Edge edge, Predicate<Op> avoid) {
        return search(after(from), edgePoint(edge), avoid, e -> false);
    }

    /** A path from the entry to the point where {@code edge} is taken, through no op matching {@code avoid}. */
    public boolean pathFromEntryToEdgeAvoiding(Edge edge, Predicate<Op> avoid) {
        return search(entryPoint(), edgePoint(edge), avoid, e -> false);
    }

    /** True when every path from the entry to {@code to} passes an op matching {@code mustPass}. */
    public boolean everyPathFromEntryPasses(At to, Predicate<Op> mustPass) {
        return pathFromEntry(to) && !pathFromEntryAvoiding(to, mustPass);
    }

    /** True when every path from {@code from} to the exit passes an op matching {@code mustPass}. */
    public boolean everyPathToExitPasses(At from, Predicate<Op> mustPass) {
        return pathToExit(from) && !pathToExitAvoiding(from, mustPass);
    }

    /** True when every path from the entry to {@code to} takes an edge matching {@code mustTake}. */
    public boolean everyPathFromEntryTakes(At to, Predicate<Edge> mustTake) {
        return pathFromEntry(to) && !pathFromEntryAvoidingEdges(to, mustTake);
    }

    // ---- edges and conditions ----

    /** Every edge between reachable blocks. */
    public List<Edge> edges() {
        List<Edge> all = new ArrayList<>();
        for (Block b : cfg.blocks()) all.addAll(b.successors());
        return all;
    }

    public List<Edge> edges(Predicate<Edge> which) {
        return edges().stream().filter(which).toList();
    }

    /** The edges of branches whose condition is on {@code line}. */
    public List<Edge> conditionEdges(int line) {
        return edges(Edges.conditionOnLine(line));
    }

    /**
     * The conditions (as {@code "KIND path"}, e.g. {@code "TRUTHY p"}, {@code "OPAQUE"}) of the edges of
     * branches on {@code line} from which {@code target} can be reached.
     */
    public Set<String> conditionsTowards(int line, At target) {
        Set<String> result = new TreeSet<>();
        for (Edge e : conditionEdges(line)) {
            if (search(new Point(e.to(), 0), before(target), op -> false, x -> false)) {
                result.add(Edges.describe(e.condition()));
            }
        }
        return result;
    }

    /** The edges that enter the block of {@code at}; meaningful when {@code at} is the first op of its block. */
    public List<Edge> edgesInto(At at) {
        return at.block().predecessors();
    }

    // ---- the search ----

    private static Point after(At at) {
        return new Point(at.block(), at.index() + 1);
    }

    private static Point before(At at) {
        return new Point(at.block(), at.index());
    }

    private Point entryPoint() {
        return new Point(cfg.entry(), 0);
    }

    private Point exitPoint() {
        return new Point(cfg.exit(), 0);
    }

    private static Point edgePoint(Edge e) {
        return new Point(e.from(), e.kind() == EdgeKind.EXCEPTION ? 0 : e.from().ops().size());
    }

    private boolean search(Point from, Point to, Predicate<Op> avoidOps, Predicate<Edge> avoidEdges) {
        Deque<Point> work = new ArrayDeque<>();
        Set<Block> entered = new HashSet<>();
        work.push(from);
        while (!work.isEmpty()) {
            Point p = work.pop();
            List<Op> ops = p.block().ops();
            // any op may raise: exception edges leave from every point of the block
            for (Edge e : p.block().successors()) {
                if (e.kind() == EdgeKind.EXCEPTION && !avoidEdges.test(e) && entered.add(e.to())) {
                    work.push(new Point(e.to(), 0));
                }
            }
            boolean blocked = false;
            for (int i = p.index(); ; i++) {
                if (p.block() == to.block() && i == to.index()) return true;
                if (i >= ops.size()) break;
                if (avoidOps.test(ops.get(i))) {
                    blocked = true;
                    break;
                }
            }
            if (blocked) continue;
            for (Edge e : p.block().successors()) {
                if (e.kind() != EdgeKind.EXCEPTION && !avoidEdges.test(e) && entered.add(e.to())) {
                    work.push(new Point(e.to(), 0));
                }
            }
        }
        return false;
    }

    /** Predicates on ops. */
    public static final class Ops {
        private Ops() {
        }

        public static Predicate<Op> onLine(int line) {
            return op -> op.location().line() == line;
        }

        public static Predicate<Op> callTo(String callee) {
            return op -> op instanceof Op.Call c && callee.equals(c.callee());
        }

        public static Predicate<Op> anyCallTo(String... callees) {
            Set<String> names = Set.of(callees);
            return op -> op instanceof Op.Call c && c.callee() != null && names.contains(c.callee());
        }

        public static Predicate<Op> derefOf(String pointer) {
            return op -> op instanceof Op.Deref d && d.pointer().toString().equals(pointer);
        }

        public static Predicate<Op> returnOp() {
            return op -> op instanceof Op.Return;
        }
    }

    /** Predicates on edges. */
    public static final class Edges {
        private Edges() {
        }

        public static Predicate<Edge> conditionOnLine(int line) {
            return e -> e.condition() != null && e.condition().location().line() == line;
        }

        /** An edge whose condition reads {@code "KIND path"} or {@code "OPAQUE"}. */
        public static Predicate<Edge> condition(String description) {
            return e -> e.condition() != null && describe(e.condition()).equals(description);
        }

        public static Predicate<Edge> kind(EdgeKind kind) {
            return e -> e.kind() == kind;
        }

        public static String describe(Condition c) {
            return c.path() == null ? c.kind().toString() : c.kind() + " " + c.path();
        }
    }
}
