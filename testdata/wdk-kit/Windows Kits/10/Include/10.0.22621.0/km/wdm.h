/* lookaside-lint test kit: the parts of wdm.h that its tests use, spelled as the real header spells
   them: DDIs that are macros over other functions (ExFreePool, KeRaiseIrql), lookaside DDIs that are
   inline functions with bodies, IRP major codes as hexadecimal literals. */
#pragma once
#include <ntdef.h>
#include <ntstatus.h>

typedef UCHAR KIRQL, *PKIRQL;
#define PASSIVE_LEVEL 0
#define DISPATCH_LEVEL 2

#define IRP_MJ_CREATE 0x00
#define IRP_MJ_CLOSE 0x02

typedef enum _POOL_TYPE { NonPagedPool, PagedPool, NonPagedPoolNx = 512 } POOL_TYPE;

KIRQL KfRaiseIrql(_In_ KIRQL NewIrql);
VOID KfLowerIrql(_In_ KIRQL NewIrql);
#define KeRaiseIrql(a,b) *(b) = KfRaiseIrql(a)
#define KeLowerIrql(a) KfLowerIrql(a)

VOID ExFreePoolWithTag(_In_ PVOID P, _In_ ULONG Tag);
#define ExFreePool(a) ExFreePoolWithTag (a,0)

typedef struct _GENERAL_LOOKASIDE {
    LIST_ENTRY ListEntry;
    ULONG Size;
    ULONG Tag;
} GENERAL_LOOKASIDE;
typedef struct _NPAGED_LOOKASIDE_LIST { GENERAL_LOOKASIDE L; } NPAGED_LOOKASIDE_LIST, *PNPAGED_LOOKASIDE_LIST;
typedef struct _PAGED_LOOKASIDE_LIST { GENERAL_LOOKASIDE L; } PAGED_LOOKASIDE_LIST, *PPAGED_LOOKASIDE_LIST;

PVOID ExAllocateFromListInternal(_Inout_ GENERAL_LOOKASIDE *Lookaside);
VOID ExFreeToListInternal(_Inout_ GENERAL_LOOKASIDE *Lookaside, _In_ PVOID Entry);

VOID ExInitializeNPagedLookasideList(_Out_ PNPAGED_LOOKASIDE_LIST Lookaside, _In_opt_ PVOID Allocate,
    _In_opt_ PVOID Free, _In_ ULONG Flags, _In_ SIZE_T Size, _In_ ULONG Tag, _In_ USHORT Depth);
VOID ExDeleteNPagedLookasideList(_Inout_ PNPAGED_LOOKASIDE_LIST Lookaside);

FORCEINLINE PVOID ExAllocateFromNPagedLookasideList(_Inout_ PNPAGED_LOOKASIDE_LIST Lookaside)
{
    return ExAllocateFromListInternal(&Lookaside->L);
}

FORCEINLINE VOID ExFreeToNPagedLookasideList(_Inout_ PNPAGED_LOOKASIDE_LIST Lookaside, _In_ PVOID Entry)
{
    ExFreeToListInternal(&Lookaside->L, Entry);
}

VOID ExInitializePagedLookasideList(_Out_ PPAGED_LOOKASIDE_LIST Lookaside, _In_opt_ PVOID Allocate,
    _In_opt_ PVOID Free, _In_ ULONG Flags, _In_ SIZE_T Size, _In_ ULONG Tag, _In_ USHORT Depth);
VOID ExDeletePagedLookasideList(_Inout_ PPAGED_LOOKASIDE_LIST Lookaside);
PVOID ExAllocateFromPagedLookasideList(_Inout_ PPAGED_LOOKASIDE_LIST Lookaside);
VOID ExFreeToPagedLookasideList(_Inout_ PPAGED_LOOKASIDE_LIST Lookaside, _In_ PVOID Entry);

typedef struct _DRIVER_OBJECT *PDRIVER_OBJECT;
typedef NTSTATUS DRIVER_INITIALIZE(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath);
typedef VOID DRIVER_UNLOAD(_In_ PDRIVER_OBJECT DriverObject);
typedef struct _DRIVER_OBJECT {
    PVOID DeviceObject;
    DRIVER_UNLOAD *DriverUnload;
} DRIVER_OBJECT;
