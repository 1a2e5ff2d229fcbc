package dev.lookasidelint.rules.model;

/** Where a list header is in its life on one path. */
public enum ListPhase {
    /** Not initialized yet: a global before DriverEntry has initialized it. */
    UNINITIALIZED,
    /** Linked into the system-wide list of lookaside lists. */
    INITIALIZED,
    /** Unlinked by a Delete. */
    DELETED,
    /** The memory that holds the header is gone: pool freed, device deleted, scope ended. */
    STORAGE_FREED
}
