package dev.lookasidelint.analyzer.cfg;

import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Edges.condition;
import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.callTo;
import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.derefOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Branch conditions: short-circuit evaluation of {@code &&}, {@code ||} and {@code !}, and the
 * normalisation of NULL and status checks into the facts that hold on each edge.
 */
class CfgConditionTest {
    @TempDir
    Path dir;

    private static final String DECLS = """
            typedef long NTSTATUS;
            typedef struct _S { int Count; struct _S *Next; int x; } S, *PS;
            void A(void); void B(void); NTSTATUS Foo(void); PS Get(void);
            """;

    @Test
    void andDereferencesThePointerOnlyOnItsTruthyEdge() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(PS p) {
                    if (p != NULL && p->Count > 0) A();
                    B();
                }
                """);
        GraphQuery g = src.graph("f");
        GraphQuery.At deref = g.deref("p");
        assertTrue(g.everyPathFromEntryTakes(deref, condition("TRUTHY p")), g::dump);
        assertTrue(g.pathFromEntryAvoiding(g.call("B"), derefOf("p")), "p == NULL skips the deref\n" + g.dump());
        assertTrue(g.everyPathFromEntryPasses(g.call("A"), derefOf("p")), "A needs both operands\n" + g.dump());
        assertEquals(Set.of("TRUTHY p"), g.conditionsTowards(src.line("if (p"), deref), g::dump);
    }

    @Test
    void orEvaluatesTheRightOperandOnlyWhenTheLeftIsFalse() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(PS p) {
                    if (p == NULL || p->Count == 0) return;
                    A();
                }
                """);
        GraphQuery g = src.graph("f");
        GraphQuery.At deref = g.deref("p");
        assertTrue(g.everyPathFromEntryTakes(deref, condition("TRUTHY p")), g::dump);
        assertTrue(g.everyPathFromEntryTakes(g.call("A"), condition("TRUTHY p")), g::dump);
        GraphQuery.At ret = g.returnOnLine(src.line("return;"));
        assertTrue(g.pathFromEntryAvoiding(ret, derefOf("p")), "p == NULL returns at once\n" + g.dump());
    }

    @Test
    void notSwapsTheEdgesOfItsOperand() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(PS p) {
                    if (!(p != NULL && p->x)) A(); else B();
                }
                """);
        GraphQuery g = src.graph("f");
        int line = src.line("if (!");
        assertEquals(Set.of("TRUTHY p", "TRUTHY p->x"), g.conditionsTowards(line, g.call("B")), g::dump);
        assertTrue(g.everyPathFromEntryTakes(g.call("B"), condition("TRUTHY p")), g::dump);
        assertTrue(g.everyPathFromEntryTakes(g.call("B"), condition("TRUTHY p->x")), g::dump);
        assertEquals(Set.of("FALSY p", "TRUTHY p", "FALSY p->x"), g.conditionsTowards(line, g.call("A")), g::dump);
        assertFalse(g.pathFromEntryAvoidingEdges(g.call("A"),
                condition("FALSY p").or(condition("FALSY p->x"))), g::dump);
    }

    @ParameterizedTest(name = "if ({0}): then-edge {1}, else-edge {2}")
    @CsvSource(delimiter = ';', value = {
            "p;                TRUTHY p; FALSY p",
            "!p;               FALSY p;  TRUTHY p",
            "p == NULL;        FALSY p;  TRUTHY p",
            "p != NULL;        TRUTHY p; FALSY p",
            "NULL == p;        FALSY p;  TRUTHY p",
            "NULL != p;        TRUTHY p; FALSY p",
            "0 == p;           FALSY p;  TRUTHY p",
            "p != 0;           TRUTHY p; FALSY p",
            "(p) != (NULL);    TRUTHY p; FALSY p",
            "!!p;              TRUTHY p; FALSY p",
            "!(p == NULL);     TRUTHY p; FALSY p",
            "(PS)p == (PS)NULL; FALSY p; TRUTHY p",
            "p->Next == NULL;  FALSY p->Next; TRUTHY p->Next",
            "NT_SUCCESS(status);      NT_SUCCESS status;     NOT_NT_SUCCESS status",
            "!NT_SUCCESS(status);     NOT_NT_SUCCESS status; NT_SUCCESS status",
            "(NT_SUCCESS(status));    NT_SUCCESS status;     NOT_NT_SUCCESS status",
            "status >= 0;             NT_SUCCESS status;     NOT_NT_SUCCESS status",
            "status < 0;              NOT_NT_SUCCESS status; NT_SUCCESS status",
            // the other edge proves nothing about the value but is a test of it, so it keeps the path
            "status == STATUS_SUCCESS; NT_SUCCESS status;    NOT_EQUALS status",
            "STATUS_SUCCESS == status; NT_SUCCESS status;    NOT_EQUALS status",
            "status != STATUS_SUCCESS; NOT_EQUALS status;    NT_SUCCESS status",
            "p == q;                  OPAQUE;               OPAQUE",
    })
    void conditionIsNormalisedOnBothEdges(String condition, String onThen, String onElse) {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(PS p, PS q, NTSTATUS status) {
                    if (%s) A(); else B();
                }
                """.formatted(condition));
        GraphQuery g = src.graph("f");
        int line = src.line("if (");
        assertEquals(Set.of(onThen), g.conditionsTowards(line, g.call("A")), g::dump);
        assertEquals(Set.of(onElse), g.conditionsTowards(line, g.call("B")), g::dump);
    }

    @Test
    void callInsideNtSuccessRunsBeforeTheBranchAndSetsStatus() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    NTSTATUS status;
                    if (NT_SUCCESS(status = Foo())) A(); else B();
                }
                """);
        GraphQuery g = src.graph("f");
        GraphQuery.At foo = g.call("Foo");
        assertEquals("status", String.valueOf(((Op.Call) foo.op()).result()), g::dump);
        int line = src.line("if (");
        assertEquals(Set.of("NT_SUCCESS status"), g.conditionsTowards(line, g.call("A")), g::dump);
        assertEquals(Set.of("NOT_NT_SUCCESS status"), g.conditionsTowards(line, g.call("B")), g::dump);
        for (Edge e : g.conditionEdges(line)) {
            assertFalse(g.pathFromEntryToEdgeAvoiding(e, callTo("Foo")), "Foo runs before " + e + "\n" + g.dump());
        }
    }

    @Test
    void assignmentInsideANullComparisonTestsTheAssignedVariable() {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    PS p;
                    if ((p = Get()) != NULL) A(); else B();
                }
                """);
        GraphQuery g = src.graph("f");
        assertEquals("p", String.valueOf(((Op.Call) g.call("Get").op()).result()), g::dump);
        int line = src.line("if (");
        assertEquals(Set.of("TRUTHY p"), g.conditionsTowards(line, g.call("A")), g::dump);
        assertEquals(Set.of("FALSY p"), g.conditionsTowards(line, g.call("B")), g::dump);
    }

    @Test
    void andInAValueContextAlsoShortCircuits() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                int f(PS p) {
                    int ok = p && p->Count;
                    A();
                    return ok;
                }
                """).graph("f");
        assertTrue(g.everyPathFromEntryTakes(g.deref("p"), condition("TRUTHY p")), g::dump);
        assertTrue(g.pathFromEntryAvoiding(g.call("A"), derefOf("p")), g::dump);
    }

    @Test
    void conditionalOperatorEvaluatesOneArm() {
        GraphQuery g = TestSource.c(dir, DECLS + """
                int f(PS p) {
                    int n = p ? p->Count : 0;
                    A();
                    return n;
                }
                """).graph("f");
        assertTrue(g.everyPathFromEntryTakes(g.deref("p"), condition("TRUTHY p")), g::dump);
        assertTrue(g.pathFromEntryAvoiding(g.call("A"), derefOf("p")), g::dump);
    }
}
