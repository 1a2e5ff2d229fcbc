package dev.lookasidelint.analyzer.ir;

import java.util.Set;

/**
 * What the name of an NTSTATUS constant says about {@code NT_SUCCESS}: {@code STATUS_CANT_WAIT} is a
 * failure, {@code STATUS_PENDING} is not. NT_SUCCESS holds for the success and informational
 * severities; the names of those that drivers assign are listed here, every other {@code STATUS_}
 * name is taken as a warning or error, which NT_SUCCESS rejects.
 */
public final class StatusNames {
    private static final Set<String> NOT_FAILURES = Set.of("STATUS_SUCCESS", "STATUS_PENDING", "STATUS_TIMEOUT",
            "STATUS_REPARSE", "STATUS_MORE_ENTRIES", "STATUS_NOT_ALL_ASSIGNED", "STATUS_SOME_NOT_MAPPED",
            "STATUS_OPLOCK_BREAK_IN_PROGRESS", "STATUS_VOLUME_MOUNTED", "STATUS_NOTIFY_CLEANUP",
            "STATUS_NOTIFY_ENUM_DIR", "STATUS_ALERTED", "STATUS_USER_APC", "STATUS_KERNEL_APC",
            "STATUS_OBJECT_NAME_EXISTS", "STATUS_REPARSE_OBJECT", "STATUS_BUFFER_ALL_ZEROS",
            "STATUS_RESOURCE_REQUIREMENTS_CHANGED", "STATUS_IMAGE_NOT_AT_BASE", "STATUS_CRASH_DUMP",
            "STATUS_CACHE_PAGE_READ", "STATUS_REPARSE_GLOBAL", "STATUS_WAKE_SYSTEM", "STATUS_RECEIVE_PARTIAL",
            "STATUS_RECEIVE_EXPEDITED", "STATUS_EVENT_DONE", "STATUS_EVENT_PENDING", "STATUS_CHECKING_FILE_SYSTEM",
            "STATUS_FT_WRITE_RECOVERY", "STATUS_SERVICE_NOTIFICATION", "STATUS_NO_YIELD_PERFORMED",
            "STATUS_PROCESS_IN_JOB", "STATUS_PROCESS_NOT_IN_JOB", "STATUS_VOLSNAP_HIBERNATE_READY",
            "STATUS_FLT_IO_COMPLETE", "STATUS_WAIT_FOR_OPLOCK");

    /** NDIS statuses that are not failures; every other {@code NDIS_STATUS_} name is one. */
    private static final Set<String> NDIS_NOT_FAILURES = Set.of("NDIS_STATUS_SUCCESS", "NDIS_STATUS_PENDING",
            "NDIS_STATUS_INDICATION_REQUIRED");

    private StatusNames() {
    }

    /** True for a {@code STATUS_} or {@code NDIS_STATUS_} name. */
    public static boolean isStatus(String name) {
        return name.startsWith("STATUS_") || name.startsWith("NDIS_STATUS_");
    }

    /** True for a {@code STATUS_} name that NT_SUCCESS rejects, or an NDIS failure status. */
    public static boolean isFailure(String name) {
        if (name.startsWith("NDIS_STATUS_")) return !NDIS_NOT_FAILURES.contains(name);
        if (!name.startsWith("STATUS_") || NOT_FAILURES.contains(name)) return false;
        return !name.startsWith("STATUS_WAIT_") && !name.startsWith("STATUS_ABANDONED")
                && !name.startsWith("STATUS_PAGE_FAULT_");
    }
}
