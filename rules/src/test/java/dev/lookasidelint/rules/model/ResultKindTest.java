package dev.lookasidelint.rules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import org.junit.jupiter.api.Test;

/** How a test of a helper's result reads as success or failure, for a status and for a boolean. */
class ResultKindTest {
    private static final SourceLocation AT = new SourceLocation("f.c", 1, 1, 1, 10);
    private static final AccessPath RESULT = AccessPath.temporary("Create");

    private static Condition on(Condition.Kind kind) {
        return new Condition(kind, RESULT, "test", AT);
    }

    @Test
    void aBooleanFailsWhenItIsZero() {
        assertEquals(Boolean.FALSE, ResultKind.BOOLEAN.succeeded(on(Condition.Kind.FALSY)));
        assertEquals(Boolean.TRUE, ResultKind.BOOLEAN.succeeded(on(Condition.Kind.TRUTHY)));
        assertNull(ResultKind.BOOLEAN.succeeded(on(Condition.Kind.NT_SUCCESS)), "NT_SUCCESS of a BOOLEAN tells nothing");
    }

    @Test
    void aStatusFailsWhenItIsNonZero() {
        assertEquals(Boolean.TRUE, ResultKind.NTSTATUS.succeeded(on(Condition.Kind.FALSY)), "zero is STATUS_SUCCESS");
        assertEquals(Boolean.FALSE, ResultKind.NTSTATUS.succeeded(on(Condition.Kind.TRUTHY)));
        assertEquals(Boolean.FALSE, ResultKind.NTSTATUS.succeeded(on(Condition.Kind.NOT_NT_SUCCESS)));
        assertNull(ResultKind.NONE.succeeded(on(Condition.Kind.FALSY)));
    }

    @Test
    void aBooleanReturnMayFailUnlessItIsKnownTrue() {
        assertTrue(ResultKind.BOOLEAN.mayFail(new Op.Return(null, AT, "return FALSE;", Op.Constant.ZERO), PathFacts.NONE));
        assertFalse(ResultKind.BOOLEAN.mayFail(new Op.Return(null, AT, "return TRUE;", Op.Constant.NONZERO), PathFacts.NONE));
        AccessPath ok = AccessPath.variable("ok", AccessPath.Scope.LOCAL);
        Op.Return returnOk = new Op.Return(ok, AT, "return ok;");
        assertTrue(ResultKind.BOOLEAN.mayFail(returnOk, PathFacts.NONE));
        PathFacts okIsSet = PathFacts.NONE.assume(new Condition(Condition.Kind.TRUTHY, ok, "ok", AT));
        assertFalse(ResultKind.BOOLEAN.mayFail(returnOk, okIsSet));
    }
}
