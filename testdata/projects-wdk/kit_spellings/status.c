// WDK spelling, LAL002 bad: DriverEntry returns STATUS_INSUFFICIENT_RESOURCES, which the WDK's ntstatus.h spells as a cast of a long literal, with its receive list still initialized; the status must still read as a failure.
#include <ntddk.h>

#define RCV_TAG 'vcRr'

NPAGED_LOOKASIDE_LIST g_RecvList;
PVOID g_RecvRing;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RcvUnload;

PVOID RcvAllocateRing(VOID);
VOID RcvFreeRing(PVOID Ring);

_Use_decl_annotations_
VOID
RcvUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);

    RcvFreeRing(g_RecvRing);
    ExDeleteNPagedLookasideList(&g_RecvList);
}

_Use_decl_annotations_
NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);

    ExInitializeNPagedLookasideList(&g_RecvList, NULL, NULL, NonPagedPoolNx, 64, RCV_TAG, 0); // expect: LAL002

    g_RecvRing = RcvAllocateRing();
    if (g_RecvRing == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    DriverObject->DriverUnload = RcvUnload;
    return STATUS_SUCCESS;
}
