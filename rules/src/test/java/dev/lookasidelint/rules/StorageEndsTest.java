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

/**
 * Storage kinds of LAL001 and LAL003 over small sources through the real scanner: which rule speaks
 * when a Delete follows the end of its storage, a routine that deletes its new device before it set up
 * the list, and contexts freed through the untyped pointer a callback was given.
 */
class StorageEndsTest {
    @TempDir
    Path dir;

    private List<String> scan(String code) throws IOException {
        Path file = dir.resolve("t.c");
        Files.writeString(file, code);
        return Scanner.scan(new ScanRequest(List.of(file), dir, FrontendOptions.defaults(), 1, RuleContext.DEFAULT_BUDGET))
                .findings().stream().map(StorageEndsTest::key).sorted().toList();
    }

    /** "line rule", and for a missing Delete the line where the storage ends: "line rule ->end". */
    private static String key(Finding f) {
        String ends = f.related().stream().map(r -> " ->" + r.location().line()).reduce("", String::concat);
        return f.location().line() + " " + f.ruleId() + (f.ruleId().equals("LAL001") ? ends : "");
    }

    private static final String EXTENSION = """
            typedef struct _EXT { PDEVICE_OBJECT Lower; NPAGED_LOOKASIDE_LIST Requests; } EXT, *PEXT;
            NTSTATUS AddDevice(PDRIVER_OBJECT Driver, PDEVICE_OBJECT Pdo) {
                PDEVICE_OBJECT fdo;
                PEXT ext;
                NTSTATUS status = IoCreateDevice(Driver, sizeof(EXT), NULL, 0, 0, FALSE, &fdo);
                if (!NT_SUCCESS(status)) return status;
                ext = (PEXT)fdo->DeviceExtension;
                ExInitializeNPagedLookasideList(&ext->Requests, NULL, NULL, 0, 64, 'tseT', 0);
                ext->Lower = IoAttachDeviceToDeviceStack(fdo, Pdo);
                return STATUS_SUCCESS;
            }
            """;

    @Test
    void aDeleteAfterTheRemoveRoutinesIoDeleteDeviceIsLal003AloneNotAlsoAMissingDelete() throws IOException {
        List<String> found = scan(EXTENSION + """
                NTSTATUS Remove(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
                    PEXT ext = (PEXT)DeviceObject->DeviceExtension;
                    IoDetachDevice(ext->Lower);
                    IoDeleteDevice(DeviceObject);
                    ExDeleteNPagedLookasideList(&ext->Requests);
                    return STATUS_SUCCESS;
                }
                """);
        assertEquals(List.of("16 LAL003"), found);
    }

    @Test
    void theRemoveRoutineThatNeverDeletesIsLal001AtAddDevicesInitialize() throws IOException {
        List<String> found = scan(EXTENSION + """
                NTSTATUS Remove(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
                    PEXT ext = (PEXT)DeviceObject->DeviceExtension;
                    IoDetachDevice(ext->Lower);
                    IoDeleteDevice(DeviceObject);
                    return STATUS_SUCCESS;
                }
                """);
        assertEquals(List.of("8 LAL001 ->15"), found);
    }

    @Test
    void aRoutineThatDeletesItsNewDeviceBeforeItsOwnInitializeOwesNoDelete() throws IOException {
        List<String> found = scan("""
                typedef struct _EXT { UNICODE_STRING Link; NPAGED_LOOKASIDE_LIST Items; } EXT, *PEXT;
                UNICODE_STRING g_Link;
                VOID Unload(PDRIVER_OBJECT Driver) {
                    PDEVICE_OBJECT device = Driver->DeviceObject;
                    PEXT ext = (PEXT)device->DeviceExtension;
                    ExDeleteNPagedLookasideList(&ext->Items);
                    IoDeleteDevice(device);
                }
                NTSTATUS DriverEntry(PDRIVER_OBJECT Driver, PUNICODE_STRING Path) {
                    PDEVICE_OBJECT device;
                    PEXT ext;
                    NTSTATUS status = IoCreateDevice(Driver, sizeof(EXT), NULL, 0, 0, FALSE, &device);
                    if (!NT_SUCCESS(status)) return status;
                    status = IoCreateSymbolicLink(&g_Link, Path);
                    if (!NT_SUCCESS(status)) {
                        IoDeleteDevice(device);
                        return status;
                    }
                    ext = (PEXT)device->DeviceExtension;
                    ExInitializeNPagedLookasideList(&ext->Items, NULL, NULL, 0, 64, 'tseT', 0);
                    status = IoRegisterShutdownNotification(device);
                    if (!NT_SUCCESS(status)) {
                        IoDeleteDevice(device);
                        return status;
                    }
                    Driver->DriverUnload = Unload;
                    return STATUS_SUCCESS;
                }
                """);
        assertEquals(List.of("20 LAL001 ->23"), found, "only the failure after the Initialize owes the Delete, not line 16");
    }

    @Test
    void aContextFreedThroughTheCallbacksUntypedParameterEndsTheListsReachedThroughItsTypedCopy() throws IOException {
        List<String> found = scan("""
                typedef struct _CONN { LOOKASIDE_LIST_EX Messages; } CONN, *PCONN;
                VOID Disconnect(PVOID Cookie) {
                    PCONN conn = (PCONN)Cookie;
                    ExFreePoolWithTag(Cookie, 'nnoC');
                    ExDeleteLookasideListEx(&conn->Messages);
                }
                VOID DisconnectRight(PVOID Cookie) {
                    PCONN conn = (PCONN)Cookie;
                    ExDeleteLookasideListEx(&conn->Messages);
                    ExFreePoolWithTag(Cookie, 'nnoC');
                }
                """);
        assertEquals(List.of("5 LAL003"), found);
    }

    @Test
    void childDevicesKeptInTheExtensionsTableAreNotTheDeviceWhoseListAddDeviceSetUp() throws IOException {
        String remove = """
                typedef struct _BUS { PDEVICE_OBJECT Children[4]; ULONG Count; NPAGED_LOOKASIDE_LIST Requests; } BUS, *PBUS;
                NTSTATUS AddDevice(PDRIVER_OBJECT Driver, PDEVICE_OBJECT Pdo) {
                    PDEVICE_OBJECT fdo;
                    PBUS ext;
                    NTSTATUS status = IoCreateDevice(Driver, sizeof(BUS), NULL, 0, 0, FALSE, &fdo);
                    if (!NT_SUCCESS(status)) return status;
                    ext = (PBUS)fdo->DeviceExtension;
                    ExInitializeNPagedLookasideList(&ext->Requests, NULL, NULL, 0, 64, 'tseT', 0);
                    return STATUS_SUCCESS;
                }
                NTSTATUS Remove(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
                    PBUS ext = (PBUS)DeviceObject->DeviceExtension;
                    ULONG i;
                    for (i = 0; i < ext->Count; i++) {
                        PDEVICE_OBJECT child = ext->Children[i];
                        IoDeleteDevice(child);
                        IoDeleteDevice(ext->Children[i]);
                    }
                    %s
                    IoDeleteDevice(DeviceObject);
                    return STATUS_SUCCESS;
                }
                """;
        assertEquals(List.of(), scan(remove.formatted("ExDeleteNPagedLookasideList(&ext->Requests);")));
        assertEquals(List.of("8 LAL001 ->20"), scan(remove.formatted("")), "the bus's own device still owes it");
    }
}
