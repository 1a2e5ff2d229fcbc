package dev.lookasidelint.analyzer.cfg;

import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.callTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Constant conditions take only the edge they can take: if (0), while (TRUE), do { } while (0). */
class CfgConstantConditionTest {
    @TempDir
    Path dir;

    private static final String DECLS = "void A(void); void B(void); void C(void); void Free(void *p);\n";

    @ParameterizedTest(name = "if ({0}) is never taken")
    @ValueSource(strings = {"0", "FALSE", "0L", "0x0", "NULL", "!1", "(0)", "!TRUE"})
    void falseConstantNeverRunsTheThenBranch(String constant) {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    if (%s) A();
                    else B();
                    C();
                }
                """.formatted(constant));
        GraphQuery g = src.graph("f");
        assertFalse(g.hasOpOnLine(src.line("A();")), g::dump);
        assertTrue(g.conditionEdges(src.line("if (")).isEmpty(), "no branch at all\n" + g.dump());
        assertTrue(g.everyPathFromEntryPasses(g.call("C"), callTo("B")), g::dump);
    }

    @ParameterizedTest(name = "if ({0}) is always taken")
    @ValueSource(strings = {"1", "TRUE", "!0", "!FALSE", "42"})
    void trueConstantNeverRunsTheElseBranch(String constant) {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    if (%s) A();
                    else B();
                }
                """.formatted(constant));
        GraphQuery g = src.graph("f");
        assertFalse(g.hasOpOnLine(src.line("else B();")), g::dump);
        assertTrue(g.conditionEdges(src.line("if (")).isEmpty(), g::dump);
    }

    @ParameterizedTest(name = "while ({0}) only leaves by break")
    @ValueSource(strings = {"TRUE", "1", "!0"})
    void whileTrueLeavesOnlyByBreak(String constant) {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(int x) {
                    while (%s) {
                        A();
                        if (x) break;
                    }
                    B();
                }
                """.formatted(constant));
        GraphQuery g = src.graph("f");
        assertTrue(g.everyPathFromEntryPasses(g.call("B"), callTo("A")), g::dump);
        assertTrue(g.everyPathFromEntryTakes(g.call("B"), GraphQuery.Edges.condition("TRUTHY x")), g::dump);
        assertTrue(g.conditionEdges(src.line("while (")).isEmpty(), g::dump);
    }

    @Test
    void whileTrueWithoutBreakNeverExits() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    while (TRUE) {
                        A();
                    }
                    B();
                }
                """);
        GraphQuery g = src.graph("f");
        assertFalse(g.hasOpOnLine(src.line("B();")), g::dump);
        assertFalse(g.cfg().exitReachable(), g::dump);
    }

    @Test
    void doWhileZeroRunsItsBodyExactlyOnce() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(int x) {
                    do {
                        A();
                        if (x) continue;
                        B();
                    } while (0);
                    C();
                }
                """);
        GraphQuery g = src.graph("f");
        assertFalse(g.path(g.call("A"), g.call("A")), "no back edge\n" + g.dump());
        assertTrue(g.everyPathFromEntryPasses(g.call("C"), callTo("A")), g::dump);
        assertTrue(g.pathAvoiding(g.call("A"), g.call("C"), callTo("B")), "continue goes to the test, then out\n" + g.dump());
        assertTrue(g.conditionEdges(src.line("while (0)")).isEmpty(), g::dump);
    }

    @Test
    void doWhileZeroMacroIdiomIsStraightLineCode() {
        TestSource src = TestSource.c(dir, DECLS + """
                #define SAFE_FREE(p) do { if ((p) != NULL) { Free(p); (p) = NULL; } } while (0)
                void f(void *a, void *b) {
                    SAFE_FREE(a);
                    SAFE_FREE(b);
                    C();
                }
                """);
        GraphQuery g = src.graph("f");
        assertEquals(2, g.calls("Free").size(), g::dump);
        GraphQuery.At first = g.the(callTo("Free").and(GraphQuery.Ops.onLine(src.line("SAFE_FREE(a);"))), "Free(a)");
        GraphQuery.At second = g.the(callTo("Free").and(GraphQuery.Ops.onLine(src.line("SAFE_FREE(b);"))), "Free(b)");
        assertFalse(g.path(first, first), "the macro's do-while does not loop\n" + g.dump());
        assertFalse(g.path(second, first), g::dump);
        assertTrue(g.path(first, second), g::dump);
        assertTrue(g.pathFromEntryAvoiding(g.call("C"), callTo("Free")), g::dump);
    }

    @Test
    void unreachableThenBranchStillLetsALabelInsideItBeReached() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(int x) {
                    if (x) goto Inside;
                    if (0) {
                        A();
                Inside:
                        B();
                    }
                    C();
                }
                """);
        GraphQuery g = src.graph("f");
        assertFalse(g.hasOpOnLine(src.line("A();")), g::dump);
        assertTrue(g.everyPathFromEntryTakes(g.call("B"), GraphQuery.Edges.condition("TRUTHY x")), g::dump);
        assertTrue(g.path(g.call("B"), g.call("C")), g::dump);
    }
}
