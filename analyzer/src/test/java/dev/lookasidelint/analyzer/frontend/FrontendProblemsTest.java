package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.ParseProblem;
import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Syntax the parser cannot handle is reported where it is, and the rest of the file is still analysed. */
class FrontendProblemsTest {
    @TempDir
    Path dir;

    @Test
    void syntaxErrorIsReportedWithItsLineAndOtherFunctionsSurvive() {
        TestSource src = TestSource.c(dir, """
                void A(void);
                void Good1(void) { A(); }
                void Bad(void) {
                    int x = ;
                    A();
                }
                void Good2(void) { A(); }
                """);
        List<ParseProblem> problems = src.unit().problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(src.line("int x = ;"), problems.get(0).location().line());
        assertEquals("test.c", problems.get(0).location().path());
        List<String> names = src.unit().functions().stream().map(Function::name).toList();
        assertEquals(List.of("Good1", "Bad", "Good2"), names);
        assertEquals(src.line("void Good2"), GraphQuery.of(src.function("Good2")).call("A").line());
        assertEquals(src.line("    A();"), GraphQuery.of(src.function("Bad")).call("A").line(),
                "the statements after the bad one in the same function are kept");
    }

    @Test
    void brokenFunctionDoesNotHideTheNextOne() {
        TestSource src = TestSource.c(dir, """
                void A(void);
                void Broken(void) { A( }
                void After(void) { A(); }
                """);
        assertTrue(src.unit().problems().stream().anyMatch(p -> p.location().line() == src.line("Broken")),
                src.unit().problems()::toString);
        assertEquals(src.line("void After"), GraphQuery.of(src.function("After")).call("A").line());
    }

    @Test
    void problemInAnIncludedHeaderIsNotThisFilesProblem() throws Exception {
        Files.writeString(dir.resolve("bad.h"), "int this is not C;\n");
        TestSource src = TestSource.c(dir, """
                #include "bad.h"
                void f(void) { }
                """);
        assertEquals(List.of(), src.unit().problems());
        assertEquals(List.of("f"), src.unit().functions().stream().map(Function::name).toList());
    }

    @Test
    void lineCountIsReported() {
        TestSource src = TestSource.c(dir, "void f(void)\n{\n}\n");
        assertEquals(3, src.unit().lines());
    }

    @Test
    void binaryFileIsRefusedAsUnreadable() throws Exception {
        Path bin = dir.resolve("blob.c");
        Files.write(bin, new byte[] {'v', 'o', 'i', 'd', 0, 1, 2, 3});
        assertThrows(UnreadableSourceException.class, () -> TestSource.translate(bin, "blob.c"));
    }

    @Test
    void headerThatIsOnlyValidCppFallsBackToTheCppParser() {
        TestSource src = TestSource.of(dir, "pool.h", """
                class Pool {
                public:
                    int Count() const { return m_count; }
                private:
                    int m_count;
                };
                inline int Twice(int x) { return 2 * x; }
                """);
        assertEquals(List.of(), src.unit().problems());
        assertFalse(src.unit().functions().isEmpty());
        src.function("Twice");
    }
}
