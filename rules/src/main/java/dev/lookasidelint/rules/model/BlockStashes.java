package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.ddi.DdiTable;
import dev.lookasidelint.rules.ddi.QueueDdi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the project leaves blocks waiting in long-lived storage, read from each function's block
 * analysis (which knows the list a local's block came from), and which ops take them out again.
 */
public final class BlockStashes {
    private final DdiTable ddis;
    private final List<BlockStash> stashes;

    private BlockStashes(DdiTable ddis, List<BlockStash> stashes) {
        this.ddis = ddis;
        this.stashes = stashes;
    }

    /** Replays each function's block analysis, where a stash can be, to find them. */
    public static BlockStashes find(Program program, DdiTable ddis,
                                    java.util.function.Function<Function, Optional<Solution<PathSensitive.Paths<BlockState>>>> blocks) {
        Collector collector = new Collector(ddis);
        for (Function f : program.functions()) {
            if (!mayStash(f)) continue; // replaying a block analysis is costly: only where a stash can be
            blocks.apply(f).ifPresent(solution -> solution.forEachOp((block, op, paths) -> {
                for (BlockState state : paths.states()) collector.visit(f, op, state);
            }));
        }
        return collector.result();
    }

    /**
     * Gathers the stashes from a walk that visits each function's ops and path states, one function
     * after another: the block rules' shared walk, so that the analysis is not replayed a second time.
     */
    public static final class Collector {
        private final DdiTable ddis;
        private final List<BlockStash> stashes = new ArrayList<>();
        private Function current;
        private boolean skip;
        private Map<String, BlockStash> found = new LinkedHashMap<>();

        public Collector(DdiTable ddis) {
            this.ddis = ddis;
        }

        public void visit(Function f, Op op, BlockState state) {
            if (f != current) {
                flush();
                current = f;
                skip = !mayStash(f);
            }
            if (skip) return;
            BlockStash s = stashAt(f, op, state);
            if (s != null) found.putIfAbsent(s.listKey() + "\u0000" + s.storageKey(), s);
        }

        private void flush() {
            stashes.addAll(found.values());
            found = new LinkedHashMap<>();
        }

        public BlockStashes result() {
            flush();
            return new BlockStashes(ddis, List.copyOf(stashes));
        }
    }

    public List<BlockStash> all() {
        return stashes;
    }

    /** True when some op of {@code f} stores a value in long-lived storage or inserts into a queue. */
    private static boolean mayStash(Function f) {
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Assign a && a.source() != null && StorageKeys.outlivesFunction(a.target())) return true;
                if (op instanceof Op.Call call) {
                    QueueDdi q = QueueDdi.lookup(call.callee());
                    if (q != null && q.action() == QueueDdi.Action.INSERT) return true;
                }
            }
        }
        return false;
    }

    private static BlockStash stashAt(Function f, Op op, BlockState state) {
        if (op instanceof Op.Assign a && a.source() != null && StorageKeys.outlivesFunction(a.target())) {
            return stash(f, state.originOf(a.source()), a.target(), null, a);
        }
        if (!(op instanceof Op.Call call)) return null;
        QueueDdi q = QueueDdi.lookup(call.callee());
        if (q == null || q.action() != QueueDdi.Action.INSERT || q.entry() >= call.arguments().size()) return null;
        AccessPath head = call.arguments().get(q.head()).path();
        AccessPath entry = call.arguments().get(q.entry()).path();
        if (head == null || entry == null || !entry.addressOf()) return null;
        AccessPath link = entry.withoutAddress();
        if (link.selectors().isEmpty()) return null;
        AccessPath holder = new AccessPath(link.root(), link.scope(),
                link.selectors().subList(0, link.selectors().size() - 1), false);
        AccessPath queue = head.withoutAddress();
        if (!StorageKeys.outlivesFunction(queue)) return null;
        return stash(f, state.originOf(holder), queue, field(link), call);
    }

    private static BlockStash stash(Function f, Origin origin, AccessPath storage, String entryField, Op op) {
        // a block written through an out-parameter is handed to the caller, not kept anywhere we can name
        if (origin == null || origin.isPool() || origin.list() == null || !StorageKeys.isNamed(storage)) return null;
        return new BlockStash(StorageKeys.of(origin.list()), origin.listText(), StorageKeys.of(storage),
                storage.toString(), entryField, op.location(), f);
    }

    private static String field(AccessPath link) {
        return link.selectors().get(link.selectors().size() - 1).replaceFirst("^(->|\\.)", "");
    }

    /**
     * True when {@code op} takes blocks out of the stash's storage, or gives a block back to its list:
     * what a teardown does to drain it.
     */
    public boolean drains(Op op, BlockStash stash) {
        return takesOut(op, stash, true) || freesToList(op, stash);
    }

    /** True when {@code op} gives a block back to the stash's list. */
    private boolean freesToList(Op op, BlockStash stash) {
        if (!(op instanceof Op.Call call)) return false;
        Ddi ddi = ddis.lookup(call.callee());
        if (ddi == null || ddi.role() != DdiRole.FREE || ddi.listArgument() >= call.arguments().size()) return false;
        AccessPath list = call.arguments().get(ddi.listArgument()).path();
        return list != null && StorageKeys.of(list.pointee()).equals(stash.listKey());
    }

    /**
     * True when {@code op} takes blocks out of the stash's storage: a remove from the queue, a read or
     * ({@code withOverwrite}) an overwrite of the pointer, a free of what it holds. Only a teardown's
     * overwrite counts: at run time a store into the pointer is how blocks get there (the stash itself),
     * not how they leave.
     */
    public boolean takesOut(Op op, BlockStash stash, boolean withOverwrite) {
        if (op instanceof Op.Assign a) {
            return a.source() != null && StorageKeys.outlivesFunction(a.source())
                    && StorageKeys.of(a.source()).equals(stash.storageKey())
                    || withOverwrite && stash.entryField() == null && StorageKeys.outlivesFunction(a.target())
                    && StorageKeys.of(a.target()).equals(stash.storageKey());
        }
        if (!(op instanceof Op.Call call)) return false;
        QueueDdi q = QueueDdi.lookup(call.callee());
        if (q != null && q.action() == QueueDdi.Action.REMOVE && q.head() < call.arguments().size()) {
            AccessPath head = call.arguments().get(q.head()).path();
            return head != null && StorageKeys.of(head.withoutAddress()).equals(stash.storageKey());
        }
        if (q != null && q.action() == QueueDdi.Action.REMOVE_ENTRY && q.entry() < call.arguments().size()) {
            AccessPath entry = call.arguments().get(q.entry()).path();
            return entry != null && stash.entryField() != null && !entry.withoutAddress().selectors().isEmpty()
                    && field(entry.withoutAddress()).equals(stash.entryField());
        }
        Ddi ddi = ddis.lookup(call.callee());
        if (ddi == null) return false;
        if ((ddi.role() == DdiRole.FREE || ddi.role() == DdiRole.POOL_FREE) && ddi.blockArgument() >= 0
                && ddi.blockArgument() < call.arguments().size()) {
            AccessPath block = call.arguments().get(ddi.blockArgument()).path();
            return block != null && StorageKeys.outlivesFunction(block) && StorageKeys.of(block).equals(stash.storageKey());
        }
        return false;
    }

    /**
     * True when some op of {@code f} drains the stash ({@code atRunTime}: takes blocks out of it while the
     * driver runs, which a store into the pointer does not).
     */
    public boolean drainsAnywhere(Function f, BlockStash stash, boolean atRunTime) {
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (atRunTime ? takesOut(op, stash, false) : drains(op, stash)) return true;
            }
        }
        return false;
    }
}
