package dev.lookasidelint.analyzer.frontend;

import static dev.lookasidelint.analyzer.testsupport.GraphQuery.Ops.callTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.cfg.EdgeKind;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.GlobalVariable;
import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** C++ sources go to CDT's C++ parser: classes, member functions, namespaces, extern "C", try/catch. */
class FrontendCppTest {
    @TempDir
    Path dir;

    private static final String POOL = """
            #include <ntddk.h>
            class Pool {
            public:
                Pool() : m_count(0) {}
                void Free(void *p) {
                    ExFreeToNPagedLookasideList(&m_list, p);
                    m_count--;
                }
                void *Alloc();
                struct Stats { int Get() const { return 0; } };
            private:
                NPAGED_LOOKASIDE_LIST m_list;
                int m_count;
            };
            void *Pool::Alloc() {
                m_count++;
                return ExAllocateFromNPagedLookasideList(&m_list);
            }
            namespace drv {
            static void Helper(Pool &p) { p.Free(nullptr); }
            }
            extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r) {
                Pool *pool = new Pool();
                delete pool;
                return STATUS_SUCCESS;
            }
            """;

    @Test
    void cppFileWithAClassParsesAsCpp() {
        TestSource src = TestSource.of(dir, "pool.cpp", POOL).assertNoProblems();
        List<String> names = src.unit().functions().stream().map(Function::name).toList();
        assertTrue(names.containsAll(List.of("Pool::Alloc", "Helper", "DriverEntry")), names::toString);
        assertEquals(List.of("d", "r"), src.function("DriverEntry").parameters());
    }

    @Test
    void theSameClassInACFileIsNotC() {
        TestSource src = TestSource.of(dir, "pool.c", POOL);
        assertFalse(src.unit().problems().isEmpty(), "a .c file is parsed as C");
    }

    @Test
    void upperCaseCppExtensionIsCppToo() {
        TestSource.of(dir, "POOL.CPP", POOL).assertNoProblems();
    }

    /** Member functions defined in the class body are code too; they are named Class::Method. */
    @Test
    void memberFunctionsDefinedInsideTheClassAreTranslated() {
        TestSource src = TestSource.of(dir, "pool.cpp", POOL).assertNoProblems();
        List<String> names = src.unit().functions().stream().map(Function::name).toList();
        assertTrue(names.containsAll(List.of("Pool::Pool", "Pool::Free", "Pool::Stats::Get")), names::toString);
        GraphQuery free = src.graph("Pool::Free");
        assertEquals(src.line("ExFreeToNPagedLookasideList"), free.call("ExFreeToNPagedLookasideList").line());
        assertEquals(List.of("p"), src.function("Pool::Free").parameters());
        List<String> globals = src.unit().globals().stream().map(GlobalVariable::name).toList();
        assertFalse(globals.contains("m_list"), "data members are not file-scope variables: " + globals);
    }

    @Test
    void dataMembersAreReachedThroughThis() {
        TestSource src = TestSource.of(dir, "pool.cpp", POOL).assertNoProblems();
        // m_list inside a method is this->m_list, as the spelled-out form is, so that a method that
        // initializes a member and the destructor that deletes it name the same list
        dev.lookasidelint.analyzer.ir.Op.Call free = (dev.lookasidelint.analyzer.ir.Op.Call)
                src.graph("Pool::Free").call("ExFreeToNPagedLookasideList").op();
        assertEquals("&this->m_list", free.arguments().get(0).path().toString());
        assertEquals(dev.lookasidelint.analyzer.ir.AccessPath.Scope.PARAM, free.arguments().get(0).path().scope());
        GraphQuery g = TestSource.of(dir, "this.cpp", """
                #include <ntddk.h>
                class C { void Stop(); NPAGED_LOOKASIDE_LIST m_list; static int s_count; };
                int C::s_count;
                void C::Stop() { ExDeleteNPagedLookasideList(&this->m_list); s_count = 0; }
                """).assertNoProblems().graph("C::Stop");
        dev.lookasidelint.analyzer.ir.Op.Call delete = (dev.lookasidelint.analyzer.ir.Op.Call)
                g.call("ExDeleteNPagedLookasideList").op();
        assertEquals("&this->m_list", delete.arguments().get(0).path().toString());
        assertTrue(g.ops().stream().anyMatch(at -> at.op() instanceof dev.lookasidelint.analyzer.ir.Op.Assign a
                && a.target().toString().equals("s_count")), "a static member stays a file-scope name: " + g.dump());
    }

    @Test
    void cppTryCatchHasExceptionEdgesOnlyFromTheTryBody() {
        GraphQuery g = TestSource.of(dir, "t.cpp", """
                void A(); void B(); void H(); void D();
                void f(int x) {
                    try {
                        A();
                        if (x) goto Out;
                        B();
                    } catch (...) {
                        H();
                    }
                Out:
                    D();
                }
                """).graph("f");
        assertTrue(g.everyPathFromEntryTakes(g.call("H"), GraphQuery.Edges.kind(EdgeKind.EXCEPTION)), g::dump);
        assertTrue(g.call("D").block().successors().stream().noneMatch(e -> e.kind() == EdgeKind.EXCEPTION),
                "the label after the try is outside it\n" + g.dump());
        assertFalse(g.path(g.call("D"), g.call("D")), g::dump);
        assertTrue(g.pathAvoiding(g.call("A"), g.call("D"), callTo("B")), g::dump);
    }

    @Test
    void msvcSehStillWorksInCpp() {
        GraphQuery g = TestSource.of(dir, "seh.cpp", """
                void A(); void F();
                void f() {
                    __try { A(); } __finally { F(); }
                }
                """).graph("f");
        assertTrue(g.everyPathToExitPasses(g.call("A"), callTo("F")), g::dump);
    }

    @Test
    void defaultedAndDeletedMembersHaveNoBodyAndAreSkippedNotCrashedOn() {
        TestSource src = TestSource.of(dir, "thing.h", """
                class CThing {
                public:
                    CThing() = default;
                    CThing(const CThing&) = delete;
                    int Get() { return m_x; }
                private:
                    int m_x;
                };
                """).assertNoProblems();
        assertEquals(List.of("CThing::Get"), src.unit().functions().stream().map(Function::name).toList());
    }
}
