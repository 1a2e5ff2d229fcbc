package dev.lookasidelint.rules.ddi;

/** What a lookaside DDI does to its list or block. */
public enum DdiRole {
    /** Links a list header into the system-wide list of lookaside lists. */
    INITIALIZE,
    /** Takes a block from a list. */
    ALLOCATE,
    /** Gives a block back to its list; the list owns it from then on. */
    FREE,
    /** Unlinks a list header and frees the blocks it caches. */
    DELETE,
    /** Frees the blocks a list caches; the list stays initialized. */
    FLUSH,
    /** Allocates pool memory (not from a list): freeing it to a list is a mismatch. */
    POOL_ALLOCATE,
    /** Frees pool memory: freeing a lookaside block this way is a mismatch. */
    POOL_FREE,
    /** Reads or writes a block without taking it over (RtlZeroMemory, KeInitializeEvent on a field). */
    BORROW,
    /** Deletes a device object, and with it the device extension that may hold list headers. */
    DEVICE_DELETE,
    /** KMDF: creates a lookaside object and writes its handle (deleted with its parent). */
    WDF_CREATE,
    /** KMDF: creates a memory object from a lookaside object. */
    WDF_ALLOCATE,
    /** KMDF: deletes any framework object, a lookaside or a memory object among them. */
    WDF_OBJECT_DELETE
}
