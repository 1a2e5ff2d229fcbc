package dev.lookasidelint.analyzer.dataflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What one path learns from conditions and assignments, and which later edges that rules out. */
class PathFactsTest {
    private static final SourceLocation AT = SourceLocation.point("a.c", 1, 1);
    private static final AccessPath P = AccessPath.variable("p", AccessPath.Scope.LOCAL);
    private static final AccessPath Q = AccessPath.variable("q", AccessPath.Scope.LOCAL);
    private static final AccessPath STATUS = AccessPath.variable("status", AccessPath.Scope.LOCAL);
    private static final AccessPath MAJOR = AccessPath.variable("major", AccessPath.Scope.LOCAL);
    private static final AccessPath GLOBAL_FLAG = AccessPath.variable("g_Ready", AccessPath.Scope.GLOBAL);

    private static Condition when(Condition.Kind kind, AccessPath path) {
        return new Condition(kind, path, "c", AT);
    }

    private static Condition equalsConstant(AccessPath path, String value) {
        return new Condition(Condition.Kind.EQUALS, path, "c", AT, value);
    }

    private static Op.Assign assign(AccessPath target, AccessPath source, Op.Constant constant) {
        return new Op.Assign(target, source, constant, AT, "a");
    }

    @Test
    void nullAssignedThenNonNullEdgeIsInfeasible() {
        PathFacts f = PathFacts.NONE.after(assign(P, null, Op.Constant.ZERO));
        assertNull(f.assume(when(Condition.Kind.TRUTHY, P)));
        assertNotNull(f.assume(when(Condition.Kind.FALSY, P)));
    }

    @Test
    void contradictingChecksOnOnePathAreInfeasible() {
        PathFacts f = PathFacts.NONE.assume(when(Condition.Kind.FALSY, P));
        assertNull(f.assume(when(Condition.Kind.TRUTHY, P)));
        PathFacts failed = PathFacts.NONE.assume(when(Condition.Kind.NOT_NT_SUCCESS, STATUS));
        assertNull(failed.assume(when(Condition.Kind.NT_SUCCESS, STATUS)));
    }

    @Test
    void statusSuccessConstantIsSuccessAndAFlagSetToTrueIsTruthy() {
        PathFacts f = PathFacts.NONE.after(assign(STATUS,
                AccessPath.variable("STATUS_SUCCESS", AccessPath.Scope.GLOBAL), Op.Constant.UNKNOWN));
        assertNull(f.assume(when(Condition.Kind.NOT_NT_SUCCESS, STATUS)));
        PathFacts flag = PathFacts.NONE.after(assign(P, null, Op.Constant.NONZERO));
        assertNull(flag.assume(when(Condition.Kind.FALSY, P)));
    }

    @Test
    void aFailureStatusConstantRulesOutSuccessButPendingDoesNot() {
        PathFacts failed = PathFacts.NONE.after(assign(STATUS,
                AccessPath.variable("STATUS_CANT_WAIT", AccessPath.Scope.GLOBAL), Op.Constant.UNKNOWN));
        assertNull(failed.assume(when(Condition.Kind.NT_SUCCESS, STATUS)));
        assertNotNull(failed.assume(when(Condition.Kind.NOT_NT_SUCCESS, STATUS)));
        PathFacts pending = PathFacts.NONE.after(assign(STATUS,
                AccessPath.variable("STATUS_PENDING", AccessPath.Scope.GLOBAL), Op.Constant.UNKNOWN));
        assertNotNull(pending.assume(when(Condition.Kind.NT_SUCCESS, STATUS)));
        assertNotNull(pending.assume(when(Condition.Kind.NOT_NT_SUCCESS, STATUS)));
    }

    @Test
    void copyCarriesFactsAndReassignmentForgetsThem() {
        PathFacts f = PathFacts.NONE.assume(when(Condition.Kind.TRUTHY, P)).after(assign(Q, P, Op.Constant.UNKNOWN));
        assertNull(f.assume(when(Condition.Kind.FALSY, Q)));
        PathFacts forgotten = f.after(assign(P, null, Op.Constant.UNKNOWN));
        assertNotNull(forgotten.assume(when(Condition.Kind.FALSY, P)));
    }

    @Test
    void aCallForgetsGlobalsAndWhatItGetsTheAddressOfButKeepsLocals() {
        PathFacts f = PathFacts.NONE.assume(when(Condition.Kind.TRUTHY, GLOBAL_FLAG))
                .assume(when(Condition.Kind.TRUTHY, P)).assume(when(Condition.Kind.NT_SUCCESS, STATUS));
        Op.Call call = new Op.Call("Foo", List.of(new Op.Argument(STATUS.takeAddress(), "&status", AT)), null, AT, "Foo(&status)");
        PathFacts after = f.after(call);
        assertNotNull(after.assume(when(Condition.Kind.FALSY, GLOBAL_FLAG)));
        assertNotNull(after.assume(when(Condition.Kind.NOT_NT_SUCCESS, STATUS)));
        assertNull(after.assume(when(Condition.Kind.FALSY, P)));
    }

    @Test
    void switchCaseValuesSurviveAJoinAsASetOfPossibleValues() {
        PathFacts read = PathFacts.NONE.assume(equalsConstant(MAJOR, "IRP_MJ_READ"));
        PathFacts write = PathFacts.NONE.assume(equalsConstant(MAJOR, "IRP_MJ_WRITE"));
        PathFacts either = PathFacts.join(read, write);
        assertEquals(Set.of("IRP_MJ_READ", "IRP_MJ_WRITE"), either.values().get(MAJOR));
        assertNull(either.assume(equalsConstant(MAJOR, "IRP_MJ_CREATE")));
        assertNotNull(either.assume(equalsConstant(MAJOR, "IRP_MJ_WRITE")));
    }

    @Test
    void theDefaultOfASwitchExcludesEveryCaseAndJoinsWithACaseAsExclusion() {
        Condition otherwise = new Condition(Condition.Kind.NONE_OF, MAJOR, "default", AT, null,
                Set.of("IRP_MJ_CREATE", "IRP_MJ_READ"));
        PathFacts byDefault = PathFacts.NONE.assume(otherwise);
        assertNull(byDefault.assume(equalsConstant(MAJOR, "IRP_MJ_CREATE")));
        PathFacts read = PathFacts.NONE.assume(equalsConstant(MAJOR, "IRP_MJ_READ"));
        // one of {READ}, or none of {CREATE, READ}: certainly not CREATE
        PathFacts joined = PathFacts.join(read, byDefault);
        assertNull(joined.assume(equalsConstant(MAJOR, "IRP_MJ_CREATE")));
        assertNotNull(joined.assume(equalsConstant(MAJOR, "IRP_MJ_READ")));
    }

    @Test
    void joinKeepsOnlyFactsBothPathsShare() {
        PathFacts a = PathFacts.NONE.assume(when(Condition.Kind.TRUTHY, P)).assume(when(Condition.Kind.TRUTHY, Q));
        PathFacts b = PathFacts.NONE.assume(when(Condition.Kind.TRUTHY, P)).assume(when(Condition.Kind.FALSY, Q));
        PathFacts j = PathFacts.join(a, b);
        assertNull(j.assume(when(Condition.Kind.FALSY, P)));
        assertNotNull(j.assume(when(Condition.Kind.FALSY, Q)));
        assertNotNull(j.assume(when(Condition.Kind.TRUTHY, Q)));
    }
}
