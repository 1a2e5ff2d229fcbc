package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.TranslationUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Driver code spelled as it is with the WDK and MSVC must parse without problems through the prelude
 * alone, and its functions must come out with the right names and places.
 */
class PreludeParseTest {
    private static final Frontend FRONTEND = new Frontend(FrontendOptions.defaults());

    @TempDir
    Path dir;

    private TranslationUnit parse(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        TranslationUnit unit = FRONTEND.translate(file, name);
        assertEquals(List.of(), unit.problems().stream().map(p -> p.location() + " " + p.message()).toList(),
                "parse problems in " + name);
        return unit;
    }

    private static List<String> names(TranslationUnit unit) {
        return unit.functions().stream().map(Function::name).collect(Collectors.toList());
    }

    @Test
    void salAndDriverAnnotations() throws IOException {
        TranslationUnit unit = parse("sal.c",
                "_Function_class_(DRIVER_UNLOAD) _IRQL_requires_max_(PASSIVE_LEVEL)",
                "VOID Unload(_In_ _Unreferenced_parameter_ PDRIVER_OBJECT DriverObject) { }",
                "_Must_inspect_result_ _Success_(return >= 0) __drv_allocatesMem(Mem)",
                "NTSTATUS Read(_Inout_updates_bytes_(n) PVOID b, _In_reads_or_z_opt_(n) PCSTR s, ULONG n,",
                "    _Outptr_result_bytebuffer_(n) PVOID *out, _Out_writes_bytes_to_(n, *got) PVOID o, PULONG got)",
                "{ return 0; }",
                "_Requires_lock_held_(_Global_critical_region_) _Ret_maybenull_ __drv_aliasesMem",
                "FLT_PREOP_CALLBACK_STATUS FLTAPI Pre(_Flt_CompletionContext_Outptr_ PVOID *c) { return 0; }",
                "int WINAPI f(__in_bcount_opt(n) PVOID p, __out_ecount_part(n, *m) PULONG q, ULONG n, PULONG m)",
                "{ _Analysis_assume_lock_held_(x); __fallthrough; return 0; }");
        assertEquals(List.of("Unload", "Read", "Pre", "f"), names(unit));
    }

    @Test
    void wdfContextDeclarationsWithAndWithoutSemicolon() throws IOException {
        TranslationUnit unit = parse("wdf.c",
                "typedef struct _DEVICE_CONTEXT { int x; } DEVICE_CONTEXT;",
                "WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, GetDeviceContext)",
                "WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, GetOther);",
                "WDF_DECLARE_CONTEXT_TYPE(DEVICE_CONTEXT)",
                "int Use(WDFDEVICE d) { return GetDeviceContext(d)->x; }");
        assertEquals(List.of("Use"), names(unit));
    }

    @Test
    void msvcPreprocessorHabits() throws IOException {
        TranslationUnit unit = parse("msvc.c",
                "#define Trace(level, fmt, ...) DbgPrintEx(0, level, \"%s: \" fmt \"\\n\", __FUNCTION__, __VA_ARGS__)",
                "#define Info(str, ...) DbgPrintEx(0, 0, \"drv: \"##str\"\\n\", __VA_ARGS__)",
                "#define Enter() DbgPrint(\"Entering \" __FUNCTION__ \"\\n\")",
                "VOID Go(ULONG64 *v)",
                "{",
                "    Enter();",
                "    Trace(1, \"no arguments\");",
                "    Trace(1, \"%d\", 2);",
                "    Info(\"plain\");",
                "    *v = 0xFFFFFFFFFFFFFFFFI64 & ~0ui64;",
                "    TD_ASSERT(__annotation(L\"Debug\", L\"AssertFail\"), 1);",
                "}",
                "_inline VOID Last(void) { }");
        assertEquals(List.of("Go", "Last"), names(unit));
        Function last = unit.functions().get(1);
        assertEquals(13, last.location().line());
        assertEquals(14, last.location().column()); // not moved by the ## inserted into the #define lines above
    }

    @Test
    void declarationMacrosOfTheWdkHeaders() throws IOException {
        TranslationUnit unit = parse("decl.c",
                "DEFINE_GUID(GUID_X, 0x6f8398c2, 0x7ca4, 0x11e4, 0xad, 0x36, 0x63, 0x10, 0x42, 0xb5, 0x00, 0x8f);",
                "DEFINE_DEVPROPKEY(KEY_X, 0x8dbc9c86, 0x97a9, 0x4bff, 0x9b, 0xc6, 0xbf, 0xe9, 0x5d, 0x3e, 0x6d, 0xad, 2);",
                "DEFINE_GUIDSTRUCT(\"836BA6D1-3FF7-4411-8BCD-469553452DCE\", PID_X);",
                "C_ASSERT(sizeof(int) == 4);",
                "#if NTDDI_VERSION >= NTDDI_WIN10_RS3 && OSVER(NTDDI_VERSION) > NTDDI_WIN2K && _WIN32_WINNT >= 0x0600",
                "int Recent(void) { SPB_TRANSFER_LIST_AND_ENTRIES(2) seq; return 0; }",
                "#else",
                "#error old",
                "#endif",
                "NTSTATUS Classpnp(void) { NTSTATUS s = 0; TRY { if (s) { LEAVE; } } FINALLY { } return s; }");
        assertEquals(List.of("Recent", "Classpnp"), names(unit));
    }

    @Test
    void comInterfacesAndExternCBlocksInCpp() throws IOException {
        TranslationUnit unit = parse("com.cpp",
                "EXTERN_C_START",
                "DRIVER_INITIALIZE DriverEntry;",
                "EXTERN_C_END",
                "DECLARE_INTERFACE_(IThing, IUnknown)",
                "{",
                "    STDMETHOD(Do)(THIS_ ULONG x) PURE;",
                "    STDMETHOD_(ULONG, Count)(THIS) PURE;",
                "};",
                "class ATL_NO_VTABLE CThing : public IThing",
                "{",
                "public:",
                "    DECLARE_STD_UNKNOWN();",
                "    DEFINE_STD_CONSTRUCTOR(CThing);",
                "    IFACEMETHODIMP Do(ULONG x);",
                "    BEGIN_COM_MAP(CThing)",
                "        COM_INTERFACE_ENTRY(IThing)",
                "    END_COM_MAP()",
                "};",
                "STDMETHODIMP CThing::Do(ULONG x) { return x ? S_OK : E_FAIL; }",
                "STDMETHODIMP_(ULONG) Free(ULONG x) { return x; }",
                "OBJECT_ENTRY_AUTO(__uuidof(Thing), CThing)");
        // the constructor that DEFINE_STD_CONSTRUCTOR defines inside the class is a function too
        assertEquals(List.of("CThing::CThing", "CThing::Do", "Free"), names(unit));
    }

    @Test
    void annotationsSpelledOnlyInAnIncludedHeaderAreDefined() throws IOException {
        Files.createDirectories(dir.resolve("inc"));
        Files.writeString(dir.resolve("inc/annot.h"), "#define OUT_BUFFER(n) _Outptr_result_bytebuffer_(n) __drv_aliasesMem\n");
        Files.writeString(dir.resolve("local.h"), "#include \"inc\\Annot.h\"\n");
        TranslationUnit unit = parse("uses.c",
                "#include \"local.h\"",
                "NTSTATUS Get(OUT_BUFFER(n) PVOID *buffer, ULONG n) { return 0; }");
        assertEquals(List.of("Get"), names(unit));
    }

    @Test
    void aHeaderGetsTheMacrosOfTheFileThatIncludesIt() throws IOException {
        Files.writeString(dir.resolve("private.h"), "#define PAGED_CODE_SEG __declspec(code_seg(\"PAGE\"))\n");
        Files.writeString(dir.resolve("engine.cpp"), "#include \"private.h\"\n#include \"Engine.h\"\n");
        TranslationUnit unit = parse("Engine.h",
                "#pragma once",
                "class CEngine",
                "{",
                "public:",
                "    PAGED_CODE_SEG",
                "    NTSTATUS Start(_In_ ULONG Rate);",
                "};",
                "PAGED_CODE_SEG",
                "inline NTSTATUS StartEngine(CEngine *e) { return e->Start(48000); }");
        assertEquals(List.of("StartEngine"), names(unit));
        assertEquals(9, unit.functions().get(0).location().line());
    }

    @Test
    void aHeaderWithClassesIsReadAsCpp() throws IOException {
        TranslationUnit unit = parse("engine.h",
                "#pragma once",
                "class CEngine",
                "{",
                "public:",
                "    __drv_maxIRQL(PASSIVE_LEVEL)",
                "    NTSTATUS Start(_In_ ULONG Rate);",
                "    ULONG Rate() const { return m_Rate; }",
                "private:",
                "    ULONG m_Rate;",
                "};",
                "inline ULONG Twice(ULONG x) { return 2 * x; }");
        // member functions defined inside the class body are translated as Class::Method
        assertEquals(List.of("CEngine::Rate", "Twice"), names(unit));
    }
}
