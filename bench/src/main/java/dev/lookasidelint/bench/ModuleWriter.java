package dev.lookasidelint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * Writes one bulk source file of a synthetic driver: a run of functions, most of which never touch a
 * lookaside list (checksums, struct copies, switch statements on IRP minor codes, arithmetic loops),
 * some that use the driver's lists the way real drivers do, and an entry routine that the driver's
 * DeviceIoControl dispatch calls, so every function has a caller. Seeded bugs go into the
 * list-using functions when {@link BugPlan} says one is due.
 */
final class ModuleWriter {
    /** A lookaside list the generated code allocates from: how to allocate, free, and the block type. */
    private record ListUse(String alloc, String free, String type) {
    }

    private static final ListUse[] DIRECT_LISTS = {
        new ListUse("ExAllocateFromNPagedLookasideList(&$PRequestList)", "ExFreeToNPagedLookasideList(&$PRequestList, %s)", "$T_REQUEST"),
        new ListUse("ExAllocateFromLookasideListEx(&$PContextList)", "ExFreeToLookasideListEx(&$PContextList, %s)", "$T_CONTEXT"),
        new ListUse("ExAllocateFromNPagedLookasideList(&Extension->BufferList)",
                "ExFreeToNPagedLookasideList(&Extension->BufferList, %s)", "$T_BUFFER"),
        new ListUse("ExAllocateFromPagedLookasideList(&$PNameList)", "ExFreeToPagedLookasideList(&$PNameList, %s)", "$T_NAME"),
    };

    private final SourceWriter w;
    private final Random random;
    private final String path;
    private final String module;
    private final LongSupplier corpusLinesBefore;
    private final BugPlan bugs;
    private final List<SeededBug> seeded;
    private final List<String> calls = new ArrayList<>();
    private int functions;

    /**
     * @param module            the module's name part, e.g. {@code M3}, unique in the driver
     * @param corpusLinesBefore lines the corpus had before this file began (for the bug schedule)
     */
    ModuleWriter(SourceWriter w, Random random, String path, String module, LongSupplier corpusLinesBefore,
                 BugPlan bugs, List<SeededBug> seeded) {
        this.w = w;
        this.random = random;
        this.path = path;
        this.module = module;
        this.corpusLinesBefore = corpusLinesBefore;
        this.bugs = bugs;
        this.seeded = seeded;
    }

    /** The name of the entry routine that {@link #finish} writes: {@code <prefix><module>Dispatch}. */
    String entryName() {
        return "$P" + module + "Dispatch";
    }

    void begin(String family) {
        w.line("/* " + family + " driver, " + module + ": request processing helpers (synthetic benchmark code). */");
        w.line("#include \"drv.h\"");
        w.line("");
    }

    /** The lines the file will have once {@link #finish} has written the entry routine. */
    int projectedLines() {
        return w.lineCount() + 19 + 3 * calls.size();
    }

    /** Writes one more function (a bug-carrying one when a bug is due). */
    void addFunction() {
        BugPlan.Kind bug = bugs.due(corpusLinesBefore.getAsLong() + w.lineCount());
        String name = "$P" + module + "F" + (functions++);
        if (bug != null) {
            submit(name, DIRECT_LISTS[random.nextInt(DIRECT_LISTS.length)], bug);
        } else {
            int pick = random.nextInt(100);
            if (pick < 15) checksum(name);
            else if (pick < 30) mergeStats(name);
            else if (pick < 45) classifyMinor(name);
            else if (pick < 65) scale(name);
            else if (pick < 77) submit(name, DIRECT_LISTS[random.nextInt(DIRECT_LISTS.length)], null);
            else if (pick < 83) prepare(name);
            else if (pick < 88) gather(name);
            else if (pick < 94) lookupName(name);
            else track(name);
        }
        w.line("");
    }

    /** Writes the entry routine that calls every function of the file, one per case. */
    void finish() {
        w.lines("NTSTATUS",
                entryName() + "(P$T_EXTENSION Extension, PIRP Irp, ULONG Code, ULONG Length)",
                "{",
                "    NTSTATUS status = STATUS_SUCCESS;",
                "    UCHAR data[64];",
                "    WCHAR name[16];",
                "    $T_STATS snapshot;",
                "    ULONG value = 0;",
                "",
                "    RtlZeroMemory(data, sizeof(data));",
                "    RtlZeroMemory(name, sizeof(name));",
                "    RtlZeroMemory(&snapshot, sizeof(snapshot));",
                "    switch (Code % " + Math.max(1, calls.size()) + ") {");
        for (int i = 0; i < calls.size(); i++) {
            w.line("    case " + i + ":");
            w.line("        " + calls.get(i));
            w.line("        break;");
        }
        w.lines("    default:",
                "        status = STATUS_INVALID_DEVICE_REQUEST;",
                "        break;",
                "    }",
                "    Extension->Stats.LastValue = value;",
                "    return status;",
                "}");
    }

    private int hex(int bound) {
        return random.nextInt(bound);
    }

    private void checksum(String name) {
        calls.add("value += " + name + "(data, sizeof(data));");
        w.lines("static ULONG",
                name + "(const UCHAR *Data, ULONG Length)",
                "{",
                "    ULONG sum = 0x" + Integer.toHexString(hex(0xFFFF) + 1) + ";",
                "    ULONG i;",
                "",
                "    for (i = 0; i < Length; i++) {",
                "        sum = (sum << " + (1 + hex(7)) + ") + sum + Data[i];");
        int extra = random.nextInt(4);
        for (int i = 0; i < extra; i++) {
            int mask = 1 + hex(0xFF);
            w.lines("        if ((sum & 0x" + Integer.toHexString(mask) + ") == 0x" + Integer.toHexString(mask & hex(0x100)) + ") {",
                    "            sum ^= 0x" + Integer.toHexString(hex(0xFFFFF)) + ";",
                    "        }");
        }
        w.lines("    }",
                "    return sum ^ (sum >> " + (8 + hex(8)) + ");",
                "}");
    }

    private void mergeStats(String name) {
        calls.add(name + "(&Extension->Stats, &snapshot, Length);");
        w.lines("static VOID",
                name + "(P$T_STATS Dest, const $T_STATS *Source, ULONG Weight)",
                "{",
                "    $T_STATS merged;",
                "",
                "    merged = *Dest;",
                "    merged.Requests += Source->Requests * Weight;",
                "    merged.Errors += Source->Errors;",
                "    merged.Bytes += Source->Bytes;");
        int limit = 100 + hex(5000);
        w.lines("    if (merged.Errors > " + limit + ") {",
                "        merged.Errors = " + limit + ";",
                "    }");
        int extra = random.nextInt(5);
        for (int i = 0; i < extra; i++) {
            w.line("    merged.Lookups = (merged.Lookups * " + (2 + hex(9)) + " + Source->Lookups) / " + (2 + hex(9)) + ";");
        }
        w.lines("    *Dest = merged;",
                "}");
    }

    private static final String[] MINORS = {"IRP_MN_START_DEVICE", "IRP_MN_QUERY_REMOVE_DEVICE", "IRP_MN_REMOVE_DEVICE",
        "IRP_MN_CANCEL_REMOVE_DEVICE", "IRP_MN_STOP_DEVICE", "IRP_MN_QUERY_STOP_DEVICE", "IRP_MN_CANCEL_STOP_DEVICE",
        "IRP_MN_QUERY_CAPABILITIES", "IRP_MN_SURPRISE_REMOVAL"};

    private void classifyMinor(String name) {
        calls.add("value += " + name + "((UCHAR)(Length & 0x1F));");
        w.lines("static ULONG",
                name + "(UCHAR Minor)",
                "{",
                "    ULONG weight;",
                "",
                "    switch (Minor) {");
        int cases = 3 + random.nextInt(MINORS.length - 2);
        for (int i = 0; i < cases; i++) {
            w.line("    case " + MINORS[i] + ":");
            w.line("        weight = " + (1 + hex(64)) + ";");
            if (random.nextBoolean()) w.line("        weight <<= " + (1 + hex(3)) + ";");
            w.line("        break;");
        }
        w.lines("    default:",
                "        weight = 0;",
                "        break;",
                "    }",
                "    return weight;",
                "}");
    }

    private void scale(String name) {
        calls.add("value += " + name + "(Code, Length);");
        w.lines("static ULONG",
                name + "(ULONG Code, ULONG Length)",
                "{",
                "    ULONG result = Code;",
                "    ULONG step;",
                "    ULONG round;",
                "",
                "    for (round = 0; round < " + (2 + hex(14)) + "; round++) {",
                "        step = (Length + round) * " + (3 + hex(29)) + ";");
        int body = 2 + random.nextInt(12);
        for (int i = 0; i < body; i++) {
            switch (random.nextInt(4)) {
                case 0 -> w.line("        result += step ^ 0x" + Integer.toHexString(hex(0xFFFF)) + ";");
                case 1 -> w.line("        result = (result >> " + (1 + hex(5)) + ") | (result << " + (1 + hex(5)) + ");");
                case 2 -> w.lines("        if (result > 0x" + Integer.toHexString(0x1000 + hex(0xFFFFF)) + ") {",
                        "            result -= step;",
                        "        }");
                default -> w.line("        step = step % " + (7 + hex(90)) + " + 1;");
            }
        }
        w.lines("        result += step;",
                "    }",
                "    return result;",
                "}");
    }

    /**
     * Allocate, fill, validate with a goto Cleanup ladder, free: the most common shape of list use,
     * and the one that carries the seeded bugs.
     */
    private void submit(String name, ListUse list, BugPlan.Kind bug) {
        calls.add("status = " + name + "(Extension, Code, Length);");
        String blockType = list.type();
        w.lines("static NTSTATUS",
                name + "(P$T_EXTENSION Extension, ULONG Code, ULONG Length)",
                "{",
                "    P" + blockType + " block;",
                "    NTSTATUS status;",
                "",
                "    if (Length > $T_MAX_TRANSFER) {",
                "        return STATUS_INVALID_PARAMETER;",
                "    }");
        int allocLine = w.line("    block = (P" + blockType + ")" + list.alloc() + ";");
        if (bug != BugPlan.Kind.NULL_UNCHECKED) {
            w.lines("    if (block == NULL) {",
                    "        return STATUS_INSUFFICIENT_RESOURCES;",
                    "    }");
        }
        int firstUse = w.line("    block->Code = Code;");
        w.lines("    block->Length = Length;",
                "    block->Status = STATUS_PENDING;",
                "    status = $PValidateCode(Code, Length);",
                "    if (!NT_SUCCESS(status)) {");
        int leakExit = 0;
        if (bug == BugPlan.Kind.LEAK_ON_ERROR) {
            w.line("        Extension->Stats.Errors++;");
            leakExit = w.line("        return status;");
        } else if (bug == BugPlan.Kind.DOUBLE_FREE) {
            w.line("        Extension->Stats.Errors++;");
            w.line("        " + String.format(list.free(), "block") + ";");
            w.line("        goto Cleanup;");
        } else {
            w.line("        goto Cleanup;");
        }
        w.line("    }");
        int body = random.nextInt(6);
        for (int i = 0; i < body; i++) {
            w.line("    block->Data[" + hex(16) + "] = (UCHAR)(Code >> " + hex(24) + ");");
        }
        w.lines("    if (block->Length == 0) {",
                "        status = STATUS_INVALID_PARAMETER;",
                "        goto Cleanup;",
                "    }",
                "    block->Checksum = block->Code ^ block->Length;",
                "    Extension->Stats.Requests++;",
                "    status = STATUS_SUCCESS;",
                "",
                "Cleanup:");
        int freeLine;
        if (bug == BugPlan.Kind.FREED_TO_POOL) {
            freeLine = w.line("    ExFreePoolWithTag(block, $T_TAG);");
        } else {
            freeLine = w.line("    " + String.format(list.free(), "block") + ";");
        }
        int useLine = 0;
        if (bug == BugPlan.Kind.USE_AFTER_FREE) {
            useLine = w.line("    Extension->Stats.LastValue = block->Checksum;");
        }
        w.lines("    return status;",
                "}");
        if (bug == null) return;
        switch (bug) {
            case DOUBLE_FREE -> seed(freeLine, 0, bug, "block freed on the error path, then again at Cleanup");
            case USE_AFTER_FREE -> seed(useLine, 0, bug, "block read after it was freed to its list");
            case FREED_TO_POOL -> seed(freeLine, 0, bug, "lookaside block freed with ExFreePoolWithTag");
            case LEAK_ON_ERROR -> seed(allocLine, leakExit, bug, "block leaked on the validation error path");
            case NULL_UNCHECKED -> seed(firstUse, 0, bug, "allocation dereferenced without a NULL check");
        }
    }

    private void seed(int line, int exitLine, BugPlan.Kind kind, String what) {
        seeded.add(new SeededBug(path, line, kind.rule, what, exitLine));
    }

    /** Allocate through the driver's wrapper, fill, and hand the request to the DPC's queue. */
    private void prepare(String name) {
        calls.add("status = " + name + "(Extension, Irp, Length);");
        w.lines("static NTSTATUS",
                name + "(P$T_EXTENSION Extension, PIRP Irp, ULONG Length)",
                "{",
                "    P$T_REQUEST request;",
                "",
                "    if (!Extension->Started) {",
                "        return STATUS_DEVICE_NOT_READY;",
                "    }",
                "    request = $PAllocRequest(Extension, Irp);",
                "    if (request == NULL) {",
                "        return STATUS_INSUFFICIENT_RESOURCES;",
                "    }",
                "    request->Length = Length;",
                "    request->Code = 0x" + Integer.toHexString(hex(0xFFFF)) + ";");
        int body = random.nextInt(5);
        for (int i = 0; i < body; i++) {
            w.line("    request->Data[" + hex(64) + "] = (UCHAR)(Length + " + hex(200) + ");");
        }
        w.lines("    if (request->Length == 0) {",
                "        $PFreeRequest(request);",
                "        return STATUS_INVALID_PARAMETER;",
                "    }",
                "    $PQueueRequest(Extension, request);",
                "    return STATUS_PENDING;",
                "}");
    }

    /** Allocate a chain of buffers from the device's list into a local list, then walk and free it. */
    private void gather(String name) {
        calls.add("status = " + name + "(Extension, Length & 7);");
        w.lines("static NTSTATUS",
                name + "(P$T_EXTENSION Extension, ULONG Count)",
                "{",
                "    LIST_ENTRY chain;",
                "    P$T_BUFFER buffer;",
                "    PLIST_ENTRY entry;",
                "    ULONG i;",
                "    ULONGLONG total = 0;",
                "    NTSTATUS status = STATUS_SUCCESS;",
                "",
                "    InitializeListHead(&chain);",
                "    for (i = 0; i < Count; i++) {",
                "        buffer = (P$T_BUFFER)ExAllocateFromNPagedLookasideList(&Extension->BufferList);",
                "        if (buffer == NULL) {",
                "            status = STATUS_INSUFFICIENT_RESOURCES;",
                "            break;",
                "        }",
                "        buffer->Code = i;",
                "        buffer->Length = (i + 1) * " + (16 + hex(240)) + ";",
                "        InsertTailList(&chain, &buffer->Link);",
                "    }",
                "    while (!IsListEmpty(&chain)) {",
                "        entry = RemoveHeadList(&chain);",
                "        buffer = CONTAINING_RECORD(entry, $T_BUFFER, Link);",
                "        total += buffer->Length;",
                "        ExFreeToNPagedLookasideList(&Extension->BufferList, buffer);",
                "    }",
                "    Extension->Stats.Bytes += total;",
                "    return status;",
                "}");
    }

    /** A name copied into a block of the paged list, at PASSIVE_LEVEL (only dispatch routines call it). */
    private void lookupName(String name) {
        calls.add("status = " + name + "(Extension, name, (USHORT)(Length & 15));");
        w.lines("static NTSTATUS",
                name + "(P$T_EXTENSION Extension, const WCHAR *Name, USHORT Length)",
                "{",
                "    P$T_NAME entry;",
                "    USHORT i;",
                "    ULONG hash = " + hex(1000) + ";",
                "",
                "    if (Length > $T_NAME_CHARS) {",
                "        return STATUS_BUFFER_TOO_SMALL;",
                "    }",
                "    entry = ($T_NAME *)ExAllocateFromPagedLookasideList(&$PNameList);",
                "    if (entry == NULL) {",
                "        return STATUS_INSUFFICIENT_RESOURCES;",
                "    }",
                "    for (i = 0; i < Length; i++) {",
                "        entry->Chars[i] = Name[i];",
                "        hash = hash * " + (31 + 2 * hex(8)) + " + Name[i];",
                "    }",
                "    entry->Length = Length;",
                "    entry->Checksum = hash;",
                "    Extension->Stats.Lookups += entry->Checksum & 0xFF;",
                "    ExFreeToPagedLookasideList(&$PNameList, entry);",
                "    return STATUS_SUCCESS;",
                "}");
    }

    /** A tracking context from the Ex list, through the driver's wrappers. */
    private void track(String name) {
        calls.add("status = " + name + "(Extension, Code);");
        w.lines("static NTSTATUS",
                name + "(P$T_EXTENSION Extension, ULONG Code)",
                "{",
                "    P$T_CONTEXT context;",
                "    NTSTATUS status;",
                "",
                "    context = $PAllocContext();",
                "    if (!context) {",
                "        return STATUS_INSUFFICIENT_RESOURCES;",
                "    }",
                "    context->Extension = Extension;",
                "    context->Code = Code;",
                "    status = $PValidateCode(Code, " + hex(4096) + ");",
                "    if (NT_SUCCESS(status)) {",
                "        Extension->Stats.Requests += context->Code & 0x" + Integer.toHexString(1 + hex(0xFF)) + ";",
                "    }",
                "    $PFreeContext(context);",
                "    return status;",
                "}");
    }
}
