package dev.lookasidelint.analyzer.cfg;

import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.anyCallTo;
import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.callTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** while, do-while and for loops, break and continue, nested loops, return inside a loop. */
class CfgLoopTest {
    @TempDir
    Path dir;

    private static final String DECLS = """
            void A(void); void B(void); void C(void); void D(void);
            int Init(void); int Cond(int i); void Step(void); int More(void);
            """;

    @Test
    void whileBodyMayRunZeroOrManyTimes() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(int c) {
                    while (c) A();
                    B();
                }
                """);
        GraphQuery g = src.graph("f");
        assertTrue(g.path(g.call("A"), g.call("A")), "back edge\n" + g.dump());
        assertTrue(g.pathFromEntryAvoiding(g.call("B"), callTo("A")), "zero iterations\n" + g.dump());
        assertEquals(Set.of("TRUTHY c"), g.conditionsTowards(src.line("while (c)"), g.call("A")), g::dump);
        assertTrue(g.everyPathFromEntryTakes(g.call("B"), GraphQuery.Edges.condition("FALSY c")),
                "the loop is left only when c is false\n" + g.dump());
    }

    @Test
    void whileConditionIsEvaluatedBeforeEveryIteration() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(void) {
                    while (More()) A();
                }
                """).graph("f");
        assertFalse(g.pathAvoiding(g.call("A"), g.call("A"), callTo("More")), g::dump);
        assertTrue(g.everyPathFromEntryPasses(g.call("A"), callTo("More")), g::dump);
    }

    @Test
    void doWhileBodyRunsAtLeastOnceBeforeTheTest() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(void) {
                    do {
                        A();
                    } while (More());
                    B();
                }
                """).graph("f");
        assertTrue(g.everyPathFromEntryPasses(g.call("B"), callTo("A")), g::dump);
        assertTrue(g.everyPathFromEntryPasses(g.call("More"), callTo("A")), "body before test\n" + g.dump());
        assertTrue(g.path(g.call("A"), g.call("A")), g::dump);
        assertFalse(g.pathAvoiding(g.call("A"), g.call("A"), callTo("More")), g::dump);
    }

    @Test
    void forRunsInitOnceThenConditionBodyStep() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(void) {
                    int i;
                    for (i = Init(); Cond(i); Step()) {
                        A();
                    }
                    B();
                }
                """).graph("f");
        GraphQuery.At init = g.call("Init");
        assertTrue(g.everyPathFromEntryPasses(g.call("A"), callTo("Init")), g::dump);
        assertFalse(g.path(g.call("A"), init), "init runs once\n" + g.dump());
        assertFalse(g.pathAvoiding(g.call("A"), g.call("Cond"), callTo("Step")), "step before re-test\n" + g.dump());
        assertTrue(g.path(g.call("Step"), g.call("A")), g::dump);
        assertTrue(g.pathAvoiding(init, g.call("B"), callTo("A")), "zero iterations\n" + g.dump());
        assertTrue(g.everyPathFromEntryPasses(g.call("B"), callTo("Cond")), g::dump);
    }

    @Test
    void forEverLeavesOnlyThroughBreak() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(int x) {
                    for (;;) {
                        A();
                        if (x) break;
                        B();
                    }
                    C();
                }
                """);
        GraphQuery g = src.graph("f");
        assertTrue(g.everyPathFromEntryPasses(g.call("C"), callTo("A")), g::dump);
        assertTrue(g.everyPathFromEntryTakes(g.call("C"), GraphQuery.Edges.condition("TRUTHY x")), g::dump);
        assertTrue(g.path(g.call("B"), g.call("A")), g::dump);
        assertFalse(g.pathAvoiding(g.call("B"), g.call("C"), callTo("A")), "the break is after A\n" + g.dump());
        assertTrue(g.conditionEdges(src.line("for (;;)")).isEmpty(), "for(;;) has no condition\n" + g.dump());
    }

    @Test
    void forEverWithoutBreakNeverReachesTheExit() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    for (;;) {
                        A();
                    }
                    B();
                }
                """);
        GraphQuery g = src.graph("f");
        assertFalse(g.hasOpOnLine(src.line("B();")), g::dump);
        assertFalse(g.cfg().exitReachable(), g::dump);
        assertTrue(g.path(g.call("A"), g.call("A")), g::dump);
    }

    @Test
    void breakLeavesTheLoopAtOnce() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int c, int x) {
                    while (c) {
                        A();
                        if (x) break;
                        B();
                    }
                    C();
                }
                """).graph("f");
        assertTrue(g.pathAvoiding(g.call("A"), g.call("C"), callTo("B")), g::dump);
        assertTrue(g.path(g.call("B"), g.call("A")), g::dump);
    }

    @Test
    void continueGoesBackToTheLoopTest() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    while (More()) {
                        A();
                        if (x) continue;
                        B();
                    }
                    C();
                }
                """).graph("f");
        assertTrue(g.pathAvoiding(g.call("A"), g.call("A"), callTo("B")), "continue skips B\n" + g.dump());
        assertFalse(g.pathAvoiding(g.call("A"), g.call("A"), callTo("More")), "and re-tests\n" + g.dump());
        assertFalse(g.pathAvoiding(g.call("A"), g.call("C"), callTo("More")), g::dump);
    }

    @Test
    void continueInForRunsTheIterationExpression() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    int i;
                    for (i = 0; Cond(i); Step()) {
                        A();
                        if (x) continue;
                        B();
                    }
                }
                """).graph("f");
        assertTrue(g.pathAvoiding(g.call("A"), g.call("Step"), callTo("B")), g::dump);
        assertFalse(g.pathAvoiding(g.call("A"), g.call("A"), callTo("Step")), g::dump);
    }

    @Test
    void continueInDoWhileGoesToTheTest() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int x) {
                    do {
                        A();
                        if (x) continue;
                        B();
                    } while (More());
                    C();
                }
                """).graph("f");
        assertTrue(g.pathAvoiding(g.call("A"), g.call("More"), callTo("B")), g::dump);
        assertFalse(g.pathAvoiding(g.call("A"), g.call("A"), callTo("More")), g::dump);
        assertFalse(g.pathAvoiding(g.call("A"), g.call("C"), callTo("More")), g::dump);
    }

    @Test
    void breakAndContinueInAnInnerLoopConcernOnlyThatLoop() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int a, int b, int x, int y) {
                    while (a) {
                        while (b) {
                            A();
                            if (x) break;
                            if (y) continue;
                            B();
                        }
                        C();
                    }
                    D();
                }
                """).graph("f");
        assertFalse(g.pathAvoiding(g.call("A"), g.call("D"), callTo("C")), "inner break lands before C\n" + g.dump());
        assertTrue(g.pathAvoiding(g.call("A"), g.call("C"), callTo("B")), g::dump);
        assertTrue(g.pathAvoiding(g.call("A"), g.call("A"), anyCallTo("B", "C")), "inner continue\n" + g.dump());
        assertTrue(g.path(g.call("C"), g.call("A")), "outer loop\n" + g.dump());
        assertTrue(g.pathFromEntryAvoiding(g.call("D"), anyCallTo("A", "C")), g::dump);
    }

    @Test
    void returnInsideALoopLeavesTheFunction() {
        TestSource src = TestSource.c(dir, DECLS + """
                int f(int c, int x) {
                    while (c) {
                        A();
                        if (x) return 1;
                        B();
                    }
                    C();
                    return 0;
                }
                """);
        GraphQuery g = src.graph("f");
        GraphQuery.At ret = g.returnOnLine(src.line("return 1;"));
        assertFalse(g.path(ret, g.call("B")), g::dump);
        assertFalse(g.path(ret, g.call("C")), g::dump);
        assertFalse(g.path(ret, g.call("A")), g::dump);
        assertTrue(g.pathToExit(ret), g::dump);
        assertTrue(g.pathAvoiding(g.call("A"), ret, callTo("B")), g::dump);
    }
}
