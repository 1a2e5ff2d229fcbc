package dev.lookasidelint.analyzer.cfg;

import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Edges.condition;
import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.callTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Calls that never return: what follows them is unreachable, unless an __except handler catches them. */
class CfgNoReturnTest {
    @org.junit.jupiter.api.io.TempDir
    Path dir;

    private static final String DECLS = "void A(void); void B(void); void H(void);\n";

    @ParameterizedTest(name = "{0} does not return")
    @ValueSource(strings = {"KeBugCheckEx(0x1, 0, 0, 0, 0)", "ExRaiseStatus(STATUS_INSUFFICIENT_RESOURCES)",
            "KeBugCheck(0x2)", "ExRaiseAccessViolation()", "RtlFailFast(3)"})
    void codeAfterANoReturnCallIsUnreachable(String call) {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    A();
                    %s;
                    B();
                }
                """.formatted(call));
        GraphQuery g = src.graph("f");
        assertFalse(g.hasOpOnLine(src.line("B();")), g::dump);
        assertFalse(g.cfg().exitReachable(), g::dump);
    }

    @ParameterizedTest(name = "{0} on one branch")
    @CsvSource(delimiter = ';', value = {
            "KeBugCheckEx;  KeBugCheckEx(0x1, 0, 0, 0, 0)",
            "ExRaiseStatus; ExRaiseStatus(STATUS_INSUFFICIENT_RESOURCES)"})
    void noReturnCallOnOneBranchLeavesOnlyTheOtherBranch(String callee, String call) {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void *p) {
                    if (p == NULL) {
                        %s;
                    }
                    A();
                }
                """.formatted(call));
        GraphQuery g = src.graph("f");
        assertTrue(g.everyPathFromEntryTakes(g.call("A"), condition("TRUTHY p")), g::dump);
        assertTrue(g.cfg().exitReachable(), g::dump);
        GraphQuery.At noReturn = g.call(callee);
        assertTrue(noReturn.block().successors().isEmpty(), g::dump);
        assertFalse(g.pathToExit(noReturn), g::dump);
        assertFalse(g.path(noReturn, g.call("A")), g::dump);
    }

    @ParameterizedTest(name = "{0} inside __try/__except reaches the handler")
    @ValueSource(strings = {"ExRaiseStatus(STATUS_INSUFFICIENT_RESOURCES)", "ExRaiseAccessViolation()"})
    void raiseInsideTryExceptReachesTheHandler(String call) {
        TestSource src = TestSource.c(dir, DECLS + """
                void f(void) {
                    __try {
                        %s;
                        A();
                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                        H();
                    }
                    B();
                }
                """.formatted(call));
        GraphQuery g = src.graph("f");
        assertFalse(g.hasOpOnLine(src.line("A();")), g::dump);
        assertTrue(g.pathFromEntry(g.call("H")), g::dump);
        assertTrue(g.everyPathFromEntryPasses(g.call("B"), callTo("H")), g::dump);
        assertTrue(g.cfg().exitReachable(), g::dump);
    }
}
