package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How operands become access paths: one spelling per object ({@code (*p).F} is {@code p->F}), derefs
 * for every read through a pointer, and the scope of the root variable.
 */
class AccessPathTranslationTest {
    @TempDir
    Path dir;

    private TestSource src;
    private GraphQuery g;

    @BeforeEach
    void translate() {
        src = TestSource.c(dir, """
                typedef struct _IN { int B; } INNER;
                typedef struct _O { INNER A; int List; struct _O *Next; int F; } OUTER, *POUTER;
                OUTER g; OUTER g_List; int arr[4];
                void Use(void *p);
                void f(POUTER ext, POUTER p, int i, POUTER *pp) {
                    OUTER local;
                    static OUTER s_Keep;
                    int buf[8];
                    Use(&g_List);          /* L_GLIST */
                    Use(&ext->List);       /* L_EXTLIST */
                    Use(&g.A.B);           /* L_GAB */
                    Use(&(*p).F);          /* L_STARP */
                    Use(&p[i]);            /* L_PI */
                    Use(&buf[i]);          /* L_BUF */
                    Use(*pp);              /* L_DEREF_PP */
                    Use(&(*pp)->F);        /* L_PPF */
                    Use(&local);           /* L_LOCAL */
                    Use(&s_Keep);          /* L_STATIC */
                    Use(ext->Next->Next);  /* L_CHAIN */
                    Use(i + 1);            /* L_EXPR */
                    (*p).F = 2;            /* L_ASSIGN */
                    {
                        POUTER ext = 0;
                        Use(ext);          /* L_SHADOW */
                    }
                    Use(ext);              /* L_PARAM */
                }
                """);
        g = src.graph("f");
    }

    private Op.Argument argumentOn(String marker) {
        GraphQuery.At call = g.the(GraphQuery.Ops.callTo("Use").and(GraphQuery.Ops.onLine(src.line(marker))), marker);
        return ((Op.Call) call.op()).arguments().get(0);
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource({
            "L_GLIST,    &g_List,       GLOBAL",
            "L_EXTLIST,  &ext->List,    PARAM",
            "L_GAB,      &g.A.B,        GLOBAL",
            "L_STARP,    &p->F,         PARAM",
            "L_BUF,      &buf[],        LOCAL",
            "L_DEREF_PP,   *pp,           PARAM",
            "L_LOCAL,    &local,        LOCAL",
            "L_STATIC,   &s_Keep,       GLOBAL",
            "L_CHAIN,    ext->Next->Next, PARAM",
            "L_SHADOW,   ext,           LOCAL",
            "L_PARAM,    ext,           PARAM",
    })
    void argumentPathAndScope(String marker, String path, AccessPath.Scope scope) {
        AccessPath p = argumentOn(marker).path();
        assertEquals(path, String.valueOf(p), g::dump);
        assertEquals(scope, p.scope(), g::dump);
    }

    @Test
    void expressionArgumentHasNoPath() {
        assertNull(argumentOn("L_EXPR").path());
        assertEquals("i + 1", argumentOn("L_EXPR").text());
    }

    @Test
    void arrowDerefsItsOwnerFirst() {
        GraphQuery.At use = g.the(GraphQuery.Ops.callTo("Use").and(GraphQuery.Ops.onLine(src.line("L_EXTLIST"))), "use");
        assertEquals(1, g.ops(GraphQuery.Ops.derefOf("ext").and(GraphQuery.Ops.onLine(use.line()))).size(), g::dump);
        assertTrue(g.everyPathFromEntryPasses(use, GraphQuery.Ops.derefOf("ext")), g::dump);
    }

    @Test
    void starThenDotDerefsThePointerOnce() {
        int line = src.line("L_STARP");
        assertEquals(1, g.ops(GraphQuery.Ops.derefOf("p").and(GraphQuery.Ops.onLine(line))).size(), g::dump);
    }

    @Test
    void subscriptOfAPointerDerefsThePointerButOfAnArrayDoesNot() {
        assertEquals(1, g.ops(GraphQuery.Ops.derefOf("p").and(GraphQuery.Ops.onLine(src.line("L_PI")))).size(), g::dump);
        assertTrue(g.ops(op -> op instanceof Op.Deref).stream().noneMatch(at -> at.line() == src.line("L_BUF")),
                g::dump);
    }

    @Test
    void derefOfADerefIsTwoDerefs() {
        int line = src.line("L_PPF");
        assertEquals(1, g.ops(GraphQuery.Ops.derefOf("pp").and(GraphQuery.Ops.onLine(line))).size(), g::dump);
        assertEquals(1, g.ops(GraphQuery.Ops.derefOf("*pp").and(GraphQuery.Ops.onLine(line))).size(), g::dump);
    }

    @Test
    void assignmentThroughStarDotTargetsArrowPath() {
        GraphQuery.At assign = g.the(op -> op instanceof Op.Assign && op.location().line() == src.line("L_ASSIGN"),
                "assignment");
        assertEquals("p->F", ((Op.Assign) assign.op()).target().toString());
    }

    @Test
    void localsEndTheirScopeAtTheClosingBrace() {
        GraphQuery.At end = g.the(op -> op instanceof Op.ScopeEnd s && s.locals().contains("local"), "scope end");
        assertEquals(java.util.List.of("local", "buf"), ((Op.ScopeEnd) end.op()).locals(),
                "static locals are not stack storage");
    }
}
