package dev.lookasidelint.analyzer.cfg;

import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Edges.condition;
import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.anyCallTo;
import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.callTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** goto forward and backward, labels reached by fall-through and jumps, the cleanup ladder. */
class CfgGotoTest {
    @TempDir
    Path dir;

    private static final String DECLS = "void A(void); void B(void); void C(void); void D(void);\n";

    @Test
    void gotoForwardSkipsTheCodeInBetween() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    A();
                    goto L;
                    B();
                L:
                    C();
                }
                """);
        GraphQuery g = src.graph("f");
        assertFalse(g.hasOpOnLine(src.line("B();")), "B is dead\n" + g.dump());
        assertTrue(g.path(g.call("A"), g.call("C")), g::dump);
    }

    @Test
    void gotoBackwardMakesALoop() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                L:
                    A();
                    if (x) goto L;
                    B();
                }
                """).graph("f");
        assertTrue(g.pathAvoiding(g.call("A"), g.call("A"), callTo("B")), g::dump);
        assertTrue(g.path(g.call("A"), g.call("B")), g::dump);
    }

    @Test
    void labelIsReachedByFallThroughAndByTheJump() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    if (x) goto L;
                    A();
                L:
                    B();
                }
                """).graph("f");
        assertTrue(g.path(g.call("A"), g.call("B")), g::dump);
        assertTrue(g.pathFromEntryAvoiding(g.call("B"), callTo("A")), g::dump);
    }

    @Test
    void labelReachedOnlyByGotoIsStillInTheGraph() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    if (x) goto L;
                    return;
                L:
                    A();
                }
                """).graph("f");
        assertTrue(g.pathFromEntry(g.call("A")), g::dump);
        assertTrue(g.everyPathFromEntryTakes(g.call("A"), condition("TRUTHY x")), g::dump);
    }

    @Test
    void gotoIntoALaterBlockAndOutOfANestedLoop() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int a, int b, int x) {
                    while (a) {
                        while (b) {
                            A();
                            if (x) goto Done;
                        }
                        B();
                    }
                    C();
                Done:
                    D();
                }
                """).graph("f");
        assertTrue(g.pathAvoiding(g.call("A"), g.call("D"), anyCallTo("B", "C")), g::dump);
        assertTrue(g.path(g.call("C"), g.call("D")), g::dump);
    }

    @Test
    void cleanupLadderDeletesTheListOnEveryPath() {
        TestSource src = TestSource.c(dir, """
                typedef long NTSTATUS;
                typedef struct _L { int x; } NPAGED_LOOKASIDE_LIST;
                NPAGED_LOOKASIDE_LIST g;
                void ExInitializeNPagedLookasideList(NPAGED_LOOKASIDE_LIST *l, void *a, void *f, unsigned long fl,
                                                     unsigned long long size, unsigned long tag, unsigned short depth);
                void ExDeleteNPagedLookasideList(NPAGED_LOOKASIDE_LIST *l);
                NTSTATUS Step1(void); NTSTATUS Step2(void); void Work(void);
                NTSTATUS f(void) {
                    NTSTATUS status;
                    ExInitializeNPagedLookasideList(&g, NULL, NULL, 0, 64, 'gaT', 0);
                    status = Step1();
                    if (!NT_SUCCESS(status)) {
                        goto Exit;
                    }
                    status = Step2();
                    if (!NT_SUCCESS(status)) goto Exit;
                    Work();
                Exit:
                    ExDeleteNPagedLookasideList(&g);
                    return status;
                }
                """);
        GraphQuery g = src.graph("f");
        GraphQuery.At init = g.call("ExInitializeNPagedLookasideList");
        GraphQuery.At delete = g.call("ExDeleteNPagedLookasideList");
        GraphQuery.At ret = g.returnOnLine(src.line("return status;"));
        assertEquals("status", String.valueOf(((Op.Return) ret.op()).value()));
        assertTrue(g.everyPathToExitPasses(init, callTo("ExDeleteNPagedLookasideList")), g::dump);
        assertTrue(g.everyPathToExitPasses(delete, Op.Return.class::isInstance), g::dump);
        assertTrue(g.pathAvoiding(g.call("Step1"), delete, anyCallTo("Step2", "Work")), "first goto\n" + g.dump());
        assertTrue(g.pathAvoiding(g.call("Step2"), delete, callTo("Work")), "second goto\n" + g.dump());
        assertEquals(java.util.Set.of("NT_SUCCESS status"),
                g.conditionsTowards(src.line("status = Step2") + 1, g.call("Work")), g::dump);
        assertTrue(g.everyPathFromEntryTakes(g.call("Work"), condition("NT_SUCCESS status")), g::dump);
        assertEquals(1, g.calls("ExDeleteNPagedLookasideList").size(), "one label, one copy\n" + g.dump());
    }

    @Test
    void ladderOfLabelsRunsEveryLaterCleanupStep() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                int f(int x, int y) {
                    A();
                    if (x) goto Undo1;
                    B();
                    if (y) goto Undo2;
                    return 0;
                Undo2:
                    C();
                Undo1:
                    D();
                    return 1;
                }
                """).graph("f");
        assertTrue(g.everyPathToExitPasses(g.call("C"), callTo("D")), g::dump);
        assertTrue(g.pathAvoiding(g.call("A"), g.call("D"), callTo("C")), "goto Undo1 skips C\n" + g.dump());
        assertFalse(g.pathFromEntryAvoiding(g.call("C"), callTo("B")), g::dump);
    }
}
