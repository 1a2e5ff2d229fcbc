package dev.lookasidelint.analyzer.cfg;

import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.returnOp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** return statements, the implicit return at the closing brace, and dead code after a return. */
class CfgReturnTest {
    @TempDir
    Path dir;

    private static final String DECLS = "void A(void); void B(void);\n";

    @Test
    void codeAfterReturnIsUnreachable() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    A();
                    return;
                    B();
                }
                """);
        GraphQuery g = src.graph("f");
        assertFalse(g.hasOpOnLine(src.line("B();")), g::dump);
        assertEquals(1, g.ops(returnOp()).size(), "no implicit return after a return\n" + g.dump());
    }

    @Test
    void fallingOffTheEndReturnsAtTheClosingBrace() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(int x) {
                    if (x) {
                        A();
                    }
                } /* closing brace */
                """);
        GraphQuery g = src.graph("f");
        GraphQuery.At ret = g.returnOnLine(src.line("closing brace"));
        assertNull(((Op.Return) ret.op()).value());
        assertTrue(g.everyPathToExitPasses(g.call("A"), returnOp()), g::dump);
        assertFalse(g.pathEntryToExitAvoiding(returnOp()), "every way out is a Return op\n" + g.dump());
    }

    @Test
    void returnValueIsThePathOfAPlainVariable() {
        TestSource src = TestSource.c(dir, DECLS + """
                int g_Value;
                int f(int x) {
                    int local = 0;
                    if (x) return local;
                    return g_Value;
                }
                """);
        GraphQuery g = src.graph("f");
        assertEquals("local", String.valueOf(((Op.Return) g.returnOnLine(src.line("return local")).op()).value()));
        assertEquals("g_Value", String.valueOf(((Op.Return) g.returnOnLine(src.line("return g_Value")).op()).value()));
        assertEquals(2, g.ops(returnOp()).size(), g::dump);
    }

    @Test
    void returnsOnBothArmsLeaveNothingAfterTheIf() {
        TestSource src = TestSource.c(dir, DECLS + """
                int f(int x) {
                    if (x) {
                        return 1;
                    } else {
                        return 2;
                    }
                    A();
                }
                """);
        GraphQuery g = src.graph("f");
        assertFalse(g.hasOpOnLine(src.line("A();")), g::dump);
        assertEquals(2, g.ops(returnOp()).size(), "no implicit return: the end is not reachable\n" + g.dump());
        assertTrue(g.cfg().exitReachable());
    }

    @Test
    void exitHasNoOpsAndEveryReturnReachesIt() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                int f(int x) {
                    if (x) return 1;
                    A();
                    return 0;
                }
                """).graph("f");
        assertTrue(g.cfg().exit().ops().isEmpty());
        for (GraphQuery.At r : g.ops(returnOp())) {
            assertTrue(g.pathToExit(r), g::dump);
            assertEquals(r.block().ops().size() - 1, r.index(), "a Return ends its block\n" + g.dump());
        }
    }

    @Test
    void blocksAreReachableAndInReversePostOrder() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                int f(int x) {
                    while (x) { if (x > 2) A(); else B(); x--; }
                    return x;
                }
                """).graph("f");
        assertEquals(g.cfg().entry(), g.cfg().blocks().get(0));
        for (Block b : g.cfg().blocks()) {
            for (Edge e : b.successors()) {
                assertTrue(g.cfg().orderOf(e.to()) >= 0, "successor dropped\n" + g.dump());
                assertTrue(e.to().predecessors().contains(e), "predecessor list out of step\n" + g.dump());
            }
        }
    }
}
