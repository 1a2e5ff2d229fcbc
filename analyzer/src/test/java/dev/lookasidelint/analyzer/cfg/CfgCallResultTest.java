package dev.lookasidelint.analyzer.cfg;

import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Edges.condition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call whose value is used but not stored (tested, compared, returned) gets a compiler temporary
 * as its result, so that the test is an ordinary condition on a path and the return returns that
 * path; the temporary ends on the edges of its test.
 */
class CfgCallResultTest {
    @TempDir
    Path dir;

    private static final String DECLS = """
            typedef long NTSTATUS;
            typedef unsigned char BOOLEAN;
            typedef struct _L { int x; } LIST;
            LIST g_A;
            BOOLEAN Create(LIST *l); NTSTATUS Init(LIST *l); void *Alloc(LIST *l);
            void A(void); void B(void);
            """;

    private static Op.Call callOp(GraphQuery g, String callee) {
        return (Op.Call) g.call(callee).op();
    }

    private static Predicate<Op> endOf(String root) {
        return op -> op instanceof Op.ScopeEnd end && end.locals().contains(root);
    }

    @Test
    void notOfACallIsAConditionOnItsTemporary() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    if (!Create(&g_A)) A(); else B();
                }
                """);
        GraphQuery g = src.graph("f");
        assertEquals(AccessPath.temporary("Create"), callOp(g, "Create").result(), g::dump);
        assertEquals("Create(...)", callOp(g, "Create").result().toString());
        assertTrue(g.everyPathFromEntryTakes(g.call("A"), condition("FALSY Create(...)")), g::dump);
        assertTrue(g.everyPathFromEntryTakes(g.call("B"), condition("TRUTHY Create(...)")), g::dump);
    }

    @Test
    void ntSuccessOfACallIsAStatusCheckOfItsTemporary() {
        TestSource src = TestSource.c(dir, DECLS + """
                NTSTATUS f(void) {
                    if (!NT_SUCCESS(Init(&g_A))) return 1;
                    A();
                    return 0;
                }
                """);
        GraphQuery g = src.graph("f");
        assertEquals(Set.of("NT_SUCCESS Init(...)"), g.conditionsTowards(src.line("if (!NT_SUCCESS"), g.call("A")),
                g::dump);
        assertTrue(g.everyPathFromEntryTakes(g.call("A"), condition("NT_SUCCESS Init(...)")), g::dump);
        assertTrue(g.everyPathFromEntryTakes(g.returnOnLine(src.line("return 1")),
                condition("NOT_NT_SUCCESS Init(...)")), g::dump);
    }

    @Test
    void comparisonWithNullTestsTheTemporary() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    if (Alloc(&g_A) == NULL) A();
                }
                """);
        GraphQuery g = src.graph("f");
        assertTrue(g.everyPathFromEntryTakes(g.call("A"), condition("FALSY Alloc(...)")), g::dump);
    }

    @Test
    void theTemporaryEndsOnBothEdgesOfItsTest() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    if (Create(&g_A)) A(); else B();
                }
                """);
        GraphQuery g = src.graph("f");
        assertTrue(g.everyPathFromEntryPasses(g.call("A"), endOf("Create(...)")), g::dump);
        assertTrue(g.everyPathFromEntryPasses(g.call("B"), endOf("Create(...)")), g::dump);
    }

    @Test
    void returnOfACallReturnsItsTemporary() {
        TestSource src = TestSource.c(dir, DECLS + """
                void *f(void) {
                    return Alloc(&g_A);
                }
                """);
        GraphQuery g = src.graph("f");
        Op.Return r = (Op.Return) g.returnOnLine(src.line("return Alloc")).op();
        assertEquals(callOp(g, "Alloc").result(), r.value(), g::dump);
        assertTrue(r.value().isTemporary());
    }

    @Test
    void returnOfAConstantSaysWhichConstant() {
        TestSource src = TestSource.c(dir, DECLS + """
                BOOLEAN f(int x) {
                    if (x) return FALSE;
                    if (x > 1) return NULL;
                    return TRUE;
                }
                """);
        GraphQuery g = src.graph("f");
        assertEquals(Op.Constant.ZERO, ((Op.Return) g.returnOnLine(src.line("return FALSE")).op()).constant());
        assertEquals(Op.Constant.ZERO, ((Op.Return) g.returnOnLine(src.line("return NULL")).op()).constant());
        assertEquals(Op.Constant.NONZERO, ((Op.Return) g.returnOnLine(src.line("return TRUE")).op()).constant());
    }

    @Test
    void twoCallsOfOneFunctionInOneTestGetTwoTemporaries() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(LIST *b) {
                    if (Alloc(&g_A) == Alloc(b)) A();
                }
                """);
        GraphQuery g = src.graph("f");
        var calls = g.calls("Alloc");
        assertEquals(2, calls.size(), g::dump);
        assertNotEquals(((Op.Call) calls.get(0).op()).result(), ((Op.Call) calls.get(1).op()).result(), g::dump);
    }

    @Test
    void aCallWhoseValueIsNotUsedGetsNoResult() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    Create(&g_A);
                    (void)Init(&g_A);
                }
                """);
        GraphQuery g = src.graph("f");
        assertNull(callOp(g, "Create").result(), g::dump);
        assertNull(callOp(g, "Init").result(), g::dump);
        assertFalse(AccessPath.variable("Create", AccessPath.Scope.GLOBAL).isTemporary());
    }
}
