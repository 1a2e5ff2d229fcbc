// WDK spelling, LAL010 bad: KeRaiseIrql, which the WDK's wdm.h defines as a macro over KfRaiseIrql, raises to DISPATCH_LEVEL before a block goes back to a paged lookaside list; the raise must still be seen.
#include <ntddk.h>

typedef struct _CNT_SNAPSHOT {
    ULONG64 Reads;
    ULONG64 Writes;
} CNT_SNAPSHOT, *PCNT_SNAPSHOT;

/* Initialized in DriverEntry and deleted in the unload routine, in another file of the driver. */
extern PAGED_LOOKASIDE_LIST g_CntSnapshotList;
extern CNT_SNAPSHOT g_CntLive;

NTSTATUS
CntFlush(PCNT_SNAPSHOT Totals)
{
    PCNT_SNAPSHOT snap;
    KIRQL oldIrql;

    snap = (PCNT_SNAPSHOT)ExAllocateFromPagedLookasideList(&g_CntSnapshotList);
    if (snap == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
    snap->Reads = g_CntLive.Reads;
    snap->Writes = g_CntLive.Writes;
    Totals->Reads = snap->Reads;
    Totals->Writes = snap->Writes;
    ExFreeToPagedLookasideList(&g_CntSnapshotList, snap); // expect: LAL010
    KeLowerIrql(oldIrql);
    return STATUS_SUCCESS;
}
