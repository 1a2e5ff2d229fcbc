package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Op;
import java.util.Objects;

/**
 * Recognizes an allocation wrapper by what it returns: a function is one when every {@code return}
 * with a value, on every path, gives back either NULL or a block that it allocated itself (directly or
 * through another wrapper), all from the same list and family. {@code PCTX AllocCtx(PDEV_EXT ext) { PCTX
 * c = ExAllocateFromNPagedLookasideList(&ext->CtxList); if (c) RtlZeroMemory(c, sizeof(*c)); return c; }}
 * is one; so is {@code return ExAllocateFrom...(&g_List);}, whose value the IR holds in a temporary.
 * A function that may also return something
 * else (a cached block, a parameter) is not: its result may not be a new block.
 *
 * <p>The wrapper can return NULL unless every path that returns the block has tested it (a path that
 * raised or bugchecked on NULL ends there), or the block came from a wrapper that never returns NULL.
 */
final class ReturnedBlock {
    private Origin found;
    private boolean other;
    private boolean canBeNull;

    /** The allocation the function of {@code solution} returns, in its own terms, or null when it is not a wrapper. */
    Origin of(Solution<PathSensitive.Paths<BlockState>> solution) {
        solution.forEachOp((block, op, paths) -> {
            if (!(op instanceof Op.Return r)) return;
            for (BlockState state : paths.states()) visit(r, state);
        });
        if (found == null || other) return null;
        AccessPath list = found.list();
        boolean listIsOurs = list != null && (list.scope() == AccessPath.Scope.GLOBAL || list.scope() == AccessPath.Scope.PARAM);
        return new Origin(found.location(), found.listText(), listIsOurs ? list : null, found.family(),
                found.wrapper(), canBeNull);
    }

    private void visit(Op.Return r, BlockState state) {
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
        if (r.constant() == Op.Constant.ZERO) {
            canBeNull = true; // return NULL;
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
}
