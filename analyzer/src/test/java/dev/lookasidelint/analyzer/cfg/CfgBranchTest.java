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

/** if / else: which code runs on which edge of a branch, and where the branches join. */
class CfgBranchTest {
    @TempDir
    Path dir;

    private static final String DECLS = "void A(void); void B(void); void C(void); void D(void);\n";

    @Test
    void ifWithoutElseCanSkipTheThenBranch() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int c) {
                    if (c) A();
                    B();
                }
                """).graph("f");
        assertTrue(g.path(g.call("A"), g.call("B")), g::dump);
        assertTrue(g.pathFromEntryAvoiding(g.call("B"), callTo("A")), "the false edge skips A\n" + g.dump());
    }

    @Test
    void thenAndElseAreExclusiveAndJoinAfterwards() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(int c) {
                    if (c) A();
                    else B();
                    C();
                }
                """);
        GraphQuery g = src.graph("f");
        assertFalse(g.path(g.call("A"), g.call("B")), g::dump);
        assertFalse(g.path(g.call("B"), g.call("A")), g::dump);
        assertTrue(g.path(g.call("A"), g.call("C")), g::dump);
        assertTrue(g.path(g.call("B"), g.call("C")), g::dump);
        assertFalse(g.pathFromEntryAvoiding(g.call("C"), anyCallTo("A", "B")), "one branch always runs\n" + g.dump());
        int cond = src.line("if (c)");
        assertEquals(Set.of("TRUTHY c"), g.conditionsTowards(cond, g.call("A")), g::dump);
        assertEquals(Set.of("FALSY c"), g.conditionsTowards(cond, g.call("B")), g::dump);
    }

    @Test
    void branchEdgesAreKindTrueAndFalse() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(int c) {
                    if (c) A(); else B();
                }
                """);
        GraphQuery g = src.graph("f");
        var edges = g.conditionEdges(src.line("if (c)"));
        assertEquals(2, edges.size(), g::dump);
        Edge toA = edges.stream().filter(e -> e.to() == g.call("A").block()).findFirst().orElseThrow();
        Edge toB = edges.stream().filter(e -> e.to() == g.call("B").block()).findFirst().orElseThrow();
        assertEquals(EdgeKind.TRUE, toA.kind(), g::dump);
        assertEquals(EdgeKind.FALSE, toB.kind(), g::dump);
    }

    @Test
    void elseIfChainRunsExactlyOneArm() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(int a, int b) {
                    if (a) A();
                    else if (b) B();
                    else C();
                    D();
                }
                """);
        GraphQuery g = src.graph("f");
        assertFalse(g.path(g.call("A"), g.call("B")), g::dump);
        assertFalse(g.path(g.call("B"), g.call("C")), g::dump);
        assertFalse(g.path(g.call("A"), g.call("C")), g::dump);
        assertFalse(g.pathFromEntryAvoiding(g.call("D"), anyCallTo("A", "B", "C")), g::dump);
        assertEquals(Set.of("FALSY a"), g.conditionsTowards(src.line("if (a)"), g.call("C")), g::dump);
        assertEquals(Set.of("FALSY b"), g.conditionsTowards(src.line("if (b)"), g.call("C")), g::dump);
    }

    @Test
    void danglingElseBelongsToTheInnerIf() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(int a, int b) {
                    if (a)
                        if (b) A();
                        else B();
                    C();
                }
                """);
        GraphQuery g = src.graph("f");
        assertEquals(Set.of("TRUTHY a"), g.conditionsTowards(src.line("if (a)"), g.call("B")), g::dump);
        assertTrue(g.pathFromEntryAvoiding(g.call("C"), anyCallTo("A", "B")), "FALSY a skips both\n" + g.dump());
    }

    @Test
    void nestedIfsInBothArmsJoinOnce() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                void f(int a, int b) {
                    if (a) {
                        if (b) { A(); }
                    } else {
                        if (b) { B(); } else { C(); }
                    }
                    D();
                }
                """).graph("f");
        for (String callee : new String[] {"A", "B", "C"}) {
            assertTrue(g.path(g.call(callee), g.call("D")), g::dump);
        }
        assertTrue(g.everyPathToExitPasses(g.call("A"), callTo("D")), g::dump);
        assertFalse(g.path(g.call("D"), g.call("A")), g::dump);
    }
}
