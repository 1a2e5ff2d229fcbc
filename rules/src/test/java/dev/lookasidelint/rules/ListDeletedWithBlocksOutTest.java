package dev.lookasidelint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.frontend.FrontendOptions;
import dev.lookasidelint.analyzer.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LAL014 over small sources through the real scanner: a block kept in a pointer is left there by the
 * store itself (which must not count as taking it out), a read of the pointer at run time does take it
 * out, and a Delete made by a helper is reported at the teardown's call and names the helper.
 */
class ListDeletedWithBlocksOutTest {
    @TempDir
    Path dir;

    private List<Finding> scan(String code) throws IOException {
        Path file = dir.resolve("t.c");
        Files.writeString(file, code);
        return Scanner.scan(new ScanRequest(List.of(file), dir, FrontendOptions.defaults(), 1, RuleContext.DEFAULT_BUDGET))
                .findings();
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.location().line() + " " + f.ruleId()).sorted().toList();
    }

    private static final String SPARE = """
            typedef struct _REC { ULONG Code; } REC, *PREC;
            NPAGED_LOOKASIDE_LIST g_Recs;
            PREC g_Spare;
            VOID Cleanup(VOID) { ExDeleteNPagedLookasideList(&g_Recs); }
            VOID Unload(PDRIVER_OBJECT Driver) {
                Cleanup();
            }
            NTSTATUS DriverEntry(PDRIVER_OBJECT Driver, PUNICODE_STRING Path) {
                PREC r;
                ExInitializeNPagedLookasideList(&g_Recs, NULL, NULL, 0, sizeof(REC), 'ceR', 0);
                r = (PREC)ExAllocateFromNPagedLookasideList(&g_Recs);
                if (r == NULL) { Cleanup(); return STATUS_INSUFFICIENT_RESOURCES; }
                g_Spare = r;
                Driver->DriverUnload = Unload;
                return STATUS_SUCCESS;
            }
            """;

    @Test
    void aBlockStoredInAGlobalPointerAndNeverTakenOutIsReportedAtTheTeardownsCallOfTheDeletingHelper() throws IOException {
        List<Finding> found = scan(SPARE);
        assertEquals(List.of("6 LAL014"), keys(found));
        assertTrue(found.get(0).message().contains("deleted (through 'Cleanup')"), found.get(0).message());
        assertEquals(13, found.get(0).related().get(0).location().line());
    }

    @Test
    void aRoutineThatReadsThePointerAtRunTimeTakesTheBlockOut() throws IOException {
        List<Finding> found = scan(SPARE + """
                NTSTATUS Write(PDEVICE_OBJECT Device, PIRP Irp) {
                    PREC r = g_Spare;
                    g_Spare = NULL;
                    if (r != NULL) ExFreeToNPagedLookasideList(&g_Recs, r);
                    return STATUS_SUCCESS;
                }
                """);
        assertEquals(List.of(), keys(found));
    }

    @Test
    void anotherStoreIntoThePointerAtRunTimeDoesNotTakeTheBlockOut() throws IOException {
        List<Finding> found = scan(SPARE + """
                NTSTATUS Reset(PDEVICE_OBJECT Device, PIRP Irp) {
                    PREC r = (PREC)ExAllocateFromNPagedLookasideList(&g_Recs);
                    if (r == NULL) return STATUS_INSUFFICIENT_RESOURCES;
                    r->Code = 0;
                    g_Spare = r;
                    return STATUS_SUCCESS;
                }
                """);
        assertEquals(List.of("6 LAL014"), keys(found));
    }

    @Test
    void aBlockWrittenThroughAnOutParameterIsHandedToTheCallerNotLeftInStorage() throws IOException {
        List<Finding> found = scan("""
                typedef struct _REC { ULONG Code; } REC, *PREC;
                NPAGED_LOOKASIDE_LIST g_Recs;
                NTSTATUS Build(PREC *Out) {
                    PREC r = (PREC)ExAllocateFromNPagedLookasideList(&g_Recs);
                    if (r == NULL) return STATUS_INSUFFICIENT_RESOURCES;
                    r->Code = 1;
                    *Out = r;
                    return STATUS_SUCCESS;
                }
                VOID Unload(PDRIVER_OBJECT Driver) { ExDeleteNPagedLookasideList(&g_Recs); }
                NTSTATUS DriverEntry(PDRIVER_OBJECT Driver, PUNICODE_STRING Path) {
                    ExInitializeNPagedLookasideList(&g_Recs, NULL, NULL, 0, sizeof(REC), 'ceR', 0);
                    Driver->DriverUnload = Unload;
                    return STATUS_SUCCESS;
                }
                """);
        assertEquals(List.of(), keys(found));
    }
}
