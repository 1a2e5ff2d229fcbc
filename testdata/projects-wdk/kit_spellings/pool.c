// WDK spelling, LAL006 bad: a block from a non-paged lookaside list is given back with ExFreePool, which the WDK's wdm.h defines as a macro over ExFreePoolWithTag; the mismatched free must still be seen.
#include <ntddk.h>

typedef struct _CMD_BLOCK {
    LIST_ENTRY Link;
    ULONG      Opcode;
} CMD_BLOCK, *PCMD_BLOCK;

/* Initialized in DriverEntry and deleted in the unload routine, in another file of the driver. */
extern NPAGED_LOOKASIDE_LIST g_CmdList;

VOID CmdSubmit(PCMD_BLOCK Command);

NTSTATUS
CmdSend(ULONG Opcode)
{
    PCMD_BLOCK cmd;

    cmd = (PCMD_BLOCK)ExAllocateFromNPagedLookasideList(&g_CmdList);
    if (cmd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    cmd->Opcode = Opcode;
    CmdSubmit(cmd);
    ExFreePool(cmd); // expect: LAL006
    return STATUS_SUCCESS;
}
