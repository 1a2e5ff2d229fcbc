package dev.lookasidelint.analyzer.cfg;

import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Edges.kind;
import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.anyCallTo;
import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.callTo;
import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.returnOp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Structured exception handling: a {@code __finally} body runs on every way out of its {@code __try};
 * every block of an {@code __except}-guarded body can raise into the handler.
 */
class CfgSehTest {
    @TempDir
    Path dir;

    private static final String DECLS = "void A(void); void B(void); void C(void); void D(void); void F(void);"
            + " void F1(void); void F2(void); void H(void);\n";

    @Test
    void finallyRunsOnFallThrough() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(void) {
                    __try {
                        A();
                    } __finally {
                        F();
                    }
                    B();
                }
                """).graph("f");
        assertTrue(g.everyPathToExitPasses(g.call("A"), callTo("F")), g::dump);
        assertFalse(g.pathAvoiding(g.call("A"), g.call("B"), callTo("F")), g::dump);
        assertFalse(g.pathEntryToExitAvoiding(callTo("F")), g::dump);
    }

    @Test
    void finallyRunsBeforeAReturnInsideTheTryLeavesTheFunction() {
        TestSource src = TestSource.c(dir, DECLS + """
                int f(int x) {
                    __try {
                        A();
                        if (x) return 1;
                        B();
                    } __finally {
                        F();
                    }
                    C();
                    return 0;
                }
                """);
        GraphQuery g = src.graph("f");
        GraphQuery.At ret = g.returnOnLine(src.line("return 1;"));
        assertTrue(g.everyPathToExitPasses(ret, callTo("F")), "F before the exit\n" + g.dump());
        assertFalse(g.path(ret, g.call("C")), "the return does not continue after the try\n" + g.dump());
        assertFalse(g.pathEntryToExitAvoiding(callTo("F")), g::dump);
        assertTrue(g.pathAvoiding(g.call("A"), ret, callTo("B")), g::dump);
    }

    @Test
    void leaveJumpsToTheFinallyAndContinuesAfterTheTry() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    __try {
                        A();
                        if (x) __leave;
                        B();
                    } __finally {
                        F();
                    }
                    C();
                }
                """).graph("f");
        assertTrue(g.pathAvoiding(g.call("A"), g.call("C"), callTo("B")), "__leave skips B\n" + g.dump());
        assertFalse(g.pathAvoiding(g.call("A"), g.call("C"), callTo("F")), "but not F\n" + g.dump());
        assertTrue(g.everyPathToExitPasses(g.call("A"), callTo("C")), g::dump);
    }

    @Test
    void leaveInAnExceptBodyGoesPastTheHandler() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    __try {
                        A();
                        if (x) __leave;
                        B();
                    } __except (1) {
                        H();
                    }
                    C();
                }
                """).graph("f");
        assertTrue(g.pathAvoiding(g.call("A"), g.call("C"), anyCallTo("B", "H")), g::dump);
    }

    @Test
    void breakOutOfATryInALoopRunsTheFinally() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int c, int x) {
                    while (c) {
                        __try {
                            A();
                            if (x) break;
                            B();
                        } __finally {
                            F();
                        }
                    }
                    C();
                }
                """).graph("f");
        assertFalse(g.pathAvoiding(g.call("A"), g.call("C"), callTo("F")), g::dump);
        assertTrue(g.pathAvoiding(g.call("A"), g.call("C"), callTo("B")), g::dump);
    }

    @Test
    void continueOutOfATryInALoopRunsTheFinally() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int c, int x) {
                    while (c) {
                        __try {
                            A();
                            if (x) continue;
                            B();
                        } __finally {
                            F();
                        }
                    }
                }
                """).graph("f");
        assertTrue(g.pathAvoiding(g.call("A"), g.call("A"), callTo("B")), g::dump);
        assertFalse(g.pathAvoiding(g.call("A"), g.call("A"), callTo("F")), g::dump);
    }

    @Test
    void gotoOutOfATryRunsTheFinally() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    __try {
                        A();
                        if (x) goto Out;
                        B();
                    } __finally {
                        F();
                    }
                    C();
                Out:
                    D();
                }
                """).graph("f");
        assertFalse(g.pathAvoiding(g.call("A"), g.call("D"), callTo("F")), g::dump);
        assertTrue(g.pathAvoiding(g.call("A"), g.call("D"), anyCallTo("B", "C")), g::dump);
    }

    @Test
    void gotoBackwardOutOfATryRunsTheFinallyBeforeRetrying() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                Retry:
                    B();
                    __try {
                        A();
                        if (x) goto Retry;
                    } __finally {
                        F();
                    }
                }
                """).graph("f");
        assertTrue(g.path(g.call("A"), g.call("B")), g::dump);
        assertFalse(g.pathAvoiding(g.call("A"), g.call("B"), callTo("F")), g::dump);
    }

    @Test
    void breakOutOfASwitchCaseThroughATryRunsTheFinally() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(int x) {
                    switch (x) {
                    case 1:
                        __try {
                            A();
                            break;
                        } __finally {
                            F();
                        }
                        B();
                    }
                    C();
                }
                """);
        GraphQuery g = src.graph("f");
        assertFalse(g.pathAvoiding(g.call("A"), g.call("C"), callTo("F")), g::dump);
        assertFalse(g.hasOpOnLine(src.line("B();")), "B is dead: the try always breaks\n" + g.dump());
    }

    @Test
    void leaveLeavesOnlyTheInnermostTry() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    __try {
                        __try {
                            if (x) __leave;
                            A();
                        } __finally {
                            F1();
                        }
                        B();
                    } __finally {
                        F2();
                    }
                }
                """).graph("f");
        assertTrue(g.pathFromEntryAvoiding(g.call("B"), callTo("A")), g::dump);
        assertTrue(g.everyPathFromEntryPasses(g.call("B"), callTo("F1")), g::dump);
        assertTrue(g.everyPathToExitPasses(g.call("B"), callTo("F2")), g::dump);
    }

    @Test
    void gotoWithinTheSameTryDoesNotRunTheFinallyEarly() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    __try {
                        A();
                        if (x) goto Inside;
                        B();
                    Inside:
                        C();
                    } __finally {
                        F();
                    }
                }
                """).graph("f");
        assertTrue(g.pathAvoiding(g.call("A"), g.call("C"), anyCallTo("B", "F")), g::dump);
        assertTrue(g.pathFromEntryAvoiding(g.call("C"), callTo("F")), g::dump);
    }

    @Test
    void returnThroughNestedFinallyBlocksRunsInnerThenOuter() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    __try {
                        __try {
                            A();
                            return;
                        } __finally {
                            F1();
                        }
                    } __finally {
                        F2();
                    }
                }
                """);
        GraphQuery g = src.graph("f");
        GraphQuery.At ret = g.returnOnLine(src.line("return;"));
        assertTrue(g.everyPathToExitPasses(ret, callTo("F1")), g::dump);
        assertTrue(g.everyPathToExitPasses(ret, callTo("F2")), g::dump);
        for (GraphQuery.At f2 : g.calls("F2")) {
            assertFalse(g.pathAvoiding(ret, f2, callTo("F1")), "inner finally first\n" + g.dump());
        }
    }

    /**
     * The finally body is copied onto each way out of the try; a label inside it must belong to its
     * copy. Shared label blocks would let the return path continue after the try.
     */
    @Test
    void labelInsideAFinallyBodyIsLocalToEachCopy() {
        TestSource src = TestSource.c(dir, DECLS + """
                int f(int x) {
                    __try {
                        A();
                        if (x) return 1;
                        B();
                    } __finally {
                        if (x) goto Skip;
                        F();
                    Skip:
                        D();
                    }
                    C();
                    return 0;
                }
                """);
        GraphQuery g = src.graph("f");
        GraphQuery.At ret = g.returnOnLine(src.line("return 1;"));
        assertFalse(g.path(ret, g.call("C")), "the return path must not fall out of the try\n" + g.dump());
        assertTrue(g.everyPathToExitPasses(ret, callTo("D")), g::dump);
        assertTrue(g.everyPathToExitPasses(g.call("B"), callTo("C")), g::dump);
        assertEquals(2, g.calls("D").size(), "one copy per way out\n" + g.dump());
    }

    @Test
    void exceptHandlerIsEnteredOnlyByExceptionEdgesFromTheBody() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(void) {
                    A();
                    __try {
                        B();
                        C();
                    } __except (1) {
                        H();
                    }
                    D();
                }
                """).graph("f");
        GraphQuery.At handler = g.call("H");
        assertTrue(g.everyPathFromEntryTakes(handler, kind(EdgeKind.EXCEPTION)), g::dump);
        assertTrue(g.pathFromEntryAvoiding(g.call("D"), callTo("H")), "no exception: straight past\n" + g.dump());
        assertTrue(g.pathAvoiding(g.call("C"), g.call("D"), callTo("H")), g::dump);
        assertTrue(g.path(handler, g.call("D")), "the handler continues after the try\n" + g.dump());
        for (String callee : new String[] {"B", "C"}) {
            GraphQuery.At call = g.call(callee);
            assertEquals(0, call.index(), callee + " starts its block, so its exception edge leaves from the state"
                    + " before the call\n" + g.dump());
            assertTrue(call.block().successors().stream()
                    .anyMatch(e -> e.kind() == EdgeKind.EXCEPTION && e.to() == handler.block()), g::dump);
        }
        assertTrue(g.call("A").block().successors().stream().noneMatch(e -> e.kind() == EdgeKind.EXCEPTION),
                "code before the try cannot raise into the handler\n" + g.dump());
        assertTrue(handler.block().successors().stream().noneMatch(e -> e.kind() == EdgeKind.EXCEPTION),
                "the handler is not guarded by its own try\n" + g.dump());
    }

    /**
     * A goto out of an __except-guarded body to a label after the try: the code at the label runs
     * outside the try, so it must not raise into the handler (that would make a loop that runs the
     * cleanup twice: cleanup, handler, fall-through into the cleanup again).
     */
    @Test
    void gotoOutOfAnExceptBodyLeavesTheGuardedRegion() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    __try {
                        A();
                        if (x) goto Cleanup;
                        B();
                    } __except (1) {
                        H();
                    }
                    C();
                Cleanup:
                    D();
                }
                """).graph("f");
        GraphQuery.At cleanup = g.call("D");
        assertTrue(cleanup.block().successors().stream().noneMatch(e -> e.kind() == EdgeKind.EXCEPTION),
                "the label after the try is not guarded\n" + g.dump());
        assertFalse(g.path(cleanup, g.call("H")), g::dump);
        assertFalse(g.path(cleanup, cleanup), "the cleanup cannot run twice\n" + g.dump());
        assertTrue(g.pathAvoiding(g.call("A"), cleanup, anyCallTo("B", "C", "H")), g::dump);
    }

    @Test
    void exceptBodyWithBranchesAndLoopsRaisesFromEveryBlock() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    __try {
                        if (x) { A(); } else { B(); }
                        while (x--) { C(); }
                    } __except (1) {
                        H();
                    }
                }
                """).graph("f");
        GraphQuery.At handler = g.call("H");
        for (String callee : new String[] {"A", "B", "C"}) {
            assertTrue(g.call(callee).block().successors().stream()
                    .anyMatch(e -> e.kind() == EdgeKind.EXCEPTION && e.to() == handler.block()), callee + "\n" + g.dump());
        }
    }

    @Test
    void cSpellingsTryFinallyExceptLeaveWorkInCFiles() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    try {
                        A();
                        if (x) leave;
                        B();
                    } finally {
                        F();
                    }
                    try {
                        C();
                    } except (1) {
                        H();
                    }
                }
                """).graph("f");
        assertTrue(g.pathAvoiding(g.call("A"), g.call("C"), callTo("B")), g::dump);
        assertFalse(g.pathAvoiding(g.call("A"), g.call("C"), callTo("F")), g::dump);
        assertTrue(g.everyPathFromEntryTakes(g.call("H"), kind(EdgeKind.EXCEPTION)), g::dump);
    }

    @Test
    void finallyBodyWithAReturnStillEndsAtTheExit() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                int f(int x) {
                    __try {
                        if (x) return 1;
                        A();
                    } __finally {
                        F();
                    }
                    return 0;
                }
                """).graph("f");
        assertFalse(g.pathEntryToExitAvoiding(callTo("F")), g::dump);
        assertFalse(g.pathEntryToExitAvoiding(returnOp()), g::dump);
    }
}
