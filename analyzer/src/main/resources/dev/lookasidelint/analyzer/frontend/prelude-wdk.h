/*
 * lookaside-lint stand-in for the WDK headers: read as a macro file (like -imacros) before every source
 * when the real WDK headers are not given. It only defines macros, so it adds no declarations and no
 * lines to the file: SAL and driver annotations, calling-convention words, and the declaration macros
 * whose expansion the parser needs to see a declaration at all.
 */

/* ---- SAL 2 parameter and return annotations (object-like) ---- */
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
#define _Outptr_result_nullonfailure_
#define _Outptr_opt_result_nullonfailure_
#define _Outptr_result_z_
#define _COM_Outptr_
#define _COM_Outptr_opt_
#define _COM_Outptr_result_maybenull_
#define _Ret_
#define _Ret_z_
#define _Ret_maybenull_
#define _Ret_notnull_
#define _Ret_null_
#define _Ret_maybenull_z_
#define _Result_nullonfailure_
#define _Result_zeroonfailure_
#define _Must_inspect_result_
#define _Check_return_
#define _Use_decl_annotations_
#define _Null_terminated_
#define _NullNull_terminated_
#define _Notnull_
#define _Maybenull_
#define _Null_
#define _Pre_notnull_
#define _Pre_maybenull_
#define _Pre_null_
#define _Pre_valid_
#define _Pre_opt_valid_
#define _Pre_z_
#define _Post_notnull_
#define _Post_maybenull_
#define _Post_null_
#define _Post_valid_
#define _Post_invalid_
#define _Post_ptr_invalid_
#define _Post_z_
#define _Post_maybez_
#define _Deref_out_
#define _Deref_out_opt_
#define _Deref_out_z_
#define _Deref_in_
#define _Deref_inout_
#define _Deref_pre_z_
#define _Deref_post_z_
#define _Deref_post_null_
#define _Deref_post_maybenull_
#define _Deref_ret_z_
#define _Printf_format_string_
#define _Scanf_format_string_
#define _Printf_format_string_params_(x)
#define _Frees_ptr_
#define _Frees_ptr_opt_
#define _Reserved_
#define _Const_
#define _Field_z_
#define _Kernel_float_saved_
#define _Kernel_float_restored_
#define _Kernel_float_used_
#define _Kernel_clear_do_init_(x)
#define _Kernel_requires_resource_held_(x)
#define _Kernel_requires_resource_not_held_(x)
#define _Kernel_acquires_resource_(x)
#define _Kernel_releases_resource_(x)
#define _Kernel_IoGetDmaAdapter_
#define _Analysis_noreturn_
#define _Analysis_assume_(x)
#define _Analysis_assume_nullterminated_(x)
#define _Analysis_mode_(x)
#define _Analysis_suppress_lock_checking_(x)
#define _Interlocked_operand_
#define _Points_to_data_
#define _Literal_
#define _Notliteral_
#define _Strict_type_match_
#define _Raises_SEH_exception_
#define _Maybe_raises_SEH_exception_
#define _Function_ignore_lock_checking_(x)
#define _No_competing_thread_
#define _No_competing_thread_begin_
#define _No_competing_thread_end_
#define _Benign_race_begin_
#define _Benign_race_end_
#define _Requires_no_locks_held_
#define _Post_same_lock_(a, b)
#define _Lock_level_order_(a, b)
#define _Create_lock_level_(x)
#define _Has_lock_kind_(x)
#define _Has_lock_level_(x)
#define _Guarded_by_(x)
#define _Write_guarded_by_(x)
#define _Interlocked_
#define _Requires_lock_held_(x)
#define _Requires_lock_not_held_(x)
#define _Requires_exclusive_lock_held_(x)
#define _Requires_shared_lock_held_(x)
#define _Acquires_lock_(x)
#define _Acquires_exclusive_lock_(x)
#define _Acquires_shared_lock_(x)
#define _Releases_lock_(x)
#define _Releases_exclusive_lock_(x)
#define _Releases_shared_lock_(x)
#define _Acquires_nonreentrant_lock_(x)
#define _Releases_nonreentrant_lock_(x)
#define _Requires_lock_held_(x)
#define _Pre_satisfies_(x)
#define _Post_satisfies_(x)
#define _Satisfies_(x)
#define _Success_(x)
#define _Return_type_success_(x)
#define _On_failure_(x)
#define _Always_(x)
#define _Group_(x)
#define _At_(a, b)
#define _At_buffer_(a, b, c, d)
#define _When_(a, b)
#define _Pre_(x)
#define _Post_(x)
#define _Deref_pre_(x)
#define _Deref_post_(x)
#define _Field_range_(a, b)
#define _In_range_(a, b)
#define _Out_range_(a, b)
#define _Ret_range_(a, b)
#define _Pre_equal_to_(x)
#define _Post_equal_to_(x)
#define _Unchanged_(x)
#define _Struct_size_bytes_(x)
#define _Field_size_(x)
#define _Field_size_opt_(x)
#define _Field_size_part_(a, b)
#define _Field_size_part_opt_(a, b)
#define _Field_size_full_(x)
#define _Field_size_full_opt_(x)
#define _Field_size_bytes_(x)
#define _Field_size_bytes_opt_(x)
#define _Field_size_bytes_part_(a, b)
#define _Field_size_bytes_part_opt_(a, b)
#define _Field_size_bytes_full_(x)
#define _Field_size_bytes_full_opt_(x)
#define _Field_z_
#define _Function_class_(x)
#define _Dispatch_type_(x)
#define _Must_inspect_result_
#define _Requires_lock_held_(x)
#define _Inexpressible_(x)
#define _Null_terminated_
#define _Readable_bytes_(x)
#define _Readable_elements_(x)
#define _Writable_bytes_(x)
#define _Writable_elements_(x)
#define _Post_readable_byte_size_(x)
#define _Post_writable_byte_size_(x)
#define _Post_readable_size_(x)
#define _Post_writable_size_(x)
#define _Pre_readable_byte_size_(x)
#define _Pre_writable_byte_size_(x)
#define _Pre_readable_size_(x)
#define _Pre_writable_size_(x)
#define _Ret_writes_(x)
#define _Ret_writes_z_(x)
#define _Ret_writes_bytes_(x)
#define _Ret_writes_maybenull_(x)
#define _Ret_writes_bytes_maybenull_(x)
#define _Ret_writes_to_(a, b)
#define _Ret_writes_bytes_to_(a, b)
#define _In_reads_(x)
#define _In_reads_opt_(x)
#define _In_reads_z_(x)
#define _In_reads_opt_z_(x)
#define _In_reads_or_z_(x)
#define _In_reads_bytes_(x)
#define _In_reads_bytes_opt_(x)
#define _In_reads_to_ptr_(x)
#define _In_reads_to_ptr_opt_(x)
#define _Out_writes_(x)
#define _Out_writes_opt_(x)
#define _Out_writes_z_(x)
#define _Out_writes_opt_z_(x)
#define _Out_writes_bytes_(x)
#define _Out_writes_bytes_opt_(x)
#define _Out_writes_to_(a, b)
#define _Out_writes_to_opt_(a, b)
#define _Out_writes_all_(x)
#define _Out_writes_all_opt_(x)
#define _Out_writes_bytes_to_(a, b)
#define _Out_writes_bytes_to_opt_(a, b)
#define _Out_writes_bytes_all_(x)
#define _Out_writes_bytes_all_opt_(x)
#define _Out_writes_to_ptr_(x)
#define _Out_writes_to_ptr_opt_(x)
#define _Out_writes_to_ptr_z_(x)
#define _Inout_updates_(x)
#define _Inout_updates_opt_(x)
#define _Inout_updates_z_(x)
#define _Inout_updates_opt_z_(x)
#define _Inout_updates_to_(a, b)
#define _Inout_updates_to_opt_(a, b)
#define _Inout_updates_all_(x)
#define _Inout_updates_all_opt_(x)
#define _Inout_updates_bytes_(x)
#define _Inout_updates_bytes_opt_(x)
#define _Inout_updates_bytes_to_(a, b)
#define _Inout_updates_bytes_to_opt_(a, b)
#define _Inout_updates_bytes_all_(x)
#define _Inout_updates_bytes_all_opt_(x)
#define _Outptr_result_buffer_(x)
#define _Outptr_result_buffer_maybenull_(x)
#define _Outptr_opt_result_buffer_(x)
#define _Outptr_opt_result_buffer_maybenull_(x)
#define _Outptr_result_buffer_to_(a, b)
#define _Outptr_result_bytebuffer_(x)
#define _Outptr_result_bytebuffer_maybenull_(x)
#define _Outptr_opt_result_bytebuffer_(x)
#define _Outptr_opt_result_bytebuffer_maybenull_(x)
#define _Outptr_result_bytebuffer_to_(a, b)
#define _Outptr_result_buffer_all_(x)
#define _Outptr_result_buffer_all_maybenull_(x)
#define _Deref_out_range_(a, b)
#define _Deref_in_range_(a, b)
#define _Deref_inout_range_(a, b)
#define _Deref_pre_readonly_
#define _Deref_post_valid_
#define _Pre_defensive_
#define _Post_defensive_
#define _In_defensive_(x)
#define _Out_defensive_(x)
#define _Inout_defensive_(x)
#define _Check_return_opt_
#define _CRT_SAL_ANNOTATION_
#define _Ret_opt_
#define _Ret_valid_
#define _Ret_opt_valid_
#define _Out_z_cap_(x)
#define _In_count_(x)
#define _In_opt_count_(x)
#define _In_bytecount_(x)
#define _In_opt_bytecount_(x)
#define _Out_cap_(x)
#define _Out_opt_cap_(x)
#define _Out_bytecap_(x)
#define _Out_opt_bytecap_(x)
#define _Inout_cap_(x)
#define _Inout_bytecap_(x)
#define _Inout_count_(x)
#define _Inout_bytecount_(x)
#define _Deref_out_bcount_(x)
#define _Ret_bytecap_(x)

/* ---- IRQL, driver and legacy annotations (driverspecs.h, kernelspecs.h) ---- */
#define _IRQL_requires_(x)
#define _IRQL_requires_max_(x)
#define _IRQL_requires_min_(x)
#define _IRQL_raises_(x)
#define _IRQL_saves_
#define _IRQL_restores_
#define _IRQL_saves_global_(a, b)
#define _IRQL_restores_global_(a, b)
#define _IRQL_always_function_min_(x)
#define _IRQL_always_function_max_(x)
#define _IRQL_requires_same_
#define _IRQL_uses_cancel_
#define _IRQL_is_cancel_
#define _IRQL_limited_to_(x)
#define _Kernel_requires_resource_held_(x)
#define _Kernel_acquires_resource_(x)
#define _Kernel_releases_resource_(x)
#define _Function_class_(x)
#define _Dispatch_type_(x)
#define _Requires_lock_held_(x)
#define _Releases_lock_(x)
#define __drv_aliasesMem
#define __drv_allocatesMem(x)
#define __drv_freesMem(x)
#define __drv_arg(a, b)
#define __drv_at(a, b)
#define __drv_when(a, b)
#define __drv_in(x)
#define __drv_out(x)
#define __drv_inTry
#define __drv_notInTry
#define __drv_maxIRQL(x)
#define __drv_minIRQL(x)
#define __drv_setsIRQL(x)
#define __drv_requiresIRQL(x)
#define __drv_raisesIRQL(x)
#define __drv_savesIRQL
#define __drv_restoresIRQL
#define __drv_savesIRQLGlobal(a, b)
#define __drv_restoresIRQLGlobal(a, b)
#define __drv_sameIRQL
#define __drv_useCancelIRQL
#define __drv_isCancelIRQL
#define __drv_clearDoInit(x)
#define __drv_dispatchType(x)
#define __drv_dispatchType_other
#define __drv_functionClass(x)
#define __drv_acquiresResource(x)
#define __drv_releasesResource(x)
#define __drv_acquiresCancelSpinLock
#define __drv_releasesCancelSpinLock
#define __drv_mustHold(x)
#define __drv_neverHold(x)
#define __drv_valueIs(x)
#define __drv_strictTypeMatch(x)
#define __drv_strictType(a, b)
#define __drv_preferredFunction(a, b)
#define __drv_reportError(x)
#define __drv_floatUsed
#define __drv_floatSaved
#define __drv_floatRestored
#define __drv_interlocked
#define __drv_nonConstant
#define __drv_constant
#define __drv_isObjectPointer
#define __drv_innerMustHoldGlobal(a, b)
#define __drv_innerNeverHoldGlobal(a, b)
#define __drv_mustHoldGlobal(a, b)
#define __drv_neverHoldGlobal(a, b)
#define __drv_acquiresExclusiveResource(x)
#define __drv_releasesExclusiveResource(x)
#define __drv_acquiresResourceGlobal(a, b)
#define __drv_releasesResourceGlobal(a, b)
#define __drv_requiresIRQL(x)
#define __drv_formatString(x)
#define __drv_Mode_impl(x)
#define __drv_WDMDDK
#define __drv_KMDF
#define __drv_declspec(x)
#define __drv_deref(x)
#define __drv_unit(x)
#define __drv_maxFunctionIRQL(x)
#define __drv_minFunctionIRQL(x)
#define __drv_bridgeDispatch
#define __drv_completionType(x)
#define __drv_callbackType(x)
#define __drv_defined(x)
#define __drv_out_deref(x)
#define __drv_in_deref(x)
#define __drv_freesMem(x)
#define __drv_allocatesMem(x)
#define __drv_aliasesMem
#define __drv_nonConstant
#define __drv_inTry
#define __in
#define __in_opt
#define __out
#define __out_opt
#define __inout
#define __inout_opt
#define __in_z
#define __in_opt_z
#define __out_z
#define __deref_out
#define __deref_out_opt
#define __deref_inout
#define __deref_opt_out
#define __in_ecount(x)
#define __in_bcount(x)
#define __in_ecount_opt(x)
#define __in_bcount_opt(x)
#define __out_ecount(x)
#define __out_bcount(x)
#define __out_ecount_opt(x)
#define __out_bcount_opt(x)
#define __out_bcount_part(a, b)
#define __out_ecount_part(a, b)
#define __out_bcount_full(x)
#define __out_ecount_full(x)
#define __inout_ecount(x)
#define __inout_bcount(x)
#define __inout_bcount_opt(x)
#define __inout_ecount_opt(x)
#define __field_ecount(x)
#define __field_bcount(x)
#define __field_ecount_opt(x)
#define __field_bcount_opt(x)
#define __checkReturn
#define __success(x)
#define __nullterminated
#define __reserved
#define __callback
#define __format_string
#define __notnull
#define __maybenull
#define __bcount(x)
#define __ecount(x)
#define __range(a, b)
#define __typefix(x)
#define __analysis_assume(x)
#define __assume(x)
#define __post
#define __pre
#define __deref
#define __allocator
#define __out_xcount(x)
#define __in_xcount(x)
#define __inout_xcount(x)
#define IN
#define OUT
#define OPTIONAL
#define UNALIGNED
#define RESTRICTED_POINTER
#define CONST const
#define NTAPI
#define NTKERNELAPI
#define NTSYSAPI
#define NTHALAPI
#define NDIS_API
#define WINAPI
#define APIENTRY
#define CALLBACK
#define STDMETHODCALLTYPE
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
#define EXTERN_C extern
#ifdef __cplusplus
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#define EXTERN_C_START
#define EXTERN_C_END
#endif
#define INITCODE
#define PAGEDCODE
#define LOCKEDCODE
#define FORCEINLINE inline
#define PAGED_CODE()
#define PAGED_CODE_LOCKED()
#define INIT_CODE()
#define UNREFERENCED_PARAMETER(x) ((void)(x))
#define DBG_UNREFERENCED_PARAMETER(x) ((void)(x))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(x) ((void)(x))

/* ---- WDF declaration macros: written without a trailing semicolon at file scope, so they bring their own ---- */
#define WDF_DECLARE_CONTEXT_TYPE(T) T * WdfObjectGet_##T(void *Handle);
#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(T, Get) T * Get(void *Handle);
#define WDF_DECLARE_TYPED_CONTEXT_TYPE_WITH_NAME(T, Get, C) T * Get(void *Handle);
#define WDF_DECLARE_SHARED_CONTEXT_TYPE_WITH_NAME(T, Get) T * Get(void *Handle);
#define DECLARE_CONST_UNICODE_STRING(n, s) const UNICODE_STRING n = { 0, 0, 0 }
#define DECLARE_UNICODE_STRING_SIZE(n, s) UNICODE_STRING n
#define DECLARE_GLOBAL_CONST_UNICODE_STRING(n, s) const UNICODE_STRING n = { 0, 0, 0 }
#define DEFINE_GUID(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) extern const GUID n
#define C_ASSERT(e) typedef char __C_ASSERT__[(e) ? 1 : -1]
#define NT_ASSERT(e) ((void)0)
#define NT_ASSERTMSG(m, e) ((void)0)
#define NT_VERIFY(e) (e)

