package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Recognizes an allocation wrapper by what it returns: a function is one when every {@code return}
 * with a value, on every path, gives back either NULL or a block that it allocated itself (directly or
 * through another wrapper), all from the same list and family. {@code PCTX AllocCtx(PDEV_EXT ext) { PCTX
 * c = ExAllocateFromNPagedLookasideList(&ext->CtxList); if (c) RtlZeroMemory(c, sizeof(*c)); return c; }}
 * is one; so is {@code return ExAllocateFrom...(&g_List);}. A function that may also return something
 * else (a cached block, a parameter) is not: its result may not be a new block.
 *
 * <p>The wrapper can return NULL unless every path that returns the block has tested it (a path that
 * raised or bugchecked on NULL ends there), or the block came from a wrapper that never returns NULL.
 */
final class ReturnedBlock {
    /** {@code return NULL;}, {@code return 0;}, {@code return (PCTX)NULL;}. */
    private static final Pattern NULL_RETURN =
            Pattern.compile("return\\s*(\\(\\s*[A-Za-z_][\\w\\s*]*\\)\\s*)?\\(?\\s*(NULL|0|nullptr)\\s*\\)?\\s*;?");

    private final BlockLifetime lifetime;
    private final Function function;
    private final Summaries<BlockSummary> table;
    private Origin found;
    private boolean other;
    private boolean canBeNull;

    ReturnedBlock(BlockLifetime lifetime, Function function, Summaries<BlockSummary> table) {
        this.lifetime = lifetime;
        this.function = function;
        this.table = table;
    }

    /** The allocation {@code function} returns, in its own terms, or null when it is not a wrapper. */
    Origin of(Solution<PathSensitive.Paths<BlockState>> solution) {
        solution.forEachOp((block, op, paths) -> {
            if (!(op instanceof Op.Return r)) return;
            for (BlockState state : paths.states()) visit(block, r, state);
        });
        if (found == null || other) return null;
        AccessPath list = found.list();
        boolean listIsOurs = list != null && (list.scope() == AccessPath.Scope.GLOBAL || list.scope() == AccessPath.Scope.PARAM);
        return new Origin(found.location(), found.listText(), listIsOurs ? list : null, found.family(),
                found.wrapper(), canBeNull);
    }

    private void visit(Block block, Op.Return r, BlockState state) {
        if (r.value() != null) {
            Boolean truthy = state.facts().truthy().get(r.value());
            if (Boolean.FALSE.equals(truthy)) {
                canBeNull = true; // the allocation failed on this path and its NULL is passed on
                return;
            }
            Origin origin = state.originOf(r.value());
            if (origin != null && origin.list() != null && !state.isUnchangedSinceEntry(origin.list())) {
                origin = null; // the list's parameter was reassigned: the path no longer names the caller's list
            }
            returns(origin, !Boolean.TRUE.equals(truthy));
            return;
        }
        Op.Call call = returnedCall(block, r);
        if (call != null) {
            returns(lifetime.allocation(function, call, table), true);
        } else if (NULL_RETURN.matcher(r.text().trim()).matches()) {
            canBeNull = true;
        } else {
            other = true; // a value we cannot follow, or falling off the end
        }
    }

    /** One path returns a block from {@code origin} (null: something else), not known to be non-NULL when {@code unchecked}. */
    private void returns(Origin origin, boolean unchecked) {
        if (origin == null) {
            other = true;
            return;
        }
        if (found == null) {
            found = origin;
        } else if (!found.family().equals(origin.family()) || !Objects.equals(found.list(), origin.list())) {
            other = true; // blocks from two lists: callers could not tell where to free them
        }
        if (unchecked && origin.canBeNull()) canBeNull = true;
    }

    /**
     * {@code return Allocate(...);}: the call whose value the return gives back, which the IR keeps as
     * a call without a result just before the return; null for any other return.
     */
    private static Op.Call returnedCall(Block block, Op.Return r) {
        List<Op> ops = block.ops();
        int i = ops.indexOf(r);
        if (i < 1 || !(ops.get(i - 1) instanceof Op.Call call) || call.result() != null || call.callee() == null) return null;
        return r.text().contains(call.callee() + "(") || r.text().contains(call.callee() + " (") ? call : null;
    }
}
