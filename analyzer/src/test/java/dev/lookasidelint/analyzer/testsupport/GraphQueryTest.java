package dev.lookasidelint.analyzer.testsupport;

import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.callTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The test helper itself must be able to say "no": otherwise every graph test would pass vacuously. */
class GraphQueryTest {
    @TempDir
    Path dir;

    @Test
    void straightLineHasPathsOnlyForward() {
        GraphQuery g = TestSource.c(dir, """
                void A(void); void B(void);
                void f(void) {
                    A();
                    B();
                }
                """).graph("f");
        assertTrue(g.path(g.call("A"), g.call("B")), g::dump);
        assertFalse(g.path(g.call("B"), g.call("A")), g::dump);
        assertFalse(g.path(g.call("A"), g.call("A")), "no loop, so A cannot reach itself\n" + g.dump());
        assertFalse(g.pathEntryToExitAvoiding(callTo("B")), "every path passes B\n" + g.dump());
        assertTrue(g.everyPathToExitPasses(g.call("A"), callTo("B")), g::dump);
    }

    @Test
    void avoidingAnOpOnTheOnlyWayBlocksThePath() {
        GraphQuery g = TestSource.c(dir, """
                void A(void); void B(void); void C(void);
                void f(void) { A(); B(); C(); }
                """).graph("f");
        assertFalse(g.pathAvoiding(g.call("A"), g.call("C"), callTo("B")), g::dump);
        assertTrue(g.pathAvoiding(g.call("A"), g.call("C"), callTo("X")), g::dump);
    }

    @Test
    void findingOneOpFailsWhenThereAreNoneOrMany() {
        GraphQuery g = TestSource.c(dir, """
                void A(void);
                void f(void) { A(); A(); }
                """).graph("f");
        assertEquals(2, g.calls("A").size());
        assertThrows(AssertionFailedError.class, () -> g.call("A"));
        assertThrows(AssertionFailedError.class, () -> g.call("Missing"));
    }
}
