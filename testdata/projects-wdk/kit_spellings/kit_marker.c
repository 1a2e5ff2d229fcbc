// WDK spelling, LAL004 bad only when the test kit's own ntddk.h is read (it alone defines LOOKASIDE_LINT_TEST_KIT): a block is read after it went back to its list.
#include <ntddk.h>

typedef struct _EVT_RECORD {
    ULONG Code;
} EVT_RECORD, *PEVT_RECORD;

/* Initialized in DriverEntry and deleted in the unload routine, in another file of the driver. */
extern NPAGED_LOOKASIDE_LIST g_EvtList;

ULONG
EvtLogOne(ULONG Code)
{
    PEVT_RECORD rec;
    ULONG logged;

    rec = (PEVT_RECORD)ExAllocateFromNPagedLookasideList(&g_EvtList);
    if (rec == NULL) {
        return 0;
    }
    rec->Code = Code;
    ExFreeToNPagedLookasideList(&g_EvtList, rec);
#ifdef LOOKASIDE_LINT_TEST_KIT
    logged = rec->Code; // expect: LAL004
#else
    logged = Code;
#endif
    return logged;
}
