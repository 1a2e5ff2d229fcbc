package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.report.Severity;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rules this version implements, sorted by id, with their metadata from the catalog
 * ({@code ../shared/rules.md}) and their help from {@code help/<id>.md}.
 */
public final class RuleCatalog {
    private static final List<Rule> RULES = List.of(
            new ListNotDeleted(info("LAL001", "list-not-deleted", Severity.ERROR,
                    "A lookaside list is not deleted before its header's storage ends.",
                    "An initialized lookaside list whose header storage ends without an ExDelete*LookasideList* on"
                            + " some path: a global list that the driver's unload routine does not delete on every"
                            + " path. The unload routines are DriverObject->DriverUnload, KMDF EvtDriverUnload, a"
                            + " minifilter's FLT_REGISTRATION FilterUnloadCallback, NDIS UnloadHandler and"
                            + " NdisMRegisterUnloadHandler. Also a list in a WDF object context that none of the"
                            + " object's EvtCleanupCallback/EvtDestroyCallback (or the EvtDeviceReleaseHardware or"
                            + " EvtDeviceD0Exit paired with the callback that initialized it) deletes on every path;"
                            + " a list in an NDIS adapter or filter module context that MiniportHaltEx or FilterDetach"
                            + " frees without deleting; and a C++ data member that no teardown method of its class"
                            + " (destructor, Cleanup, Stop, Release...) deletes on every path. The system-wide list of"
                            + " lookaside lists then links through freed memory.",
                    List.of("reliability", "correctness", "external/cwe/cwe-401"), "high")),
            new ListNotDeletedOnFailure(info("LAL002", "list-not-deleted-on-failure", Severity.ERROR,
                    "A lookaside list is left initialized when its setup routine fails.",
                    "DriverEntry, AddDevice, EvtDriverDeviceAdd, an NDIS initialize or attach handler, or a helper"
                            + " they call, returns a failure status on a path where a list it initialized is still"
                            + " initialized. The system runs no unload or teardown for a setup that failed, so the"
                            + " list stays linked into the system-wide list after its memory is gone.",
                    List.of("reliability", "correctness", "external/cwe/cwe-401"), "high")),
            new ListUsedAfterStorageFreed(info("LAL003", "list-used-after-storage-freed", Severity.ERROR,
                    "A lookaside list is used after the memory that holds it was freed.",
                    "A list header, or the structure that holds it, is used after that memory was freed: a"
                            + " Delete, Allocate or Free through a context freed with ExFreePool or a device"
                            + " extension whose device was deleted.",
                    List.of("security", "correctness", "external/cwe/cwe-416"), "high")),
            new BlockUsedAfterFree(info("LAL004", "block-used-after-free", Severity.ERROR,
                    "A lookaside block is used after it was freed to its list.",
                    "A block is read, written, dereferenced, passed on, returned or stored after it was freed to"
                            + " its lookaside list on some path. The list owns the block from that moment and may"
                            + " hand it to another caller.",
                    List.of("security", "correctness", "external/cwe/cwe-416"), "high")),
            new BlockDoubleFree(info("LAL005", "block-double-free", Severity.ERROR,
                    "A lookaside block is freed twice.",
                    "A block is freed to a lookaside list (or to pool) a second time on some path, without"
                            + " being allocated again in between. The list then holds the block twice and hands it to"
                            + " two callers.",
                    List.of("security", "correctness", "external/cwe/cwe-415"), "high")),
            new BlockFreedMismatched(info("LAL006", "block-freed-mismatched", Severity.ERROR,
                    "A lookaside block is freed to the wrong place.",
                    "A lookaside block freed with ExFreePool*, pool memory freed to a lookaside list, a block"
                            + " freed to a different list than the one it came from, or a paged/nonpaged/Ex/Ndis"
                            + " mismatch between the allocate and the free.",
                    List.of("security", "correctness", "external/cwe/cwe-762"), "high")),
            new ListUsedAfterDelete(info("LAL007", "list-used-after-delete", Severity.ERROR,
                    "A lookaside list is used after it was deleted, or deleted before it was initialized.",
                    "Allocate, free, flush or delete on a list that was already deleted, or never initialized, on"
                            + " that path: a double delete, or a cleanup that deletes a list an earlier failure path"
                            + " never initialized.",
                    List.of("reliability", "correctness", "external/cwe/cwe-672"), "high")),
            new BlockLeaked(info("LAL008", "block-leaked", Severity.WARNING,
                    "A lookaside block is leaked.",
                    "An allocated block becomes unreachable on some path without being freed, stored, returned"
                            + " or handed to another owner.",
                    List.of("reliability", "correctness", "external/cwe/cwe-401"), "medium")),
            new BlockNullUnchecked(info("LAL009", "block-null-unchecked", Severity.WARNING,
                    "A lookaside allocation is used without a NULL check.",
                    "The result of an Allocate call is dereferenced on a path where it was not checked for"
                            + " NULL. Lookaside allocation can fail like any pool allocation, unless the list was"
                            + " initialized with POOL_RAISE_IF_ALLOCATION_FAILURE.",
                    List.of("reliability", "correctness", "external/cwe/cwe-476"), "high")),
            new PagedListAtDispatch(info("LAL010", "paged-list-at-dispatch", Severity.ERROR,
                    "A paged lookaside list is used where IRQL may be above APC_LEVEL.",
                    "A paged lookaside list is initialized, allocated from, freed to, flushed or deleted while a"
                            + " spin lock is held, after KeRaiseIrql, or in a DPC, ISR, I/O completion routine or"
                            + " timer callback. Paged pool touched at DISPATCH_LEVEL faults with"
                            + " IRQL_NOT_LESS_OR_EQUAL when the page is not resident.",
                    List.of("reliability", "correctness"), "high")),
            new ListReinitialized(info("LAL011", "list-reinitialized", Severity.ERROR,
                    "A lookaside list is initialized again while it is initialized.",
                    "Initialize on a list that is already initialized on that path: the first registration in"
                            + " the system-wide list is lost and its links go stale.",
                    List.of("reliability", "correctness", "external/cwe/cwe-675"), "high")),
            new InitStatusIgnored(info("LAL012", "init-status-ignored", Severity.WARNING,
                    "The status of ExInitializeLookasideListEx is not checked.",
                    "The NTSTATUS of ExInitializeLookasideListEx is thrown away, or not tested before the list is"
                            + " used or left for the unload routine to delete.",
                    List.of("reliability", "correctness", "external/cwe/cwe-252"), "high")),
            new EntrySizeTooSmall(info("LAL013", "entry-size-too-small", Severity.ERROR,
                    "A lookaside block is used as a type larger than the list's entries.",
                    "A block is cast to, or stored as, a pointer to a struct larger than the entry size the"
                            + " list was initialized with. Writing the struct runs past the end of the block into"
                            + " the pool memory after it.",
                    List.of("security", "correctness", "external/cwe/cwe-787"), "high")),
            new ListDeletedWithBlocksOut(info("LAL014", "list-deleted-with-blocks-out", Severity.WARNING,
                    "A lookaside list is deleted while its blocks may still be held in storage.",
                    "A teardown routine deletes a list while blocks allocated from it may still wait in storage"
                            + " that outlives the delete (a queue or pointer in the device extension, a context or"
                            + " a global), with no drain of that storage before the Delete on some path.",
                    List.of("reliability", "correctness", "external/cwe/cwe-401"), "medium")),
            new ListDeletedWhileCallbacksLive(info("LAL015", "list-deleted-while-callbacks-live", Severity.ERROR,
                    "A lookaside list is deleted while callbacks that use it can still run.",
                    "An unload or teardown routine deletes a list before it stops the callbacks that allocate from,"
                            + " free to or flush it: the minifilter, NDIS filter/miniport/protocol, process/thread/image"
                            + " notify, registry, object, timer, interrupt, PnP-notification or bug-check registrations"
                            + " made from DriverEntry that are still live at the Delete.",
                    List.of("reliability", "correctness", "concurrency", "external/cwe/cwe-416"), "high")));

    private RuleCatalog() {
    }

    public static List<Rule> rules() {
        return RULES;
    }

    public static List<RuleInfo> infos() {
        return RULES.stream().map(Rule::info).toList();
    }

    /** The rule with this id (case-insensitive), or null. */
    public static Rule byId(String id) {
        return RULES.stream().filter(r -> r.info().id().equalsIgnoreCase(id)).findFirst().orElse(null);
    }

    /** A rule's metadata, with its help read from {@code help/<id>.md} in both forms. */
    private static RuleInfo info(String id, String name, Severity severity, String shortDescription,
                                 String fullDescription, List<String> tags, String precision) {
        String markdown = help(id);
        return new RuleInfo(id, name, severity, shortDescription, fullDescription, plainText(markdown), markdown,
                tags, precision);
    }

    /** The Markdown help as plain text: emphasis marks and code fences taken out. */
    static String plainText(String markdown) {
        StringBuilder b = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) continue;
            b.append(line.replace("**", "").replace("`", "").replaceFirst("^# ", "")).append('\n');
        }
        return b.toString().strip() + "\n";
    }

    private static String help(String id) {
        try (InputStream in = RuleCatalog.class.getResourceAsStream("help/" + id + ".md")) {
            if (in == null) throw new IllegalStateException("no help for " + id);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
