package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.GlobalVariable;
import dev.lookasidelint.analyzer.ir.TranslationUnit;
import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in prelude lets CDT's GNU parser read driver code without the WDK: SAL annotations, MSVC
 * keywords and WDK declaration macros must give zero parse problems and leave the functions intact.
 */
class FrontendPreludeTest {
    @TempDir
    Path dir;

    private static final String DRIVER = """
            #include <ntddk.h>
            #include <wdf.h>
            #include "missing_local_header.h"

            DRIVER_INITIALIZE DriverEntry;
            DRIVER_UNLOAD DriverUnload;
            EVT_WDF_DRIVER_DEVICE_ADD EvtDeviceAdd;

            #pragma alloc_text(INIT, DriverEntry)
            #pragma alloc_text(PAGE, DriverUnload)

            typedef struct _DEVICE_CONTEXT {
                NPAGED_LOOKASIDE_LIST List;
                ULONG Count;
            } DEVICE_CONTEXT, *PDEVICE_CONTEXT;

            WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, DeviceGetContext)

            static NPAGED_LOOKASIDE_LIST g_List;
            __declspec(dllexport) ULONG g_Exported;
            unsigned __int64 __unaligned * __ptr64 g_Ptr;

            __forceinline ULONG __fastcall FastHelper(_In_ ULONG x) { return x + 1; }

            _IRQL_requires_max_(DISPATCH_LEVEL)
            _When_(return >= 0, _Post_satisfies_(*Out != NULL))
            _Must_inspect_result_
            static NTSTATUS __cdecl
            Helper(
                _In_ PDEVICE_CONTEXT Ctx,
                _Out_writes_bytes_(Length) PVOID Buffer,
                _In_ ULONG Length,
                _Outptr_result_maybenull_ PVOID *Out,
                IN OUT PULONG Counter OPTIONAL
                )
            {
                __pragma(warning(push))
                __pragma(warning(disable:4127))
                do {
                    *Out = ExAllocateFromNPagedLookasideList(&Ctx->List);
                } while (0);
                __pragma(warning(pop))
                UNREFERENCED_PARAMETER(Buffer);
                UNREFERENCED_PARAMETER(Length);
                (*Counter)++;
                return STATUS_SUCCESS;
            }

            __drv_requiresIRQL(PASSIVE_LEVEL)
            __drv_functionClass(DRIVER_UNLOAD)
            _Function_class_(DRIVER_UNLOAD)
            VOID
            DriverUnload(_In_ PDRIVER_OBJECT DriverObject)
            {
                PAGED_CODE();
                UNREFERENCED_PARAMETER(DriverObject);
                ExDeleteNPagedLookasideList(&g_List);
            }

            _Use_decl_annotations_
            NTSTATUS
            DriverEntry(
                PDRIVER_OBJECT DriverObject,
                PUNICODE_STRING RegistryPath
                )
            {
                NTSTATUS status;
                WDF_DRIVER_CONFIG config;
                ExInitializeNPagedLookasideList(&g_List, NULL, NULL, POOL_NX_ALLOCATION, sizeof(ULONG), 'gaT', 0);
                DriverObject->DriverUnload = DriverUnload;
                WDF_DRIVER_CONFIG_INIT(&config, EvtDeviceAdd);
                status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
                if (!NT_SUCCESS(status)) {
                    ExDeleteNPagedLookasideList(&g_List);
                }
                return status;
            }

            _Use_decl_annotations_
            NTSTATUS EvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
            {
                PDEVICE_CONTEXT ctx = DeviceGetContext(NULL);
                UNREFERENCED_PARAMETER(Driver);
                UNREFERENCED_PARAMETER(DeviceInit);
                ExInitializeNPagedLookasideList(&ctx->List, NULL, NULL, 0, 16, 'xtC', 0);
                return STATUS_SUCCESS;
            }
            """;

    @Test
    void annotatedDriverParsesWithoutProblemsAndYieldsItsFunctions() {
        TestSource src = TestSource.c(dir, DRIVER).assertNoProblems();
        TranslationUnit unit = src.unit();
        assertEquals(List.of("FastHelper", "Helper", "DriverUnload", "DriverEntry", "EvtDeviceAdd"),
                unit.functions().stream().map(Function::name).toList());
        assertEquals(List.of("Ctx", "Buffer", "Length", "Out", "Counter"), src.function("Helper").parameters());
        assertEquals(List.of("DriverObject", "RegistryPath"), src.function("DriverEntry").parameters());
        assertTrue(src.function("Helper").isStatic());
        assertEquals(src.line("static NTSTATUS __cdecl") + 1, src.function("Helper").location().line());
        List<String> globals = unit.globals().stream().map(GlobalVariable::name).toList();
        assertTrue(globals.containsAll(List.of("g_List", "g_Exported", "g_Ptr")), globals::toString);
        assertTrue(unit.globals().stream().anyMatch(g -> g.name().equals("g_List") && g.isStatic()));
    }

    @Test
    void roleDeclarationsKeepTheirTypedefName() {
        TestSource src = TestSource.c(dir, """
                KDEFERRED_ROUTINE MyDpc;
                static IO_COMPLETION_ROUTINE OnComplete;
                PKDEFERRED_ROUTINE *Table;
                ULONG g_Count;
                struct _X { int a; } g_X;
                """).assertNoProblems();
        java.util.Map<String, String> types = new java.util.HashMap<>();
        src.unit().globals().forEach(g -> types.put(g.name(), String.valueOf(g.typeName())));
        assertEquals("KDEFERRED_ROUTINE", types.get("MyDpc"));
        assertEquals("IO_COMPLETION_ROUTINE", types.get("OnComplete"));
        assertEquals("null", types.get("Table"), "a pointer is not declared with the role itself");
        assertEquals("ULONG", types.get("g_Count"));
        assertEquals("null", types.get("g_X"), "a struct specifier has no typedef name");
    }

    @Test
    void annotatedDriverStillHasItsCallsAndBranches() {
        TestSource src = TestSource.c(dir, DRIVER);
        GraphQuery entry = src.graph("DriverEntry");
        GraphQuery.At create = entry.call("WdfDriverCreate");
        assertTrue(entry.path(entry.call("ExInitializeNPagedLookasideList"), create), entry::dump);
        assertEquals(java.util.Set.of("NOT_NT_SUCCESS status"),
                entry.conditionsTowards(src.line("if (!NT_SUCCESS(status))"), entry.call("ExDeleteNPagedLookasideList")));
        GraphQuery helper = src.graph("Helper");
        assertEquals(src.line("ExAllocateFromNPagedLookasideList"), helper.call("ExAllocateFromNPagedLookasideList").line());
        GraphQuery unload = src.graph("DriverUnload");
        assertTrue(unload.everyPathToExitPasses(unload.call("ExDeleteNPagedLookasideList"),
                GraphQuery.Ops.returnOp()), unload::dump);
    }

    /** Each construct on its own, so that a regression names the construct. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "_Use_decl_annotations_ NTSTATUS f(PVOID p) { return 0; }",
            "NTSTATUS f(_In_ PVOID p, _Out_ PULONG q, _Inout_opt_ PVOID r) { return 0; }",
            "VOID f(_Out_writes_bytes_(n) PVOID b, _In_ SIZE_T n) { }",
            "VOID f(_In_reads_(n) PULONG b, _In_ ULONG n, _Out_writes_to_(n, *w) PULONG o, _Out_ PULONG w) { }",
            "_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_ VOID f(VOID) { }",
            "_When_(Flags != 0, _IRQL_requires_max_(APC_LEVEL)) VOID f(ULONG Flags) { }",
            "_Success_(return >= 0) _Must_inspect_result_ NTSTATUS f(_Outptr_ PVOID *p) { return 0; }",
            "_Requires_lock_held_(g_Lock) _Releases_lock_(g_Lock) VOID f(VOID) { }",
            "__drv_maxIRQL(DISPATCH_LEVEL) __drv_allocatesMem(Mem) PVOID f(__in ULONG n, __out_bcount(n) PVOID b) { return b; }",
            "__drv_dispatchType(IRP_MJ_CREATE) DRIVER_DISPATCH f; NTSTATUS f(PDEVICE_OBJECT d, PIRP i) { return 0; }",
            "VOID f(IN PVOID a, OUT PULONG b, IN OUT PVOID c OPTIONAL) { }",
            "ULONG __cdecl f(ULONG x) { return x; }",
            "ULONG __fastcall f(ULONG x) { return x; }",
            "ULONG __stdcall f(ULONG x) { return x; }",
            "ULONG NTAPI f(ULONG x) { return x; }",
            "__forceinline ULONG f(ULONG x) { return x; }",
            "FORCEINLINE ULONG f(ULONG x) { return x; }",
            "unsigned __int64 f(__int64 a, unsigned __int32 b) { return a + b; }",
            "VOID f(ULONG __unaligned *p, PVOID __ptr64 q) { }",
            "VOID f(VOID) { __pragma(warning(suppress: 4127)) while (1) { break; } }",
            "__declspec(dllexport) VOID f(VOID) { }",
            "__declspec(noinline) __declspec(code_seg(\"PAGE\")) VOID f(VOID) { }",
            "DECLSPEC_NOINLINE VOID f(VOID) { }",
            "DRIVER_INITIALIZE f;\n#pragma alloc_text(INIT, f)\nNTSTATUS f(PDRIVER_OBJECT d, PUNICODE_STRING r) { return 0; }",
            "EXTERN_C_START\nDRIVER_INITIALIZE f;\nEXTERN_C_END\nNTSTATUS f(PDRIVER_OBJECT d, PUNICODE_STRING r) { return 0; }",
            "WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(CTX, GetCtx)\nVOID f(WDFDEVICE d) { GetCtx(d); }",
            "WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(CTX, GetCtx);\nVOID f(WDFDEVICE d) { GetCtx(d); }",
            "WDF_DECLARE_CONTEXT_TYPE(CTX)\nVOID f(WDFDEVICE d) { WdfObjectGet_CTX(d); }",
            "C_ASSERT(sizeof(ULONG) == 4);\nVOID f(VOID) { }",
            "VOID f(PVOID p) { UNREFERENCED_PARAMETER(p); PAGED_CODE(); NT_ASSERT(p != NULL); }",
    })
    void constructParsesWithoutProblems(String code) {
        TestSource src = TestSource.c(dir, "#include <ntddk.h>\n" + code + "\n").assertNoProblems();
        assertEquals(List.of("f"), src.unit().functions().stream().map(Function::name).toList());
    }

    @Test
    void unresolvedIncludesAreNotProblems() {
        TestSource src = TestSource.c(dir, """
                #include <ntddk.h>
                #include <wdf.h>
                #include "no_such_header.h"
                #include "..\\inc\\Nowhere.h"
                VOID f(VOID) { }
                """);
        assertEquals(List.of(), src.unit().problems());
        assertEquals(List.of("f"), src.unit().functions().stream().map(Function::name).toList());
    }

    @Test
    void externCStartEndAlsoWorkInCpp() {
        TestSource src = TestSource.of(dir, "driver.cpp", """
                #include <ntddk.h>
                EXTERN_C_START
                DRIVER_INITIALIZE DriverEntry;
                EXTERN_C_END
                WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(CTX, GetCtx);
                NTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r) { return 0; }
                """).assertNoProblems();
        assertEquals(List.of("DriverEntry"), src.unit().functions().stream().map(Function::name).toList());
    }
}
