package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.model.BlockStash;
import dev.lookasidelint.rules.model.BlockStashes;
import dev.lookasidelint.rules.model.ListEffect;
import dev.lookasidelint.rules.model.StorageKeys;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LAL014 list-deleted-with-blocks-out: a teardown routine (one the system calls: unload, remove, halt,
 * a cleanup callback) deletes a list while blocks allocated from it may still wait in storage that
 * outlives the delete: a queue in the device extension or a global, a pointer field. It is reported
 * when some other routine leaves the list's blocks in such storage, nothing outside the teardown ever
 * takes them out (so the teardown owns the draining), and the teardown reaches the Delete without
 * having drained that storage or given a block back to the list before it.
 */
final class ListDeletedWithBlocksOut extends CatalogRule {

    ListDeletedWithBlocksOut(RuleInfo info) {
        super(info);
    }


    @Override
    public void check(RuleContext context, Reporter reporter) {
        List<BlockStash> stashes = context.blockStashes().all();
        if (stashes.isEmpty()) return;
        for (Function teardown : context.program().functions()) {
            // a setup routine's failure path runs before any callback could have left a block anywhere
            if (context.callGraph().isCalled(teardown) || context.setupRoutines().routines().contains(teardown)) continue;
            context.guarded(teardown, () -> {
                check(context, teardown, stashes, reporter);
                return null;
            }, null);
        }
    }

    private void check(RuleContext context, Function teardown, List<BlockStash> stashes, Reporter reporter) {
        Set<Function> closure = null;
        for (Block b : teardown.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (!(op instanceof Op.Call call)) continue;
                for (ListEffect e : context.listStates().effects(teardown, call, context.listSummaries())) {
                    if (e.role() != DdiRole.DELETE) continue;
                    String key = StorageKeys.of(e.list());
                    for (BlockStash stash : stashes) {
                        if (!stash.listKey().equals(key)) continue;
                        if (closure == null) closure = context.callGraph().reachableFrom(teardown);
                        if (closure.contains(stash.function()) || drainedElsewhere(context, stash, closure)) continue;
                        if (!reachedUndrained(context, teardown, b, op, stash)) continue;
                        reporter.report(key, finding(teardown, call, e, stash));
                    }
                }
            }
        }
    }

    /**
     * True when a routine outside the teardown takes blocks out of the storage: they come and go at run
     * time (a completion routine dequeues them), and the queue may be empty by teardown.
     */
    private static boolean drainedElsewhere(RuleContext context, BlockStash stash, Set<Function> teardown) {
        for (Function g : context.program().functions()) {
            if (!teardown.contains(g) && context.blockStashes().drainsAnywhere(g, stash, true)) return true;
        }
        return false;
    }

    /**
     * True when no drain of the stash in the teardown (or a helper it calls) comes before
     * {@code delete}: no draining op from which the Delete can be reached. A drain loop guarded by
     * {@code IsListEmpty} counts although its zero-trip path skips it; the queue is empty there.
     */
    private static boolean reachedUndrained(RuleContext context, Function teardown, Block target, Op delete,
                                            BlockStash stash) {
        BlockStashes stashes = context.blockStashes();
        Map<Function, Boolean> helperDrains = new HashMap<>();
        Deque<Block> work = new ArrayDeque<>();
        for (Block b : teardown.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (b == target && op == delete) break; // a drain after the Delete in its block does not count
                if (stashes.drains(op, stash) || callDrains(context, teardown, op, stash, helperDrains)) {
                    if (b == target) return false;
                    work.add(b);
                    break;
                }
            }
        }
        Set<Block> seen = new HashSet<>();
        while (!work.isEmpty()) {
            Block b = work.pop();
            for (Edge e : b.successors()) {
                if (e.to() == target) return false;
                if (seen.add(e.to())) work.add(e.to());
            }
        }
        return true;
    }

    private static boolean callDrains(RuleContext context, Function caller, Op op, BlockStash stash,
                                      Map<Function, Boolean> memo) {
        if (!(op instanceof Op.Call call) || call.callee() == null) return false;
        Function callee = context.program().resolve(call.callee(), caller.file());
        if (callee == null || callee == caller) return false;
        return memo.computeIfAbsent(callee, g -> context.callGraph().reachableFrom(g).stream()
                .anyMatch(h -> context.blockStashes().drainsAnywhere(h, stash, false)));
    }

    private Finding finding(Function teardown, Op.Call delete, ListEffect effect, BlockStash stash) {
        String stored = "a block of '" + stash.listText() + "' is left in '" + stash.storageText() + "' here";
        String through = effect.helper() == null ? "" : " (through '" + effect.helper() + "')";
        String deleted = "'" + effect.list() + "' is deleted here" + through + " while blocks may still wait in '"
                + stash.storageText() + "'";
        String message = "Lookaside list '" + effect.list() + "' is deleted" + through + " while blocks allocated from it may"
                + " still be held in '" + stash.storageText() + "' (by '" + stash.function().name() + "'). Nothing in"
                + " '" + teardown.name() + "' takes them out before the Delete. Those blocks are then"
                + " never returned, and code that still reaches them uses memory the deleted list no longer owns.";
        return new Finding(info().id(), info().severity(), message, delete.location(), teardown.name(),
                List.of(new RelatedLocation(1, stash.location(), stored)),
                List.of(List.of(new TraceStep(stash.location(), stored), new TraceStep(delete.location(), deleted))));
    }
}
