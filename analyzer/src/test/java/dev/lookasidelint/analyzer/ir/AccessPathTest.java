package dev.lookasidelint.analyzer.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The normalisations that make one object have one path, and how paths print. */
class AccessPathTest {
    private static final AccessPath P = AccessPath.variable("p", AccessPath.Scope.PARAM);
    private static final AccessPath G = AccessPath.variable("g", AccessPath.Scope.GLOBAL);

    @Test
    void starThenFieldIsArrow() {
        assertEquals(P.select("->F"), P.select("*").select(".F"));
        assertEquals("p->F", P.select("*").select(".F").toString());
    }

    @Test
    void addressThenDerefIsTheObject() {
        assertEquals(G, G.takeAddress().select("*"));
        assertEquals(G.select(".List"), G.takeAddress().select("->List"));
        assertEquals(G, G.takeAddress().pointee());
    }

    @Test
    void addressOfDerefIsThePointer() {
        assertEquals(P, P.select("*").takeAddress());
    }

    @Test
    void printing() {
        assertEquals("&g", G.takeAddress().toString());
        assertEquals("&g.A.B", G.select(".A").select(".B").takeAddress().toString());
        assertEquals("&p->List", P.select("->List").takeAddress().toString());
        assertEquals("**p", P.select("*").select("*").toString());
        assertEquals("g[]", G.select("[]").toString());
    }

    @Test
    void pathsAreCutAtTheLimit() {
        AccessPath deep = P;
        for (int i = 0; i < AccessPath.MAX_SELECTORS + 3; i++) deep = deep.select("->Next");
        assertEquals(AccessPath.MAX_SELECTORS, deep.selectors().size());
    }

    @Test
    void prefixAndStorage() {
        assertTrue(P.isPrefixOf(P.select("->F")));
        assertFalse(P.select("->F").isPrefixOf(P));
        assertFalse(P.isPrefixOf(AccessPath.variable("p", AccessPath.Scope.LOCAL)), "scope is part of identity");
        assertTrue(G.select(".A").select("[]").isDirectStorage());
        assertFalse(P.select("->A").isDirectStorage());
    }

    @Test
    void substituteRootRewritesACalleePathInTheCallersTerms() {
        AccessPath calleeList = AccessPath.variable("ext", AccessPath.Scope.PARAM).select("->List").takeAddress();
        AccessPath argument = AccessPath.variable("g_Ext", AccessPath.Scope.GLOBAL).takeAddress();
        assertEquals("&g_Ext.List", calleeList.substituteRoot(argument).toString());
    }
}
