package dev.lookasidelint.testdata.security;

/** The driver source the security tests scan: one loop that reads each entry after freeing it (one LAL004). */
final class BuggyDriver {
    static final String DRAIN = """
            typedef struct _ENTRY { struct _ENTRY *Next; int Id; } ENTRY, *PENTRY;
            NPAGED_LOOKASIDE_LIST g_EntryList;
            VOID Drain(PENTRY head)
            {
                PENTRY e;
                for (e = head; e != NULL; e = e->Next) {
                    ExFreeToNPagedLookasideList(&g_EntryList, e);
                }
            }
            """;

    private BuggyDriver() {
    }
}
