/*
 * lookaside-lint stand-in for the WDK headers: read as a macro file (like -imacros) before every source
 * when the real WDK headers are not given. It only defines macros, so it adds no declarations and no
 * lines to the file: SAL and driver annotations, calling-convention words, and the declaration macros
 * whose expansion the parser needs to see a declaration at all. Each stand-in keeps the syntax of the
 * real expansion (a declaration stays a declaration, a statement a statement) without its details.
 * Function-like macros whose uses read as calls (RtlZeroMemory, NT_SUCCESS, ExAllocate...) are left
 * undefined on purpose: the analysis sees them as calls.
 */

/* ---- sdkddkver.h: the version constants that #if tests compare NTDDI_VERSION and _WIN32_WINNT with
 * (the values themselves come from the command line, as the WDK build passes them; see CdtParser) ---- */
#define _WIN32_WINNT_NT4 0x0400
#define _WIN32_WINNT_WIN2K 0x0500
#define _WIN32_WINNT_WINXP 0x0501
#define _WIN32_WINNT_WS03 0x0502
#define _WIN32_WINNT_WIN6 0x0600
#define _WIN32_WINNT_VISTA 0x0600
#define _WIN32_WINNT_WS08 0x0600
#define _WIN32_WINNT_LONGHORN 0x0600
#define _WIN32_WINNT_WIN7 0x0601
#define _WIN32_WINNT_WIN8 0x0602
#define _WIN32_WINNT_WINBLUE 0x0603
#define _WIN32_WINNT_WINTHRESHOLD 0x0A00
#define _WIN32_WINNT_WIN10 0x0A00
#define NTDDI_WIN2K 0x05000000
#define NTDDI_WIN2KSP1 0x05000100
#define NTDDI_WIN2KSP2 0x05000200
#define NTDDI_WIN2KSP3 0x05000300
#define NTDDI_WIN2KSP4 0x05000400
#define NTDDI_WINXP 0x05010000
#define NTDDI_WINXPSP1 0x05010100
#define NTDDI_WINXPSP2 0x05010200
#define NTDDI_WINXPSP3 0x05010300
#define NTDDI_WINXPSP4 0x05010400
#define NTDDI_WS03 0x05020000
#define NTDDI_WS03SP1 0x05020100
#define NTDDI_WS03SP2 0x05020200
#define NTDDI_WS03SP3 0x05020300
#define NTDDI_WS03SP4 0x05020400
#define NTDDI_WIN6 0x06000000
#define NTDDI_WIN6SP1 0x06000100
#define NTDDI_WIN6SP2 0x06000200
#define NTDDI_WIN6SP3 0x06000300
#define NTDDI_WIN6SP4 0x06000400
#define NTDDI_VISTA 0x06000000
#define NTDDI_VISTASP1 0x06000100
#define NTDDI_VISTASP2 0x06000200
#define NTDDI_VISTASP3 0x06000300
#define NTDDI_VISTASP4 0x06000400
#define NTDDI_LONGHORN 0x06000000
#define NTDDI_WS08 0x06000100
#define NTDDI_WS08SP2 0x06000200
#define NTDDI_WS08SP3 0x06000300
#define NTDDI_WS08SP4 0x06000400
#define NTDDI_WIN7 0x06010000
#define NTDDI_WIN8 0x06020000
#define NTDDI_WINBLUE 0x06030000
#define NTDDI_WINTHRESHOLD 0x0A000000
#define NTDDI_WIN10 0x0A000000
#define NTDDI_WIN10_TH2 0x0A000001
#define NTDDI_WIN10_RS1 0x0A000002
#define NTDDI_WIN10_RS2 0x0A000003
#define NTDDI_WIN10_RS3 0x0A000004
#define NTDDI_WIN10_RS4 0x0A000005
#define NTDDI_WIN10_RS5 0x0A000006
#define NTDDI_WIN10_19H1 0x0A000007
#define NTDDI_WIN10_VB 0x0A000008
#define NTDDI_WIN10_MN 0x0A000009
#define NTDDI_WIN10_FE 0x0A00000A
#define NTDDI_WIN10_CO 0x0A00000B
#define NTDDI_WIN10_NI 0x0A00000C
#define NTDDI_WIN10_CU 0x0A00000D
#define NTDDI_WIN11_ZN 0x0A00000E
#define NTDDI_WIN11_GA 0x0A00000F
#define NTDDI_WIN11_GE 0x0A000010
#define WDK_NTDDI_VERSION NTDDI_WIN11_GE
#define OSVERSION_MASK 0xFFFF0000
#define SPVERSION_MASK 0x0000FF00
#define SUBVERSION_MASK 0x000000FF
#define OSVER(Version) ((Version) & OSVERSION_MASK)
#define SPVER(Version) (((Version) & SPVERSION_MASK) >> 8)
#define SUBVER(Version) ((Version) & SUBVERSION_MASK)

/* ---- parameter words, calling conventions and storage words (ntdef.h, minwindef.h, rpc.h, ...) ---- */
#define IN
#define OUT
#define OPTIONAL
#define UNALIGNED
#define UNALIGNED64
#define RESTRICTED_POINTER
#define CONST const
#define FAR
#define NEAR
#define PASCAL
#define NTAPI
#define NTAPI_INLINE
#define NTKERNELAPI
#define NTSYSAPI
#define NTSYSCALLAPI
#define NTHALAPI
#define NTKRNLVISTAAPI
#define __kernel_entry
#define NDIS_API
#define FLTAPI
#define WSKAPI
#define SCSIPORT_API
#define STORPORT_API
#define KSDDKAPI
#define CLFSUSER_API
#define WINAPI
#define WINAPIV
#define APIENTRY
#define APIPRIVATE
#define CALLBACK
#define WINBASEAPI
#define WINADVAPI
#define WINUSERAPI
#define WINGDIAPI
#define WINSETUPAPI
#define CMAPI
#define WIAMICRO_API
#define AVRT_DATA
#define AVRT_BSS
#define AVRT_CONST
#define RPC_ENTRY
#define RPC_VAR_ENTRY
#define __RPC_API
#define __RPC_USER
#define __RPC_STUB
#define __RPC_FAR
#define __RPC_CALLEE
#define STDMETHODCALLTYPE
#define STDMETHODVCALLTYPE
#define STDAPICALLTYPE
#define STDAPIVCALLTYPE
#define FASTCALL
#define DECLSPEC_IMPORT
#define DECLSPEC_EXPORT
#define DECLSPEC_NOINLINE
#define DECLSPEC_NORETURN
#define DECLSPEC_ALIGN(x)
#define DECLSPEC_CACHEALIGN
#define DECLSPEC_SELECTANY
#define DECLSPEC_NOTHROW
#define DECLSPEC_NOVTABLE
#define DECLSPEC_UUID(x)
#define DECLSPEC_ADDRSAFE
#define DECLSPEC_SAFEBUFFERS
#define DECLSPEC_NOINITALL
#define DECLSPEC_RESTRICT
#define DECLSPEC_ALLOCATOR
#define DECLSPEC_GUARDNOCF
#define DECLSPEC_GUARD_SUPPRESS
#define DECLSPEC_HOTPATCH
#define DECLSPEC_NOSANITIZEADDRESS
#define DECLSPEC_CHPE_GUEST
#define DECLSPEC_CHPE_PATCHABLE
#define DECLSPEC_DEPRECATED
#define DECLSPEC_DEPRECATED_DDK
#define DECLSPEC_DEPRECATED_DDK_WINXP
#define DECLSPEC_DEPRECATED_DDK_WIN2003
#define DECLSPEC_DEPRECATED_DDK_WIN7
#define COM_DECLSPEC_NOTHROW
#define POINTER_ALIGNMENT
#define POINTER_32
#define POINTER_64
#define POINTER_SIGNED
#define POINTER_UNSIGNED
#define SPOINTER_32
#define UPOINTER_32
#define INITCODE
#define PAGEDCODE
#define LOCKEDCODE
#define FORCEINLINE inline
#define CFORCEINLINE inline
#define PAGED_CODE()
#define PAGED_CODE_LOCKED()
#define INIT_CODE()
#define UNREFERENCED_PARAMETER(x) ((void)(x))
#define DBG_UNREFERENCED_PARAMETER(x) ((void)(x))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(x) ((void)(x))
/* EXTERN_C stays plain extern in C++ too: a braceless extern "C" declaration is still a declaration, and
 * the translator reads its storage class */
#define EXTERN_C extern
#ifdef __cplusplus
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#define EXTERN_C_START
#define EXTERN_C_END
#endif
#define WDF_EXTERN_C EXTERN_C
#define WDF_EXTERN_C_START EXTERN_C_START
#define WDF_EXTERN_C_END EXTERN_C_END

/* ---- winnt.h and tchar.h text macros: wide or narrow by UNICODE/_UNICODE, as the real ones ---- */
#ifdef UNICODE
#define __TEXT(quote) L##quote
#else
#define __TEXT(quote) quote
#endif
#define TEXT(quote) __TEXT(quote)
#ifdef _UNICODE
#define __T(x) L##x
#else
#define __T(x) x
#endif
#define _T(x) __T(x)
#define _TEXT(x) __T(x)

/* ---- declarations with a syntax of their own (guiddef.h, devpropdef.h, propkeydef.h, ...) ---- */
#define DEFINE_GUID(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) EXTERN_C const GUID n
#define DEFINE_OLEGUID(n, l, w1, w2) EXTERN_C const GUID n
#define EXTERN_GUID(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) EXTERN_C const GUID n
#define DEFINE_DEVPROPKEY(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8, pid) EXTERN_C const DEVPROPKEY n
#define DEFINE_PROPERTYKEY(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8, pid) EXTERN_C const PROPERTYKEY n
#define C_ASSERT(e) typedef char __C_ASSERT__[(e) ? 1 : -1]
#define DECLARE_CONST_UNICODE_STRING(n, s) const UNICODE_STRING n = { 0, 0, 0 }
#define DECLARE_UNICODE_STRING_SIZE(n, s) UNICODE_STRING n
#define DECLARE_GLOBAL_CONST_UNICODE_STRING(n, s) const UNICODE_STRING n = { 0, 0, 0 }
#define ASSERT(e) ((void)0)
#define ASSERTMSG(m, e) ((void)0)
#define NT_ASSERT(e) ((void)0)
#define NT_ASSERTMSG(m, e) ((void)0)
#define NT_VERIFY(e) (e)

/* ---- ntdef.h and stddef.h macros with a type argument: read as calls, `struct X` and `T *` in their
 * argument lists are syntax errors that cost the whole statement (CONTAINING_RECORD(le, struct _FCB,
 * Link) in a list walk). The stand-ins are the real expansions, spelled with plain C types ---- */
#define FIELD_OFFSET(type, field) ((long)(long long)&(((type *)0)->field))
#define UFIELD_OFFSET(type, field) ((unsigned long)(long long)&(((type *)0)->field))
#define CONTAINING_RECORD(address, type, field) ((type *)((char *)(address) - (unsigned long long)(&((type *)0)->field)))
#define RTL_FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#define RTL_SIZEOF_THROUGH_FIELD(type, field) (FIELD_OFFSET(type, field) + RTL_FIELD_SIZE(type, field))
#define TYPE_ALIGNMENT(t) FIELD_OFFSET(struct { char x; t test; }, test)
#define offsetof(s, m) ((unsigned long long)&(((s *)0)->m))

/* ---- WDF declaration macros, used at file scope with or without a semicolon: the stand-in declares
 * the accessor and ends with its own semicolon (an extra one is an empty declaration) ---- */
#define WDF_DECLARE_CONTEXT_TYPE(T) T * WdfObjectGet_##T(void *Handle);
#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(T, Get) T * Get(void *Handle);
#define WDF_DECLARE_TYPED_CONTEXT_TYPE_WITH_NAME(T, Get, C) T * Get(void *Handle);
#define WDF_DECLARE_SHARED_CONTEXT_TYPE_WITH_NAME(T, Get) T * Get(void *Handle);

/* ---- spb.h: a transfer list with room for n entries, used as a type ---- */
#define SPB_TRANSFER_LIST_AND_ENTRIES(n) struct { SPB_TRANSFER_LIST List; SPB_TRANSFER_LIST_ENTRY ExtraEntries[(n) - 1]; }

/* ---- classpnp.h: its own try/finally without SEH ---- */
#define TRY
#define LEAVE goto __tryLabel;
#define FINALLY __tryLabel:

/* ---- rpcndr.h: MIDL-generated headers refuse to compile without its version ---- */
#define __RPCNDR_H_VERSION__ 501

/* ---- COM (objbase.h, combaseapi.h, basetyps.h, unknwn.h) ---- */
#define STDAPI EXTERN_C HRESULT STDAPICALLTYPE
#define STDAPI_(type) EXTERN_C type STDAPICALLTYPE
#define STDAPIV EXTERN_C HRESULT STDAPIVCALLTYPE
#define STDAPIV_(type) EXTERN_C type STDAPIVCALLTYPE
#define STDMETHODIMP HRESULT STDMETHODCALLTYPE
#define STDMETHODIMP_(type) type STDMETHODCALLTYPE
#define STDMETHODIMPV HRESULT STDMETHODVCALLTYPE
#define STDMETHODIMPV_(type) type STDMETHODVCALLTYPE
#define IFACEMETHODIMP STDMETHODIMP
#define IFACEMETHODIMP_(type) STDMETHODIMP_(type)
#define IFACEMETHODIMPV STDMETHODIMPV
#define IFACEMETHODIMPV_(type) STDMETHODIMPV_(type)
#define BEGIN_INTERFACE
#define END_INTERFACE
#ifdef __cplusplus
#define __STRUCT__ struct
#define interface __STRUCT__
#define STDMETHOD(method) virtual HRESULT STDMETHODCALLTYPE method
#define STDMETHOD_(type, method) virtual type STDMETHODCALLTYPE method
#define STDMETHODV(method) virtual HRESULT STDMETHODVCALLTYPE method
#define STDMETHODV_(type, method) virtual type STDMETHODVCALLTYPE method
#define PURE = 0
#define THIS_
#define THIS void
#define DECLARE_INTERFACE(iface) interface iface
#define DECLARE_INTERFACE_(iface, baseiface) interface iface : public baseiface
#define DECLARE_INTERFACE_IID(iface, iid) interface iface
#define DECLARE_INTERFACE_IID_(iface, baseiface, iid) interface iface : public baseiface
#define MIDL_INTERFACE(x) struct
#else
#define STDMETHOD(method) HRESULT (STDMETHODCALLTYPE * method)
#define STDMETHOD_(type, method) type (STDMETHODCALLTYPE * method)
#define STDMETHODV(method) HRESULT (STDMETHODVCALLTYPE * method)
#define STDMETHODV_(type, method) type (STDMETHODVCALLTYPE * method)
#define PURE
#define THIS_ INTERFACE * This,
#define THIS INTERFACE * This
#define DECLARE_INTERFACE(iface) typedef struct iface { const struct iface##Vtbl * lpVtbl; } iface; \
    typedef const struct iface##Vtbl iface##Vtbl; const struct iface##Vtbl
#define DECLARE_INTERFACE_(iface, baseiface) DECLARE_INTERFACE(iface)
#define DECLARE_INTERFACE_IID(iface, iid) DECLARE_INTERFACE(iface)
#define DECLARE_INTERFACE_IID_(iface, baseiface, iid) DECLARE_INTERFACE(iface)
#endif
#define IFACEMETHOD(method) STDMETHOD(method)
#define IFACEMETHOD_(type, method) STDMETHOD_(type, method)
#define IFACEMETHODV(method) STDMETHODV(method)
#define IFACEMETHODV_(type, method) STDMETHODV_(type, method)

/* ---- kernel streaming (ks.h) and port class (portcls.h, stdunk.h) declaration macros ---- */
#define DEFINE_GUIDEX(n) EXTERN_C const GUID n
#define DEFINE_GUIDSTRUCT(g, n) DEFINE_GUIDEX(n)
#define DEFINE_GUIDNAMED(n) n
#define DECLARE_SIMPLE_FRAMING_EX(n, MemoryType, Flags, Frames, Alignment, MinFrameSize, MaxFrameSize) \
    const KSALLOCATOR_FRAMING_EX n = { 0 }
#define DEFINE_KSPROPERTY_TABLE(t) const KSPROPERTY_ITEM t[] =
#define DEFINE_KSPROPERTY_SET_TABLE(t) const KSPROPERTY_SET t[] =
#define DEFINE_KSMETHOD_TABLE(t) const KSMETHOD_ITEM t[] =
#define DEFINE_KSMETHOD_SET_TABLE(t) const KSMETHOD_SET t[] =
#define DEFINE_KSEVENT_TABLE(t) const KSEVENT_ITEM t[] =
#define DEFINE_KSEVENT_SET_TABLE(t) const KSEVENT_SET t[] =
#define DEFINE_KSAUTOMATION_TABLE(t) const KSAUTOMATION_TABLE t =
#define DEFINE_KSFILTER_DESCRIPTOR(d) const KSFILTER_DESCRIPTOR d =
#define DEFINE_KSFILTER_DESCRIPTOR_TABLE(t) const KSFILTER_DESCRIPTOR * const t[] =
#define DEFINE_PCAUTOMATION_TABLE_PROP(t, p) const PCAUTOMATION_TABLE t = { sizeof((p)[0]), 0, (p) }
#define DEFINE_PCAUTOMATION_TABLE_PROP_EVENT(t, p, e) const PCAUTOMATION_TABLE t = { sizeof((p)[0]), 0, (p), 0, 0, 0, sizeof((e)[0]), 0, (e) }
#define DEFINE_PCAUTOMATION_TABLE_PROP_METHOD(t, p, m) const PCAUTOMATION_TABLE t = { sizeof((p)[0]), 0, (p), sizeof((m)[0]), 0, (m) }
#define DEFINE_PCAUTOMATION_TABLE_PROP_METHOD_EVENT(t, p, m, e) const PCAUTOMATION_TABLE t = { sizeof((p)[0]), 0, (p), sizeof((m)[0]), 0, (m), sizeof((e)[0]), 0, (e) }
#define DEFINE_PCAUTOMATION_TABLE_EVENT(t, e) const PCAUTOMATION_TABLE t = { 0, 0, 0, 0, 0, 0, sizeof((e)[0]), 0, (e) }
#define DEFINE_PCAUTOMATION_TABLE_METHOD(t, m) const PCAUTOMATION_TABLE t = { 0, 0, 0, sizeof((m)[0]), 0, (m) }
#define DECLARE_STD_UNKNOWN() \
    STDMETHODIMP_(NTSTATUS) NonDelegatingQueryInterface(REFIID, PVOID *); \
    STDMETHODIMP_(NTSTATUS) QueryInterface(REFIID, PVOID *); \
    STDMETHODIMP_(ULONG) AddRef(void); \
    STDMETHODIMP_(ULONG) Release(void)
#define IMP_DECLARE_STD_UNKNOWN(Class) DECLARE_STD_UNKNOWN()
#define DEFINE_STD_CONSTRUCTOR(Class) Class(PUNKNOWN UnknownOuter) : CUnknown(UnknownOuter) { }

/* ---- TAEF (WexTestClass.h), the WDK's test framework: class and method registration (a stand-in
 * that declares ends with its own semicolon where the real macro may be used with or without one).
 * TEST_CLASS and TEST_METHOD are left out: Visual Studio's CppUnitTest spells them differently ---- */
#define BEGIN_TEST_CLASS(c)
#define TEST_CLASS_PROPERTY(n, v)
#define END_TEST_CLASS()
#define BEGIN_TEST_METHOD(m) void m();
#define TEST_METHOD_PROPERTY(n, v)
#define END_TEST_METHOD()
#define TEST_METHOD_SETUP(m) bool m();
#define TEST_METHOD_CLEANUP(m) bool m();
#define TEST_CLASS_SETUP(m) bool m();
#define TEST_CLASS_CLEANUP(m) bool m();
#define BEGIN_MODULE()
#define MODULE_PROPERTY(n, v)
#define END_MODULE()
#define MODULE_SETUP(f) bool f();
#define MODULE_CLEANUP(f) bool f();

/* ---- ATL (atlbase.h, atlcom.h), used by the user-mode COM parts of driver packages: the maps and
 * DECLARE_ lines inside a class declare members the analysis does not need; OBJECT_ENTRY_AUTO is used
 * with or without a semicolon ---- */
#define ATL_NO_VTABLE
#define _ATLTRY try
#define _ATLCATCH(e) catch (e)
#define _ATLCATCHALL() catch (...)
#define BEGIN_COM_MAP(x) public:
#define COM_INTERFACE_ENTRY(x)
#define COM_INTERFACE_ENTRY2(x, x2)
#define COM_INTERFACE_ENTRY_IID(iid, x)
#define COM_INTERFACE_ENTRY_IMPL(x)
#define COM_INTERFACE_ENTRY_AGGREGATE(iid, punk)
#define COM_INTERFACE_ENTRY_CHAIN(classname)
#define END_COM_MAP()
#define BEGIN_CONNECTION_POINT_MAP(x)
#define CONNECTION_POINT_ENTRY(iid)
#define END_CONNECTION_POINT_MAP()
#define BEGIN_OBJECT_MAP(x) static int x[] = {
#define OBJECT_ENTRY(clsid, class) 0,
#define END_OBJECT_MAP() 0 };
#define OBJECT_ENTRY_AUTO(clsid, class) extern int __lal_object_entry_##class;
#define DECLARE_REGISTRY_RESOURCEID(x)
#define DECLARE_REGISTRY_APPID_RESOURCEID(resid, appid)
#define DECLARE_LIBID(libid)
#define DECLARE_PROTECT_FINAL_CONSTRUCT()
#define DECLARE_NOT_AGGREGATABLE(x)
#define DECLARE_AGGREGATABLE(x)
#define DECLARE_NO_REGISTRY()
#define DECLARE_CLASSFACTORY()

/* ---- SAL 2 annotations (sal.h, concurrencysal.h, driverspecs.h, fltkernel.h): no arguments ---- */
#define _In_
#define _In_opt_
#define _In_z_
#define _In_opt_z_
#define _Out_
#define _Out_opt_
#define _Inout_
#define _Inout_opt_
#define _Inout_z_
#define _Inout_opt_z_
#define _Outptr_
#define _Outptr_opt_
#define _Outptr_result_maybenull_
#define _Outptr_opt_result_maybenull_
#define _Outptr_result_z_
#define _Outptr_opt_result_z_
#define _Outptr_result_maybenull_z_
#define _Outptr_opt_result_maybenull_z_
#define _Outptr_result_nullonfailure_
#define _Outptr_opt_result_nullonfailure_
#define _Outref_
#define _Outref_result_maybenull_
#define _Outref_result_nullonfailure_
#define _COM_Outptr_
#define _COM_Outptr_opt_
#define _COM_Outptr_result_maybenull_
#define _COM_Outptr_opt_result_maybenull_
#define _Ret_
#define _Ret_opt_
#define _Ret_z_
#define _Ret_maybenull_z_
#define _Ret_notnull_
#define _Ret_maybenull_
#define _Ret_null_
#define _Ret_valid_
#define _Ret_opt_valid_
#define _Result_nullonfailure_
#define _Result_zeroonfailure_
#define _Check_return_
#define _Check_return_opt_
#define _Check_return_wat_
#define _Must_inspect_result_
#define _Use_decl_annotations_
#define _Printf_format_string_
#define _Scanf_format_string_
#define _Scanf_s_format_string_
#define _Null_terminated_
#define _NullNull_terminated_
#define _Null_
#define _Notnull_
#define _Maybenull_
#define _Valid_
#define _Notvalid_
#define _Const_
#define _Notref_
#define _Literal_
#define _Notliteral_
#define _Points_to_data_
#define _Interlocked_operand_
#define _Reserved_
#define _Field_z_
#define _Frees_ptr_
#define _Frees_ptr_opt_
#define _Pre_notnull_
#define _Pre_maybenull_
#define _Pre_null_
#define _Pre_valid_
#define _Pre_opt_valid_
#define _Pre_invalid_
#define _Pre_unknown_
#define _Pre_z_
#define _Pre_opt_z_
#define _Pre_readonly_
#define _Pre_defensive_
#define _Post_notnull_
#define _Post_maybenull_
#define _Post_null_
#define _Post_valid_
#define _Post_invalid_
#define _Post_ptr_invalid_
#define _Post_z_
#define _Post_maybez_
#define _Post_defensive_
#define _Prepost_z_
#define _Prepost_opt_z_
#define _Prepost_valid_
#define _Prepost_opt_valid_
#define _Deref_in_
#define _Deref_out_
#define _Deref_out_opt_
#define _Deref_opt_out_
#define _Deref_opt_out_opt_
#define _Deref_out_z_
#define _Deref_out_opt_z_
#define _Deref_opt_out_z_
#define _Deref_opt_out_opt_z_
#define _Deref_inout_
#define _Deref_inout_z_
#define _Deref_opt_inout_
#define _Deref_pre_z_
#define _Deref_pre_opt_z_
#define _Deref_pre_valid_
#define _Deref_pre_opt_valid_
#define _Deref_pre_notnull_
#define _Deref_pre_maybenull_
#define _Deref_pre_null_
#define _Deref_pre_invalid_
#define _Deref_pre_readonly_
#define _Deref2_pre_readonly_
#define _Deref_post_z_
#define _Deref_post_opt_z_
#define _Deref_post_valid_
#define _Deref_post_opt_valid_
#define _Deref_post_notnull_
#define _Deref_post_maybenull_
#define _Deref_post_null_
#define _Deref_post_invalid_
#define _Deref_prepost_z_
#define _Deref_prepost_opt_z_
#define _Deref_prepost_valid_
#define _Deref_prepost_opt_valid_
#define _Deref_ret_z_
#define _Deref_ret_opt_z_
#define _Analysis_noreturn_
#define _Raises_SEH_exception_
#define _Maybe_raises_SEH_exception_
#define _Enum_is_bitflag_
#define _Strict_type_match_
#define _Unreferenced_parameter_
#define _Kernel_entry_
#define _Requires_no_locks_held_
#define _Benign_race_begin_
#define _Benign_race_end_
#define _No_competing_thread_
#define _No_competing_thread_begin_
#define _No_competing_thread_end_
#define _Interlocked_
#define _IRQL_saves_
#define _IRQL_restores_
#define _IRQL_requires_same_
#define _IRQL_uses_cancel_
#define _IRQL_is_cancel_
#define _Kernel_float_saved_
#define _Kernel_float_restored_
#define _Kernel_float_used_
#define _Kernel_IoGetDmaAdapter_
#define _Flt_CompletionContext_Outptr_
#define _Flt_ConnectionCookie_Outptr_

/* ---- SAL 2 annotations with one argument ---- */
#define _In_reads_(x)
#define _In_reads_opt_(x)
#define _In_reads_bytes_(x)
#define _In_reads_bytes_opt_(x)
#define _In_reads_z_(x)
#define _In_reads_opt_z_(x)
#define _In_reads_or_z_(x)
#define _In_reads_or_z_opt_(x)
#define _In_reads_to_ptr_(x)
#define _In_reads_to_ptr_opt_(x)
#define _In_reads_to_ptr_z_(x)
#define _In_reads_to_ptr_opt_z_(x)
#define _In_NLS_string_(x)
#define _In_defensive_(x)
#define _Out_defensive_(x)
#define _Inout_defensive_(x)
#define _Out_writes_(x)
#define _Out_writes_opt_(x)
#define _Out_writes_bytes_(x)
#define _Out_writes_bytes_opt_(x)
#define _Out_writes_z_(x)
#define _Out_writes_opt_z_(x)
#define _Out_writes_all_(x)
#define _Out_writes_all_opt_(x)
#define _Out_writes_bytes_all_(x)
#define _Out_writes_bytes_all_opt_(x)
#define _Out_writes_to_ptr_(x)
#define _Out_writes_to_ptr_opt_(x)
#define _Out_writes_to_ptr_z_(x)
#define _Out_writes_to_ptr_opt_z_(x)
#define _Inout_updates_(x)
#define _Inout_updates_opt_(x)
#define _Inout_updates_z_(x)
#define _Inout_updates_opt_z_(x)
#define _Inout_updates_all_(x)
#define _Inout_updates_all_opt_(x)
#define _Inout_updates_bytes_(x)
#define _Inout_updates_bytes_opt_(x)
#define _Inout_updates_bytes_all_(x)
#define _Inout_updates_bytes_all_opt_(x)
#define _Outptr_result_buffer_(x)
#define _Outptr_opt_result_buffer_(x)
#define _Outptr_result_buffer_all_(x)
#define _Outptr_opt_result_buffer_all_(x)
#define _Outptr_result_buffer_maybenull_(x)
#define _Outptr_opt_result_buffer_maybenull_(x)
#define _Outptr_result_buffer_all_maybenull_(x)
#define _Outptr_opt_result_buffer_all_maybenull_(x)
#define _Outptr_result_bytebuffer_(x)
#define _Outptr_opt_result_bytebuffer_(x)
#define _Outptr_result_bytebuffer_all_(x)
#define _Outptr_opt_result_bytebuffer_all_(x)
#define _Outptr_result_bytebuffer_maybenull_(x)
#define _Outptr_opt_result_bytebuffer_maybenull_(x)
#define _Outptr_result_bytebuffer_all_maybenull_(x)
#define _Outptr_opt_result_bytebuffer_all_maybenull_(x)
#define _Outref_result_buffer_(x)
#define _Outref_result_bytebuffer_(x)
#define _Outref_result_buffer_all_(x)
#define _Outref_result_bytebuffer_all_(x)
#define _Outref_result_buffer_maybenull_(x)
#define _Outref_result_bytebuffer_maybenull_(x)
#define _Outref_result_buffer_all_maybenull_(x)
#define _Outref_result_bytebuffer_all_maybenull_(x)
#define _Ret_writes_(x)
#define _Ret_writes_z_(x)
#define _Ret_writes_bytes_(x)
#define _Ret_writes_maybenull_(x)
#define _Ret_writes_maybenull_z_(x)
#define _Ret_writes_bytes_maybenull_(x)
#define _Printf_format_string_params_(x)
#define _Scanf_format_string_params_(x)
#define _Scanf_s_format_string_params_(x)
#define _Pre_satisfies_(x)
#define _Post_satisfies_(x)
#define _Satisfies_(x)
#define _Success_(x)
#define _Return_type_success_(x)
#define _On_failure_(x)
#define _Always_(x)
#define _Group_(x)
#define _Pre_(x)
#define _Post_(x)
#define _Deref_pre_(x)
#define _Deref_post_(x)
#define _Pre_equal_to_(x)
#define _Post_equal_to_(x)
#define _Unchanged_(x)
#define _Struct_size_bytes_(x)
#define _Field_size_(x)
#define _Field_size_opt_(x)
#define _Field_size_full_(x)
#define _Field_size_full_opt_(x)
#define _Field_size_bytes_(x)
#define _Field_size_bytes_opt_(x)
#define _Field_size_bytes_full_(x)
#define _Field_size_bytes_full_opt_(x)
#define _Inexpressible_(x)
#define _Readable_bytes_(x)
#define _Readable_elements_(x)
#define _Writable_bytes_(x)
#define _Writable_elements_(x)
#define _Pre_readable_size_(x)
#define _Pre_writable_size_(x)
#define _Pre_readable_byte_size_(x)
#define _Pre_writable_byte_size_(x)
#define _Post_readable_size_(x)
#define _Post_writable_size_(x)
#define _Post_readable_byte_size_(x)
#define _Post_writable_byte_size_(x)
#define _Pre_cap_for_(x)
#define _Analysis_assume_(x)
#define _Analysis_assume_nullterminated_(x)
#define _Analysis_mode_(x)
#define _Analysis_suppress_lock_checking_(x)
#define _Function_ignore_lock_checking_(x)
#define _Acquires_lock_(x)
#define _Releases_lock_(x)
#define _Requires_lock_held_(x)
#define _Requires_lock_not_held_(x)
#define _Requires_exclusive_lock_held_(x)
#define _Requires_shared_lock_held_(x)
#define _Acquires_exclusive_lock_(x)
#define _Acquires_shared_lock_(x)
#define _Releases_exclusive_lock_(x)
#define _Releases_shared_lock_(x)
#define _Acquires_nonreentrant_lock_(x)
#define _Releases_nonreentrant_lock_(x)
#define _Create_lock_level_(x)
#define _Has_lock_kind_(x)
#define _Has_lock_level_(x)
#define _Guarded_by_(x)
#define _Write_guarded_by_(x)
#define _Analysis_assume_lock_held_(x)
#define _Analysis_assume_lock_not_held_(x)
#define _Analysis_assume_lock_acquired_(x)
#define _Analysis_assume_lock_released_(x)
#define _Analysis_assume_smart_lock_acquired_(x)
#define _Analysis_assume_smart_lock_released_(x)
#define _IRQL_requires_(x)
#define _IRQL_requires_max_(x)
#define _IRQL_requires_min_(x)
#define _IRQL_raises_(x)
#define _IRQL_always_function_min_(x)
#define _IRQL_always_function_max_(x)
#define _IRQL_limited_to_(x)
#define _Kernel_clear_do_init_(x)
#define _Kernel_requires_resource_held_(x)
#define _Kernel_requires_resource_not_held_(x)
#define _Kernel_acquires_resource_(x)
#define _Kernel_releases_resource_(x)
#define _Dispatch_type_(x)
#define _Function_class_(x)

/* ---- SAL 2 annotations with two arguments ---- */
#define _Out_writes_to_(a, b)
#define _Out_writes_to_opt_(a, b)
#define _Out_writes_bytes_to_(a, b)
#define _Out_writes_bytes_to_opt_(a, b)
#define _Inout_updates_to_(a, b)
#define _Inout_updates_to_opt_(a, b)
#define _Inout_updates_bytes_to_(a, b)
#define _Inout_updates_bytes_to_opt_(a, b)
#define _Outptr_result_buffer_to_(a, b)
#define _Outptr_opt_result_buffer_to_(a, b)
#define _Outptr_result_buffer_to_maybenull_(a, b)
#define _Outptr_opt_result_buffer_to_maybenull_(a, b)
#define _Outptr_result_bytebuffer_to_(a, b)
#define _Outptr_opt_result_bytebuffer_to_(a, b)
#define _Outptr_result_bytebuffer_to_maybenull_(a, b)
#define _Outptr_opt_result_bytebuffer_to_maybenull_(a, b)
#define _Outref_result_buffer_to_(a, b)
#define _Outref_result_bytebuffer_to_(a, b)
#define _Outref_result_buffer_to_maybenull_(a, b)
#define _Outref_result_bytebuffer_to_maybenull_(a, b)
#define _Ret_writes_to_(a, b)
#define _Ret_writes_bytes_to_(a, b)
#define _Ret_writes_to_maybenull_(a, b)
#define _Ret_writes_bytes_to_maybenull_(a, b)
#define _At_(a, b)
#define _When_(a, b)
#define _Field_range_(a, b)
#define _In_range_(a, b)
#define _Out_range_(a, b)
#define _Ret_range_(a, b)
#define _Deref_in_range_(a, b)
#define _Deref_out_range_(a, b)
#define _Deref_inout_range_(a, b)
#define _Deref_ret_range_(a, b)
#define _Field_size_part_(a, b)
#define _Field_size_part_opt_(a, b)
#define _Field_size_bytes_part_(a, b)
#define _Field_size_bytes_part_opt_(a, b)
#define _Post_same_lock_(a, b)
#define _Lock_level_order_(a, b)
#define _Analysis_assume_same_lock_(a, b)
#define _IRQL_saves_global_(a, b)
#define _IRQL_restores_global_(a, b)

/* ---- SAL 2 annotations with four arguments ---- */
#define _At_buffer_(a, b, c, d)

/* ---- SAL 1 spellings with the size in the name (_Out_cap_, _In_count_, ...) ---- */
#define _In_count_(x)
#define _In_bytecount_(x)
#define _In_count_c_(x)
#define _In_bytecount_c_(x)
#define _In_count_x_(x)
#define _In_bytecount_x_(x)
#define _In_z_count_(x)
#define _In_z_bytecount_(x)
#define _In_z_count_c_(x)
#define _In_z_bytecount_c_(x)
#define _In_ptrdiff_count_(x)
#define _In_opt_count_(x)
#define _In_opt_bytecount_(x)
#define _In_opt_count_c_(x)
#define _In_opt_bytecount_c_(x)
#define _In_opt_count_x_(x)
#define _In_opt_bytecount_x_(x)
#define _In_opt_z_count_(x)
#define _In_opt_z_bytecount_(x)
#define _In_opt_z_count_c_(x)
#define _In_opt_z_bytecount_c_(x)
#define _In_opt_ptrdiff_count_(x)
#define _Out_cap_(x)
#define _Out_bytecap_(x)
#define _Out_cap_c_(x)
#define _Out_bytecap_c_(x)
#define _Out_cap_x_(x)
#define _Out_bytecap_x_(x)
#define _Out_z_cap_(x)
#define _Out_z_bytecap_(x)
#define _Out_z_cap_c_(x)
#define _Out_z_bytecap_c_(x)
#define _Out_z_cap_x_(x)
#define _Out_z_bytecap_x_(x)
#define _Out_capcount_(x)
#define _Out_bytecapcount_(x)
#define _Out_capcount_x_(x)
#define _Out_bytecapcount_x_(x)
#define _Out_ptrdiff_cap_(x)
#define _Out_opt_cap_(x)
#define _Out_opt_bytecap_(x)
#define _Out_opt_cap_c_(x)
#define _Out_opt_bytecap_c_(x)
#define _Out_opt_cap_x_(x)
#define _Out_opt_bytecap_x_(x)
#define _Out_opt_z_cap_(x)
#define _Out_opt_z_bytecap_(x)
#define _Out_opt_z_cap_c_(x)
#define _Out_opt_z_bytecap_c_(x)
#define _Out_opt_z_cap_x_(x)
#define _Out_opt_z_bytecap_x_(x)
#define _Out_opt_capcount_(x)
#define _Out_opt_bytecapcount_(x)
#define _Out_opt_capcount_x_(x)
#define _Out_opt_bytecapcount_x_(x)
#define _Out_opt_ptrdiff_cap_(x)
#define _Inout_count_(x)
#define _Inout_bytecount_(x)
#define _Inout_count_c_(x)
#define _Inout_bytecount_c_(x)
#define _Inout_count_x_(x)
#define _Inout_bytecount_x_(x)
#define _Inout_cap_(x)
#define _Inout_bytecap_(x)
#define _Inout_cap_c_(x)
#define _Inout_bytecap_c_(x)
#define _Inout_cap_x_(x)
#define _Inout_bytecap_x_(x)
#define _Inout_z_count_(x)
#define _Inout_z_bytecount_(x)
#define _Inout_z_cap_(x)
#define _Inout_z_bytecap_(x)
#define _Inout_z_cap_c_(x)
#define _Inout_z_bytecap_c_(x)
#define _Inout_z_cap_x_(x)
#define _Inout_z_bytecap_x_(x)
#define _Inout_ptrdiff_count_(x)
#define _Inout_opt_count_(x)
#define _Inout_opt_bytecount_(x)
#define _Inout_opt_count_c_(x)
#define _Inout_opt_bytecount_c_(x)
#define _Inout_opt_count_x_(x)
#define _Inout_opt_bytecount_x_(x)
#define _Inout_opt_cap_(x)
#define _Inout_opt_bytecap_(x)
#define _Inout_opt_cap_c_(x)
#define _Inout_opt_bytecap_c_(x)
#define _Inout_opt_cap_x_(x)
#define _Inout_opt_bytecap_x_(x)
#define _Inout_opt_z_count_(x)
#define _Inout_opt_z_bytecount_(x)
#define _Inout_opt_z_cap_(x)
#define _Inout_opt_z_bytecap_(x)
#define _Inout_opt_z_cap_c_(x)
#define _Inout_opt_z_bytecap_c_(x)
#define _Inout_opt_z_cap_x_(x)
#define _Inout_opt_z_bytecap_x_(x)
#define _Inout_opt_ptrdiff_count_(x)
#define _Ret_cap_(x)
#define _Ret_bytecap_(x)
#define _Ret_count_(x)
#define _Ret_bytecount_(x)
#define _Ret_cap_c_(x)
#define _Ret_bytecap_c_(x)
#define _Ret_count_c_(x)
#define _Ret_bytecount_c_(x)
#define _Ret_cap_x_(x)
#define _Ret_bytecap_x_(x)
#define _Ret_count_x_(x)
#define _Ret_bytecount_x_(x)
#define _Ret_z_cap_(x)
#define _Ret_z_bytecap_(x)
#define _Ret_z_count_(x)
#define _Ret_z_bytecount_(x)
#define _Ret_opt_cap_(x)
#define _Ret_opt_bytecap_(x)
#define _Ret_opt_count_(x)
#define _Ret_opt_bytecount_(x)
#define _Ret_opt_cap_c_(x)
#define _Ret_opt_bytecap_c_(x)
#define _Ret_opt_count_c_(x)
#define _Ret_opt_bytecount_c_(x)
#define _Ret_opt_cap_x_(x)
#define _Ret_opt_bytecap_x_(x)
#define _Ret_opt_count_x_(x)
#define _Ret_opt_bytecount_x_(x)
#define _Ret_opt_z_cap_(x)
#define _Ret_opt_z_bytecap_(x)
#define _Ret_opt_z_count_(x)
#define _Ret_opt_z_bytecount_(x)
#define _Deref_out_cap_(x)
#define _Deref_out_bytecap_(x)
#define _Deref_out_count_(x)
#define _Deref_out_bytecount_(x)
#define _Deref_out_z_cap_(x)
#define _Deref_out_z_bytecap_(x)
#define _Deref_out_opt_cap_(x)
#define _Deref_out_opt_bytecap_(x)
#define _Deref_out_opt_count_(x)
#define _Deref_out_opt_bytecount_(x)
#define _Deref_out_opt_z_cap_(x)
#define _Deref_out_opt_z_bytecap_(x)
#define _Deref_opt_out_cap_(x)
#define _Deref_opt_out_bytecap_(x)
#define _Deref_opt_out_count_(x)
#define _Deref_opt_out_bytecount_(x)
#define _Deref_opt_out_z_cap_(x)
#define _Deref_opt_out_z_bytecap_(x)
#define _Deref_inout_cap_(x)
#define _Deref_inout_bytecap_(x)
#define _Deref_inout_count_(x)
#define _Deref_inout_bytecount_(x)
#define _Deref_inout_z_cap_(x)
#define _Deref_inout_z_bytecap_(x)
#define _Deref_pre_cap_(x)
#define _Deref_pre_bytecap_(x)
#define _Deref_pre_count_(x)
#define _Deref_pre_bytecount_(x)
#define _Deref_pre_z_cap_(x)
#define _Deref_pre_z_bytecap_(x)
#define _Deref_post_cap_(x)
#define _Deref_post_bytecap_(x)
#define _Deref_post_count_(x)
#define _Deref_post_bytecount_(x)
#define _Deref_post_z_cap_(x)
#define _Deref_post_z_bytecap_(x)
#define _Deref_out_bcount_(x)
#define _Deref_post_opt_cap_(x)
#define _Deref_post_opt_z_cap_(x)
#define _Deref_pre_opt_cap_(x)
#define _Post_count_(x)
#define _Post_bytecount_(x)
#define _Post_count_c_(x)
#define _Post_bytecount_c_(x)
#define _Post_count_x_(x)
#define _Post_bytecount_x_(x)
#define _Post_z_count_(x)
#define _Post_z_bytecount_(x)
#define _Pre_cap_(x)
#define _Pre_bytecap_(x)
#define _Pre_count_(x)
#define _Pre_bytecount_(x)
#define _Pre_cap_c_(x)
#define _Pre_bytecap_c_(x)
#define _Pre_cap_x_(x)
#define _Pre_bytecap_x_(x)
#define _Pre_z_cap_(x)
#define _Pre_z_bytecap_(x)
#define _Pre_opt_cap_(x)
#define _Pre_opt_bytecap_(x)
#define _Pre_opt_count_(x)
#define _Pre_opt_bytecount_(x)
#define _Field_size_z_(x)

/* ---- SAL 1 spellings with two sizes ---- */
#define _Out_cap_post_count_(a, b)
#define _Out_bytecap_post_bytecount_(a, b)
#define _Out_cap_m_(a, b)
#define _Out_bytecap_m_(a, b)
#define _Out_opt_cap_post_count_(a, b)
#define _Out_opt_bytecap_post_bytecount_(a, b)
#define _Out_opt_cap_m_(a, b)
#define _Out_opt_bytecap_m_(a, b)
#define _Out_z_cap_post_count_(a, b)
#define _Out_z_bytecap_post_bytecount_(a, b)
#define _Out_z_cap_m_(a, b)
#define _Out_z_bytecap_m_(a, b)
#define _Out_opt_z_cap_post_count_(a, b)
#define _Out_opt_z_bytecap_post_bytecount_(a, b)
#define _Out_opt_z_cap_m_(a, b)
#define _Out_opt_z_bytecap_m_(a, b)
#define _Inout_cap_post_count_(a, b)
#define _Inout_bytecap_post_bytecount_(a, b)
#define _Inout_opt_cap_post_count_(a, b)

/* ---- specstrings.h spellings (__in, __out_bcount, ...) ---- */
#define __in
#define __in_opt
#define __in_nz
#define __in_nz_opt
#define __in_z
#define __in_z_opt
#define __out
#define __out_opt
#define __out_nz
#define __out_nz_opt
#define __out_z
#define __out_z_opt
#define __inout
#define __inout_opt
#define __inout_nz
#define __inout_nz_opt
#define __inout_z
#define __inout_z_opt
#define __deref_out
#define __deref_out_opt
#define __deref_out_nz
#define __deref_out_nz_opt
#define __deref_out_z
#define __deref_out_z_opt
#define __deref_inout
#define __deref_inout_opt
#define __deref_inout_nz
#define __deref_inout_nz_opt
#define __deref_inout_z
#define __deref_inout_z_opt
#define __deref_opt_out
#define __deref_opt_out_opt
#define __deref_opt_out_nz
#define __deref_opt_out_nz_opt
#define __deref_opt_out_z
#define __deref_opt_out_z_opt
#define __deref_opt_inout
#define __deref_opt_inout_opt
#define __deref_opt_inout_nz
#define __deref_opt_inout_nz_opt
#define __deref_opt_inout_z
#define __deref_opt_inout_z_opt
#define __deref_in
#define __deref_in_opt
#define __deref_in_nz
#define __deref_in_nz_opt
#define __deref_in_z
#define __deref_in_z_opt
#define __deref_opt_in
#define __deref_opt_in_opt
#define __deref_opt_in_nz
#define __deref_opt_in_nz_opt
#define __deref_opt_in_z
#define __deref_opt_in_z_opt
#define __deref_out_opt_out
#define __checkReturn
#define __nullterminated
#define __nullnullterminated
#define __possibly_notnullterminated
#define __reserved
#define __callback
#define __format_string
#define __notnull
#define __maybenull
#define __null
#define __readonly
#define __valid
#define __notvalid
#define __post
#define __pre
#define __deref
#define __allocator
#define __override
#define __fallthrough
#define __encoded_pointer
#define __analysis_noreturn
#define __field_nullterminated
#define __user_code
#define __kernel_code
#define __kernel_driver
#define __user_driver
#define __refparam
#define __exceptthat
#define __execeptthat
#define __control_entrypoint_impl
#define __rpc_entry
#define __in_opt_z
#define __out_opt_z
#define __inout_opt_z

/* ---- specstrings.h spellings with one argument ---- */
#define __in_bcount(x)
#define __in_bcount_opt(x)
#define __in_bcount_nz(x)
#define __in_bcount_nz_opt(x)
#define __in_bcount_z(x)
#define __in_bcount_z_opt(x)
#define __in_ecount(x)
#define __in_ecount_opt(x)
#define __in_ecount_nz(x)
#define __in_ecount_nz_opt(x)
#define __in_ecount_z(x)
#define __in_ecount_z_opt(x)
#define __in_xcount(x)
#define __in_xcount_opt(x)
#define __out_bcount(x)
#define __out_bcount_opt(x)
#define __out_bcount_nz(x)
#define __out_bcount_nz_opt(x)
#define __out_bcount_z(x)
#define __out_bcount_z_opt(x)
#define __out_bcount_full(x)
#define __out_bcount_full_opt(x)
#define __out_bcount_full_z(x)
#define __out_bcount_full_z_opt(x)
#define __out_ecount(x)
#define __out_ecount_opt(x)
#define __out_ecount_nz(x)
#define __out_ecount_nz_opt(x)
#define __out_ecount_z(x)
#define __out_ecount_z_opt(x)
#define __out_ecount_full(x)
#define __out_ecount_full_opt(x)
#define __out_ecount_full_z(x)
#define __out_ecount_full_z_opt(x)
#define __out_xcount(x)
#define __out_xcount_opt(x)
#define __inout_bcount(x)
#define __inout_bcount_opt(x)
#define __inout_bcount_nz(x)
#define __inout_bcount_nz_opt(x)
#define __inout_bcount_z(x)
#define __inout_bcount_z_opt(x)
#define __inout_bcount_full(x)
#define __inout_bcount_full_opt(x)
#define __inout_bcount_full_z(x)
#define __inout_bcount_full_z_opt(x)
#define __inout_ecount(x)
#define __inout_ecount_opt(x)
#define __inout_ecount_nz(x)
#define __inout_ecount_nz_opt(x)
#define __inout_ecount_z(x)
#define __inout_ecount_z_opt(x)
#define __inout_ecount_full(x)
#define __inout_ecount_full_opt(x)
#define __inout_ecount_full_z(x)
#define __inout_ecount_full_z_opt(x)
#define __inout_xcount(x)
#define __inout_xcount_opt(x)
#define __deref_out_bcount(x)
#define __deref_out_bcount_opt(x)
#define __deref_out_bcount_nz(x)
#define __deref_out_bcount_nz_opt(x)
#define __deref_out_bcount_z(x)
#define __deref_out_bcount_z_opt(x)
#define __deref_out_bcount_full(x)
#define __deref_out_bcount_full_opt(x)
#define __deref_out_bcount_full_z(x)
#define __deref_out_bcount_full_z_opt(x)
#define __deref_out_ecount(x)
#define __deref_out_ecount_opt(x)
#define __deref_out_ecount_nz(x)
#define __deref_out_ecount_nz_opt(x)
#define __deref_out_ecount_z(x)
#define __deref_out_ecount_z_opt(x)
#define __deref_out_ecount_full(x)
#define __deref_out_ecount_full_opt(x)
#define __deref_out_ecount_full_z(x)
#define __deref_out_ecount_full_z_opt(x)
#define __deref_out_xcount(x)
#define __deref_out_xcount_opt(x)
#define __deref_inout_bcount(x)
#define __deref_inout_bcount_opt(x)
#define __deref_inout_bcount_nz(x)
#define __deref_inout_bcount_nz_opt(x)
#define __deref_inout_bcount_z(x)
#define __deref_inout_bcount_z_opt(x)
#define __deref_inout_bcount_full(x)
#define __deref_inout_bcount_full_opt(x)
#define __deref_inout_bcount_full_z(x)
#define __deref_inout_bcount_full_z_opt(x)
#define __deref_inout_ecount(x)
#define __deref_inout_ecount_opt(x)
#define __deref_inout_ecount_nz(x)
#define __deref_inout_ecount_nz_opt(x)
#define __deref_inout_ecount_z(x)
#define __deref_inout_ecount_z_opt(x)
#define __deref_inout_ecount_full(x)
#define __deref_inout_ecount_full_opt(x)
#define __deref_inout_ecount_full_z(x)
#define __deref_inout_ecount_full_z_opt(x)
#define __deref_inout_xcount(x)
#define __deref_inout_xcount_opt(x)
#define __deref_opt_out_bcount(x)
#define __deref_opt_out_bcount_opt(x)
#define __deref_opt_out_bcount_nz(x)
#define __deref_opt_out_bcount_nz_opt(x)
#define __deref_opt_out_bcount_z(x)
#define __deref_opt_out_bcount_z_opt(x)
#define __deref_opt_out_bcount_full(x)
#define __deref_opt_out_bcount_full_opt(x)
#define __deref_opt_out_bcount_full_z(x)
#define __deref_opt_out_bcount_full_z_opt(x)
#define __deref_opt_out_ecount(x)
#define __deref_opt_out_ecount_opt(x)
#define __deref_opt_out_ecount_nz(x)
#define __deref_opt_out_ecount_nz_opt(x)
#define __deref_opt_out_ecount_z(x)
#define __deref_opt_out_ecount_z_opt(x)
#define __deref_opt_out_ecount_full(x)
#define __deref_opt_out_ecount_full_opt(x)
#define __deref_opt_out_ecount_full_z(x)
#define __deref_opt_out_ecount_full_z_opt(x)
#define __deref_opt_out_xcount(x)
#define __deref_opt_out_xcount_opt(x)
#define __deref_opt_inout_bcount(x)
#define __deref_opt_inout_bcount_opt(x)
#define __deref_opt_inout_bcount_nz(x)
#define __deref_opt_inout_bcount_nz_opt(x)
#define __deref_opt_inout_bcount_z(x)
#define __deref_opt_inout_bcount_z_opt(x)
#define __deref_opt_inout_bcount_full(x)
#define __deref_opt_inout_bcount_full_opt(x)
#define __deref_opt_inout_bcount_full_z(x)
#define __deref_opt_inout_bcount_full_z_opt(x)
#define __deref_opt_inout_ecount(x)
#define __deref_opt_inout_ecount_opt(x)
#define __deref_opt_inout_ecount_nz(x)
#define __deref_opt_inout_ecount_nz_opt(x)
#define __deref_opt_inout_ecount_z(x)
#define __deref_opt_inout_ecount_z_opt(x)
#define __deref_opt_inout_ecount_full(x)
#define __deref_opt_inout_ecount_full_opt(x)
#define __deref_opt_inout_ecount_full_z(x)
#define __deref_opt_inout_ecount_full_z_opt(x)
#define __deref_opt_inout_xcount(x)
#define __deref_opt_inout_xcount_opt(x)
#define __deref_in_bcount(x)
#define __deref_in_bcount_opt(x)
#define __deref_in_bcount_nz(x)
#define __deref_in_bcount_nz_opt(x)
#define __deref_in_bcount_z(x)
#define __deref_in_bcount_z_opt(x)
#define __deref_in_ecount(x)
#define __deref_in_ecount_opt(x)
#define __deref_in_ecount_nz(x)
#define __deref_in_ecount_nz_opt(x)
#define __deref_in_ecount_z(x)
#define __deref_in_ecount_z_opt(x)
#define __deref_in_xcount(x)
#define __deref_in_xcount_opt(x)
#define __deref_opt_in_bcount(x)
#define __deref_opt_in_bcount_opt(x)
#define __deref_opt_in_bcount_nz(x)
#define __deref_opt_in_bcount_nz_opt(x)
#define __deref_opt_in_bcount_z(x)
#define __deref_opt_in_bcount_z_opt(x)
#define __deref_opt_in_ecount(x)
#define __deref_opt_in_ecount_opt(x)
#define __deref_opt_in_ecount_nz(x)
#define __deref_opt_in_ecount_nz_opt(x)
#define __deref_opt_in_ecount_z(x)
#define __deref_opt_in_ecount_z_opt(x)
#define __deref_opt_in_xcount(x)
#define __deref_opt_in_xcount_opt(x)
#define __bcount(x)
#define __ecount(x)
#define __bcount_opt(x)
#define __ecount_opt(x)
#define __deref_bcount(x)
#define __deref_ecount(x)
#define __deref_bcount_opt(x)
#define __deref_ecount_opt(x)
#define __deref_opt_bcount(x)
#define __deref_opt_ecount(x)
#define __deref_opt_bcount_opt(x)
#define __deref_opt_ecount_opt(x)
#define __success(x)
#define __typefix(x)
#define __analysis_assume(x)
#define __analysis_assert(x)
#define __control_entrypoint(x)
#define __on_failure(x)
#define __field_ecount(x)
#define __field_bcount(x)
#define __field_ecount_opt(x)
#define __field_bcount_opt(x)
#define __field_ecount_full(x)
#define __field_bcount_full(x)
#define __field_ecount_full_opt(x)
#define __field_bcount_full_opt(x)
#define __field_xcount(x)
#define __inexpressible_readableTo(x)
#define __inexpressible_writableTo(x)
#define __out_has_type_adt_props(x)
#define __requires_lock_held(x)
#define __acquires_lock(x)
#define __releases_lock(x)
#define __out_data_source(x)
#define __in_data_source(x)
#define __this_out_data_source(x)
#define __declspec_uuid(x)

/* ---- specstrings.h spellings with two arguments ---- */
#define __in_awcount(a, b)
#define __out_bcount_part(a, b)
#define __out_bcount_part_opt(a, b)
#define __out_bcount_part_z(a, b)
#define __out_bcount_part_z_opt(a, b)
#define __out_ecount_part(a, b)
#define __out_ecount_part_opt(a, b)
#define __out_ecount_part_z(a, b)
#define __out_ecount_part_z_opt(a, b)
#define __out_awcount(a, b)
#define __inout_bcount_part(a, b)
#define __inout_bcount_part_opt(a, b)
#define __inout_bcount_part_z(a, b)
#define __inout_bcount_part_z_opt(a, b)
#define __inout_ecount_part(a, b)
#define __inout_ecount_part_opt(a, b)
#define __inout_ecount_part_z(a, b)
#define __inout_ecount_part_z_opt(a, b)
#define __inout_awcount(a, b)
#define __deref_out_bcount_part(a, b)
#define __deref_out_bcount_part_opt(a, b)
#define __deref_out_bcount_part_z(a, b)
#define __deref_out_bcount_part_z_opt(a, b)
#define __deref_out_ecount_part(a, b)
#define __deref_out_ecount_part_opt(a, b)
#define __deref_out_ecount_part_z(a, b)
#define __deref_out_ecount_part_z_opt(a, b)
#define __deref_out_awcount(a, b)
#define __deref_inout_bcount_part(a, b)
#define __deref_inout_bcount_part_opt(a, b)
#define __deref_inout_bcount_part_z(a, b)
#define __deref_inout_bcount_part_z_opt(a, b)
#define __deref_inout_ecount_part(a, b)
#define __deref_inout_ecount_part_opt(a, b)
#define __deref_inout_ecount_part_z(a, b)
#define __deref_inout_ecount_part_z_opt(a, b)
#define __deref_inout_awcount(a, b)
#define __deref_opt_out_bcount_part(a, b)
#define __deref_opt_out_bcount_part_opt(a, b)
#define __deref_opt_out_bcount_part_z(a, b)
#define __deref_opt_out_bcount_part_z_opt(a, b)
#define __deref_opt_out_ecount_part(a, b)
#define __deref_opt_out_ecount_part_opt(a, b)
#define __deref_opt_out_ecount_part_z(a, b)
#define __deref_opt_out_ecount_part_z_opt(a, b)
#define __deref_opt_out_awcount(a, b)
#define __deref_opt_inout_bcount_part(a, b)
#define __deref_opt_inout_bcount_part_opt(a, b)
#define __deref_opt_inout_bcount_part_z(a, b)
#define __deref_opt_inout_bcount_part_z_opt(a, b)
#define __deref_opt_inout_ecount_part(a, b)
#define __deref_opt_inout_ecount_part_opt(a, b)
#define __deref_opt_inout_ecount_part_z(a, b)
#define __deref_opt_inout_ecount_part_z_opt(a, b)
#define __deref_opt_inout_awcount(a, b)
#define __deref_in_awcount(a, b)
#define __deref_opt_in_awcount(a, b)
#define __range(a, b)
#define __in_range(a, b)
#define __out_range(a, b)
#define __deref_in_range(a, b)
#define __deref_out_range(a, b)
#define __deref_inout_range(a, b)
#define __field_range(a, b)
#define __field_ecount_part(a, b)
#define __field_bcount_part(a, b)
#define __field_ecount_part_opt(a, b)
#define __field_bcount_part_opt(a, b)

/* ---- driverspecs.h __drv_ annotations ---- */
#define __drv_aliasesMem
#define __drv_inTry
#define __drv_notInTry
#define __drv_savesIRQL
#define __drv_restoresIRQL
#define __drv_sameIRQL
#define __drv_useCancelIRQL
#define __drv_isCancelIRQL
#define __drv_dispatchType_other
#define __drv_acquiresCancelSpinLock
#define __drv_releasesCancelSpinLock
#define __drv_acquiresCriticalRegion
#define __drv_releasesCriticalRegion
#define __drv_acquiresPriorityRegion
#define __drv_releasesPriorityRegion
#define __drv_mustHoldCriticalRegion
#define __drv_mustHoldPriorityRegion
#define __drv_mustHoldCancelSpinLock
#define __drv_neverHoldCancelSpinLock
#define __drv_floatUsed
#define __drv_floatSaved
#define __drv_floatRestored
#define __drv_interlocked
#define __drv_nonConstant
#define __drv_constant
#define __drv_isObjectPointer
#define __drv_notPointer
#define __drv_WDMDDK
#define __drv_KMDF
#define __drv_bridgeDispatch
#define __drv_typeConst
#define __drv_typeCond
#define __drv_typeBitset
#define __drv_typeExpr
#define __drv_IoGetDmaAdapter
#define __drv_clearDoInit_yes
#define __drv_nop

/* ---- driverspecs.h __drv_ annotations with one argument ---- */
#define __drv_allocatesMem(x)
#define __drv_freesMem(x)
#define __drv_in(x)
#define __drv_out(x)
#define __drv_maxIRQL(x)
#define __drv_minIRQL(x)
#define __drv_setsIRQL(x)
#define __drv_requiresIRQL(x)
#define __drv_raisesIRQL(x)
#define __drv_clearDoInit(x)
#define __drv_dispatchType(x)
#define __drv_functionClass(x)
#define __drv_acquiresResource(x)
#define __drv_releasesResource(x)
#define __drv_mustHold(x)
#define __drv_neverHold(x)
#define __drv_valueIs(x)
#define __drv_strictTypeMatch(x)
#define __drv_reportError(x)
#define __drv_formatString(x)
#define __drv_Mode_impl(x)
#define __drv_declspec(x)
#define __drv_deref(x)
#define __drv_unit(x)
#define __drv_maxFunctionIRQL(x)
#define __drv_minFunctionIRQL(x)
#define __drv_completionType(x)
#define __drv_callbackType(x)
#define __drv_defined(x)
#define __drv_out_deref(x)
#define __drv_in_deref(x)
#define __drv_acquiresExclusiveResource(x)
#define __drv_releasesExclusiveResource(x)
#define __drv_fun(x)
#define __drv_ret(x)
#define __drv_IRQL(x)
#define __drv_innerAcquiresGlobal(x)
#define __drv_innerReleasesGlobal(x)

/* ---- driverspecs.h __drv_ annotations with two arguments ---- */
#define __drv_arg(a, b)
#define __drv_at(a, b)
#define __drv_when(a, b)
#define __drv_savesIRQLGlobal(a, b)
#define __drv_restoresIRQLGlobal(a, b)
#define __drv_strictType(a, b)
#define __drv_preferredFunction(a, b)
#define __drv_innerMustHoldGlobal(a, b)
#define __drv_innerNeverHoldGlobal(a, b)
#define __drv_mustHoldGlobal(a, b)
#define __drv_neverHoldGlobal(a, b)
#define __drv_acquiresResourceGlobal(a, b)
#define __drv_releasesResourceGlobal(a, b)
#define __drv_acquiresExclusiveResourceGlobal(a, b)
#define __drv_releasesExclusiveResourceGlobal(a, b)

/* ---- rpcsal.h annotations ---- */
#define __RPC__in
#define __RPC__in_opt
#define __RPC__in_string
#define __RPC__in_opt_string
#define __RPC__out
#define __RPC__inout
#define __RPC__inout_opt
#define __RPC__inout_string
#define __RPC__deref_out
#define __RPC__deref_out_opt
#define __RPC__deref_out_string
#define __RPC__deref_out_opt_string
#define __RPC__deref_opt_out
#define __RPC__deref_opt_out_opt
#define __RPC__deref_inout
#define __RPC__deref_inout_opt
#define __RPC__deref_opt_inout
#define __RPC__deref_opt_inout_opt
#define __RPC__deref_in
#define __RPC__deref_in_opt
#define __RPC_unique_pointer
#define __RPC_string
#define __RPC__deref_inout_string
#define __RPC__deref_opt_inout_string

/* ---- rpcsal.h annotations with one argument ---- */
#define __RPC__in_ecount(x)
#define __RPC__in_ecount_opt(x)
#define __RPC__in_ecount_full(x)
#define __RPC__in_ecount_full_opt(x)
#define __RPC__in_ecount_full_string(x)
#define __RPC__in_ecount_full_opt_string(x)
#define __RPC__in_xcount(x)
#define __RPC__in_xcount_opt(x)
#define __RPC__in_xcount_full(x)
#define __RPC__in_xcount_full_opt(x)
#define __RPC__in_xcount_full_string(x)
#define __RPC__in_xcount_full_opt_string(x)
#define __RPC__out_ecount(x)
#define __RPC__out_ecount_opt(x)
#define __RPC__out_ecount_full(x)
#define __RPC__out_ecount_full_opt(x)
#define __RPC__out_ecount_full_string(x)
#define __RPC__out_ecount_full_opt_string(x)
#define __RPC__out_xcount(x)
#define __RPC__out_xcount_opt(x)
#define __RPC__out_xcount_full(x)
#define __RPC__out_xcount_full_opt(x)
#define __RPC__out_xcount_full_string(x)
#define __RPC__out_xcount_full_opt_string(x)
#define __RPC__inout_ecount(x)
#define __RPC__inout_ecount_opt(x)
#define __RPC__inout_ecount_full(x)
#define __RPC__inout_ecount_full_opt(x)
#define __RPC__inout_ecount_full_string(x)
#define __RPC__inout_ecount_full_opt_string(x)
#define __RPC__inout_xcount(x)
#define __RPC__inout_xcount_opt(x)
#define __RPC__inout_xcount_full(x)
#define __RPC__inout_xcount_full_opt(x)
#define __RPC__inout_xcount_full_string(x)
#define __RPC__inout_xcount_full_opt_string(x)
#define __RPC__deref_out_ecount(x)
#define __RPC__deref_out_ecount_opt(x)
#define __RPC__deref_out_ecount_full(x)
#define __RPC__deref_out_ecount_full_opt(x)
#define __RPC__deref_out_ecount_full_string(x)
#define __RPC__deref_out_ecount_full_opt_string(x)
#define __RPC__deref_out_xcount(x)
#define __RPC__deref_out_xcount_opt(x)
#define __RPC__deref_out_xcount_full(x)
#define __RPC__deref_out_xcount_full_opt(x)
#define __RPC__deref_out_xcount_full_string(x)
#define __RPC__deref_out_xcount_full_opt_string(x)
#define __RPC__deref_inout_ecount(x)
#define __RPC__deref_inout_ecount_opt(x)
#define __RPC__deref_inout_ecount_full(x)
#define __RPC__deref_inout_ecount_full_opt(x)
#define __RPC__deref_inout_ecount_full_string(x)
#define __RPC__deref_inout_ecount_full_opt_string(x)
#define __RPC__deref_inout_xcount(x)
#define __RPC__deref_inout_xcount_opt(x)
#define __RPC__deref_inout_xcount_full(x)
#define __RPC__deref_inout_xcount_full_opt(x)
#define __RPC__deref_inout_xcount_full_string(x)
#define __RPC__deref_inout_xcount_full_opt_string(x)
#define __RPC__deref_in_ecount(x)
#define __RPC__deref_in_ecount_opt(x)
#define __RPC__deref_in_ecount_full(x)
#define __RPC__deref_in_ecount_full_opt(x)
#define __RPC__deref_in_ecount_full_string(x)
#define __RPC__deref_in_ecount_full_opt_string(x)
#define __RPC__deref_in_xcount(x)
#define __RPC__deref_in_xcount_opt(x)
#define __RPC__deref_in_xcount_full(x)
#define __RPC__deref_in_xcount_full_opt(x)
#define __RPC__deref_in_xcount_full_string(x)
#define __RPC__deref_in_xcount_full_opt_string(x)
#define __RPC__deref_opt_out_ecount(x)
#define __RPC__deref_opt_out_ecount_opt(x)
#define __RPC__deref_opt_out_ecount_full(x)
#define __RPC__deref_opt_out_ecount_full_opt(x)
#define __RPC__deref_opt_out_ecount_full_string(x)
#define __RPC__deref_opt_out_ecount_full_opt_string(x)
#define __RPC__deref_opt_out_xcount(x)
#define __RPC__deref_opt_out_xcount_opt(x)
#define __RPC__deref_opt_out_xcount_full(x)
#define __RPC__deref_opt_out_xcount_full_opt(x)
#define __RPC__deref_opt_out_xcount_full_string(x)
#define __RPC__deref_opt_out_xcount_full_opt_string(x)
#define __RPC__deref_opt_inout_ecount(x)
#define __RPC__deref_opt_inout_ecount_opt(x)
#define __RPC__deref_opt_inout_ecount_full(x)
#define __RPC__deref_opt_inout_ecount_full_opt(x)
#define __RPC__deref_opt_inout_ecount_full_string(x)
#define __RPC__deref_opt_inout_ecount_full_opt_string(x)
#define __RPC__deref_opt_inout_xcount(x)
#define __RPC__deref_opt_inout_xcount_opt(x)
#define __RPC__deref_opt_inout_xcount_full(x)
#define __RPC__deref_opt_inout_xcount_full_opt(x)
#define __RPC__deref_opt_inout_xcount_full_string(x)
#define __RPC__deref_opt_inout_xcount_full_opt_string(x)

/* ---- rpcsal.h annotations with two arguments ---- */
#define __RPC__out_ecount_part(a, b)
#define __RPC__out_ecount_part_opt(a, b)
#define __RPC__out_xcount_part(a, b)
#define __RPC__out_xcount_part_opt(a, b)
#define __RPC__inout_ecount_part(a, b)
#define __RPC__inout_ecount_part_opt(a, b)
#define __RPC__inout_xcount_part(a, b)
#define __RPC__inout_xcount_part_opt(a, b)
#define __RPC__in_ecount_part(a, b)
#define __RPC__in_ecount_part_opt(a, b)
#define __RPC__in_xcount_part(a, b)
#define __RPC__in_xcount_part_opt(a, b)
#define __RPC__deref_out_ecount_part(a, b)
#define __RPC__deref_out_ecount_part_opt(a, b)
#define __RPC__deref_out_xcount_part(a, b)
#define __RPC__deref_out_xcount_part_opt(a, b)
#define __RPC__deref_inout_ecount_part(a, b)
#define __RPC__deref_inout_ecount_part_opt(a, b)
#define __RPC__deref_inout_xcount_part(a, b)
#define __RPC__deref_inout_xcount_part_opt(a, b)
#define __RPC__deref_opt_out_ecount_part(a, b)
#define __RPC__deref_opt_out_ecount_part_opt(a, b)
#define __RPC__deref_opt_out_xcount_part(a, b)
#define __RPC__deref_opt_out_xcount_part_opt(a, b)
#define __RPC__deref_opt_inout_ecount_part(a, b)
#define __RPC__deref_opt_inout_ecount_part_opt(a, b)
#define __RPC__deref_opt_inout_xcount_part(a, b)
#define __RPC__deref_opt_inout_xcount_part_opt(a, b)
#define __RPC__in_range(a, b)
