package dev.lookasidelint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lookasidelint.analyzer.frontend.FrontendOptions;
import dev.lookasidelint.analyzer.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * LAL010 over small sources through the real scanner: which lists are paged, where a helper's use is
 * reported, and the code flow from the raise to the DDI call.
 */
class PagedListAtDispatchTest {
    @TempDir
    Path dir;

    private List<Finding> scan(String code) throws IOException {
        Path file = dir.resolve("t.c");
        Files.writeString(file, code);
        return Scanner.scan(new ScanRequest(List.of(file), dir, FrontendOptions.defaults(), 1, RuleContext.DEFAULT_BUDGET))
                .findings().stream().filter(f -> f.ruleId().equals("LAL010")).toList();
    }

    private static List<Integer> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.location().line()).toList();
    }

    @ParameterizedTest(name = "ExInitializeLookasideListEx with {0}: paged {1}")
    @CsvSource({"PagedPool, true", "PagedPoolCacheAligned, true", "NonPagedPoolNx, false", "NonPagedPool, false",
            "(POOL_TYPE)PagedPool, true"})
    void exListsArePagedByTheirPoolType(String poolType, boolean paged) throws IOException {
        List<Finding> found = scan("""
                typedef struct _C { KSPIN_LOCK Lock; LOOKASIDE_LIST_EX Items; } C, *PC;
                NTSTATUS Init(PC c) {
                    return ExInitializeLookasideListEx(&c->Items, NULL, NULL, %s, 0, 32, 'tseT', 0);
                }
                VOID Put(PC c, PVOID item) {
                    KIRQL old;
                    KeAcquireSpinLock(&c->Lock, &old);
                    ExFreeToLookasideListEx(&c->Items, item);
                    KeReleaseSpinLock(&c->Lock, old);
                }
                """.formatted(poolType));
        assertEquals(paged ? List.of(8) : List.of(), lines(found));
    }

    @Test
    void aHelperIsReportedAtTheRaisedCallThatLeadsToItWithItsDdiCallInTheFlow() throws IOException {
        List<Finding> found = scan("""
                PAGED_LOOKASIDE_LIST g_List;
                static VOID Release(PVOID Block) {
                    ExFreeToPagedLookasideList(&g_List, Block);
                }
                VOID Close(PVOID Block) {
                    Release(Block);
                }
                static VOID OnDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
                    Release(Context);
                }
                VOID Start(PKDPC Dpc, PVOID Block) {
                    KeInitializeDpc(Dpc, OnDpc, Block);
                }
                """);
        assertEquals(List.of(9), lines(found), "the DPC's call, not the passive close path");
        Finding f = found.get(0);
        assertEquals("OnDpc", f.function());
        List<String> flow = f.codeFlows().get(0).stream().map(s -> s.location().line() + " " + s.message()).toList();
        assertEquals(List.of(
                "12 'OnDpc' is registered as a DPC routine here ('KeInitializeDpc')",
                "9 'OnDpc' calls 'Release'",
                "3 paged lookaside list 'g_List' is freed to here ('ExFreeToPagedLookasideList')"), flow);
    }

    @Test
    void aRaisedRoutineCalledFromAnotherIsReportedOnceInItself() throws IOException {
        List<Finding> found = scan("""
                PAGED_LOOKASIDE_LIST g_List;
                KDEFERRED_ROUTINE Inner;
                KDEFERRED_ROUTINE Outer;
                VOID Inner(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
                    ExFreeToPagedLookasideList(&g_List, Context);
                }
                VOID Outer(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
                    Inner(Dpc, Context, A1, A2);
                }
                """);
        assertEquals(List.of(5), lines(found));
    }

    @Test
    void oneFindingPerListAndFunction() throws IOException {
        List<Finding> found = scan("""
                PAGED_LOOKASIDE_LIST g_A;
                PAGED_LOOKASIDE_LIST g_B;
                VOID Swap(PKSPIN_LOCK Lock) {
                    KIRQL old;
                    PVOID a, b;
                    KeAcquireSpinLock(Lock, &old);
                    a = ExAllocateFromPagedLookasideList(&g_A);
                    b = ExAllocateFromPagedLookasideList(&g_B);
                    if (a != NULL) ExFreeToPagedLookasideList(&g_A, a);
                    if (b != NULL) ExFreeToPagedLookasideList(&g_B, b);
                    KeReleaseSpinLock(Lock, old);
                }
                """);
        assertEquals(List.of(7, 8), lines(found));
    }
}
