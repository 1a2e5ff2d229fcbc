/* Force-included (clang -include) when the benchmark runs clang --analyze: declares the lookaside
   DDIs as ownership functions, so the analyzer's malloc checker (in its Optimistic mode) tracks a
   block from its Allocate to its Free as it tracks malloc and free. clang 14 models only the
   "malloc" ownership module (other module names are ignored), so lookaside blocks and pool share one
   family here: clang cannot tell a block freed to pool from one freed to its list. The declarations use struct
   tags only, so they agree with the benchmark's drvcommon.h and with the WDK's own headers. */
struct _NPAGED_LOOKASIDE_LIST;
struct _PAGED_LOOKASIDE_LIST;
struct _LOOKASIDE_LIST_EX;
void *ExAllocateFromNPagedLookasideList(struct _NPAGED_LOOKASIDE_LIST *Lookaside) __attribute__((ownership_returns(malloc)));
void ExFreeToNPagedLookasideList(struct _NPAGED_LOOKASIDE_LIST *Lookaside, void *Entry) __attribute__((ownership_takes(malloc, 2)));
void *ExAllocateFromPagedLookasideList(struct _PAGED_LOOKASIDE_LIST *Lookaside) __attribute__((ownership_returns(malloc)));
void ExFreeToPagedLookasideList(struct _PAGED_LOOKASIDE_LIST *Lookaside, void *Entry) __attribute__((ownership_takes(malloc, 2)));
void *ExAllocateFromLookasideListEx(struct _LOOKASIDE_LIST_EX *Lookaside) __attribute__((ownership_returns(malloc)));
void ExFreeToLookasideListEx(struct _LOOKASIDE_LIST_EX *Lookaside, void *Entry) __attribute__((ownership_takes(malloc, 2)));
void *ExAllocatePool2(unsigned long long Flags, unsigned long long NumberOfBytes, unsigned long Tag) __attribute__((ownership_returns(malloc)));
void ExFreePoolWithTag(void *P, unsigned long Tag) __attribute__((ownership_takes(malloc, 1)));
void ExFreePool(void *P) __attribute__((ownership_takes(malloc, 1)));
