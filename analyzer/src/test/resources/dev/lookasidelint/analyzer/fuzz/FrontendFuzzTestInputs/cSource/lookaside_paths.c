#include <ntddk.h>
typedef struct _REQ { LIST_ENTRY Link; ULONG Id; } REQ, *PREQ;
NPAGED_LOOKASIDE_LIST g_Requests;
NTSTATUS Start(PREQ *out, ULONG id)
{
    PREQ r = (PREQ)ExAllocateFromNPagedLookasideList(&g_Requests);
    if (r == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    r->Id = id;
    if (!NT_SUCCESS(Check(r))) goto fail;
    *out = r;
    return STATUS_SUCCESS;
fail:
    ExFreeToNPagedLookasideList(&g_Requests, r);
    return STATUS_UNSUCCESSFUL;
}
