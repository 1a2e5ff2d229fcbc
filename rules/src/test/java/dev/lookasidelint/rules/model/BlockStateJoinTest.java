package dev.lookasidelint.rules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * What a join of two paths keeps of the blocks they hold: the allocation a local holds survives when
 * both paths hold the same one, even if only one of them checked it for NULL, so that the rules that
 * need to know where a block came from (a leak, a mismatched free) still see it after the join; and a
 * path that learned its allocation failed owns nothing, so joining it with paths that handed their
 * block on leaves nothing owned.
 */
class BlockStateJoinTest {
    private static final SourceLocation ALLOC = new SourceLocation("f.c", 10, 5, 10, 40);
    private static final SourceLocation OTHER_ALLOC = new SourceLocation("f.c", 20, 5, 20, 40);
    private static final AccessPath LIST = AccessPath.variable("g_List", AccessPath.Scope.GLOBAL);
    private static final AccessPath P = AccessPath.variable("p", AccessPath.Scope.LOCAL);

    private static Origin from(SourceLocation at) {
        return new Origin(at, "g_List", LIST, "NPAGED");
    }

    @Test
    void aBlockCheckedOnOnlyOnePathKeepsItsOriginAsUnchecked() {
        BlockState unchecked = BlockState.EMPTY.allocated(P, from(ALLOC));
        BlockState checked = unchecked.checkedNonNull(P);
        assertTrue(!checked.originOf(P).canBeNull(), "the check is remembered on the origin");

        for (BlockState joined : new BlockState[] {BlockState.join(checked, unchecked), BlockState.join(unchecked, checked)}) {
            Origin o = joined.originOf(P);
            assertEquals(ALLOC, o == null ? null : o.location(), "the allocation is still known after the join");
            assertTrue(o.canBeNull(), "one of the joined paths never checked it");
            assertTrue(joined.owned().contains(P));
        }
    }

    @Test
    void blocksFromDifferentAllocationsHaveNoOriginAfterTheJoin() {
        BlockState a = BlockState.EMPTY.allocated(P, from(ALLOC)).checkedNonNull(P);
        BlockState b = BlockState.EMPTY.allocated(P, from(OTHER_ALLOC));
        assertNull(BlockState.join(a, b).originOf(P));
        assertNull(BlockState.join(a, BlockState.EMPTY).originOf(P), "one path holds no block there");
    }

    @Test
    void originJoinAgreesOnTheSameCheckedAllocation() {
        Origin checked = from(ALLOC).checked();
        assertEquals(checked, Origin.join(checked, from(ALLOC).checked()));
        assertEquals(from(ALLOC), Origin.join(checked, from(ALLOC)));
        assertNull(Origin.join(checked, null));
    }

    @Test
    void aPathThatFoundItsAllocationNullOwnsNothingAfterTheJoin() {
        AccessPath q = AccessPath.variable("q", AccessPath.Scope.LOCAL);
        BlockState allocated = BlockState.EMPTY.allocated(P, from(ALLOC)).assign(q, P);
        BlockState failed = allocated.withFacts(allocated.facts().assume(new Condition(Condition.Kind.FALSY, P, "!p", ALLOC)));
        assertTrue(failed.owned().contains(P) && failed.owned().contains(q), "the fact alone does not end ownership");

        BlockState isNull = failed.knownNull(P);
        assertTrue(isNull.owned().isEmpty(), "no block under p or its alias q: " + isNull.owned());

        BlockState handedOn = allocated.handOn(P);
        assertTrue(BlockState.join(isNull, handedOn).owned().isEmpty(),
                "the failed path and the path that chained the block own nothing between them");
        assertEquals(allocated.owned(), allocated.knownNull(P).owned(), "without the fact, p still owns its block");
    }
}
