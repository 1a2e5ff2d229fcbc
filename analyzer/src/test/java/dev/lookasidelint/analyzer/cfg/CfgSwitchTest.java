package dev.lookasidelint.analyzer.cfg;

import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.anyCallTo;
import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.callTo;
import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.derefOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** switch: dispatch to cases, fall-through, default present or absent, break and continue inside. */
class CfgSwitchTest {
    @TempDir
    Path dir;

    private static final String DECLS = "void A(void); void B(void); void C(void); void D(void); void E(void);\n";

    @Test
    void caseWithoutBreakFallsThroughIntoTheNextCase() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    switch (x) {
                    case 1:
                        A();
                    case 2:
                        B();
                        break;
                    case 3:
                        C();
                        break;
                    default:
                        D();
                    }
                    E();
                }
                """).graph("f");
        assertTrue(g.everyPathToExitPasses(g.call("A"), callTo("B")), "fall-through\n" + g.dump());
        assertFalse(g.path(g.call("B"), g.call("C")), "break ends case 2\n" + g.dump());
        assertFalse(g.path(g.call("C"), g.call("D")), g::dump);
        assertTrue(g.pathFromEntryAvoiding(g.call("B"), callTo("A")), "case 2 entered directly\n" + g.dump());
        assertTrue(g.path(g.call("D"), g.call("E")), "the last case falls out of the switch\n" + g.dump());
    }

    @Test
    void withDefaultEveryPathRunsSomeCase() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    switch (x) {
                    case 1: A(); break;
                    case 2: B(); break;
                    default: C(); break;
                    }
                    E();
                }
                """).graph("f");
        assertFalse(g.pathFromEntryAvoiding(g.call("E"), anyCallTo("A", "B", "C")), g::dump);
        for (String callee : new String[] {"A", "B", "C"}) {
            assertTrue(g.edgesInto(g.call(callee)).stream().anyMatch(e -> e.kind() == EdgeKind.CASE), g::dump);
        }
    }

    @Test
    void withoutDefaultTheDispatchCanGoStraightPastTheSwitch() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    switch (x) {
                    case 1: A(); break;
                    case 2: B(); break;
                    }
                    E();
                }
                """).graph("f");
        assertTrue(g.pathFromEntryAvoiding(g.call("E"), anyCallTo("A", "B")), g::dump);
        assertTrue(g.edgesInto(g.call("E")).stream().anyMatch(e -> e.kind() == EdgeKind.CASE),
                "a CASE edge from the dispatch to after the switch\n" + g.dump());
    }

    @Test
    void defaultInTheMiddleFallsThroughToo() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    switch (x) {
                    case 1: A(); break;
                    default: D();
                    case 2: B(); break;
                    }
                    E();
                }
                """).graph("f");
        assertTrue(g.everyPathToExitPasses(g.call("D"), callTo("B")), g::dump);
        assertFalse(g.pathFromEntryAvoiding(g.call("E"), anyCallTo("A", "B")), "no path past all cases\n" + g.dump());
    }

    @Test
    void switchOnAFieldReadsThePointerBeforeAnyCase() {
        GraphQuery g = TestSource.c(dir, """
                typedef struct _IO_STACK_LOCATION { unsigned char MajorFunction; unsigned char MinorFunction; } IO_STACK_LOCATION, *PIO_STACK_LOCATION;
                typedef struct _EXT { int List; } EXT, *PEXT;
                void StartDevice(PEXT ext);
                void ExDeleteNPagedLookasideList(int *l);
                long Dispatch(PEXT ext, PIO_STACK_LOCATION IrpSp) {
                    switch (IrpSp->MinorFunction) {
                    case IRP_MN_START_DEVICE:
                        StartDevice(ext);
                        break;
                    case IRP_MN_REMOVE_DEVICE:
                        ExDeleteNPagedLookasideList(&ext->List);
                        break;
                    default:
                        break;
                    }
                    return 0;
                }
                """).graph("Dispatch");
        assertTrue(g.everyPathFromEntryPasses(g.call("StartDevice"), derefOf("IrpSp")), g::dump);
        assertTrue(g.everyPathFromEntryPasses(g.call("ExDeleteNPagedLookasideList"), derefOf("IrpSp")), g::dump);
        assertFalse(g.path(g.call("StartDevice"), g.call("ExDeleteNPagedLookasideList")), g::dump);
        assertTrue(g.pathEntryToExitAvoiding(anyCallTo("StartDevice", "ExDeleteNPagedLookasideList")),
                "default: break\n" + g.dump());
    }

    @Test
    void codeBeforeTheFirstCaseIsUnreachable() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(int x) {
                    switch (x) {
                        A();
                    case 1:
                        B();
                    }
                }
                """);
        GraphQuery g = src.graph("f");
        assertFalse(g.hasOpOnLine(src.line("A();")), g::dump);
        assertTrue(g.pathFromEntry(g.call("B")), g::dump);
    }

    @Test
    void breakInALoopInsideACaseLeavesOnlyTheLoop() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x, int c, int y) {
                    switch (x) {
                    case 1:
                        while (c) {
                            A();
                            if (y) break;
                        }
                        B();
                        break;
                    case 2:
                        C();
                    }
                    E();
                }
                """).graph("f");
        assertTrue(g.everyPathToExitPasses(g.call("A"), callTo("B")), g::dump);
        assertFalse(g.path(g.call("B"), g.call("C")), g::dump);
    }

    @Test
    void continueInsideASwitchContinuesTheEnclosingLoop() {
        GraphQuery g = TestSource.c(dir, """
                typedef struct _S { int Kind; } S, *PS;
                void A(void); void B(void); void C(void);
                void f(PS p, int c) {
                    while (c) {
                        switch (p->Kind) {
                        case 1:
                            A();
                            continue;
                        case 2:
                            B();
                            break;
                        }
                        C();
                    }
                }
                """).graph("f");
        assertFalse(g.pathAvoiding(g.call("A"), g.call("C"), derefOf("p")), "continue re-runs the loop\n" + g.dump());
        assertTrue(g.pathAvoiding(g.call("A"), g.call("A"), callTo("C")), g::dump);
        assertTrue(g.everyPathToExitPasses(g.call("B"), callTo("C")), g::dump);
    }

    @Test
    void breakInANestedSwitchEndsOnlyTheInnerSwitch() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x, int y) {
                    switch (x) {
                    case 1:
                        switch (y) {
                        case 1: A(); break;
                        default: B(); break;
                        }
                        C();
                        break;
                    case 2:
                        D();
                        break;
                    }
                    E();
                }
                """).graph("f");
        assertTrue(g.everyPathToExitPasses(g.call("A"), callTo("C")), g::dump);
        assertFalse(g.path(g.call("A"), g.call("D")), g::dump);
        assertTrue(g.pathFromEntryAvoiding(g.call("E"), anyCallTo("A", "B", "C", "D")), g::dump);
    }
}
