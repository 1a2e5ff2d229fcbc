package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.SourceLocation;

/**
 * Blocks of a list left waiting in storage that outlives the function that put them there: linked
 * into a queue head ({@code InsertTailList(&ext->Pending, &blk->Link)}; {@code entryField} is the link
 * field) or stored in a pointer ({@code g_Spare = blk}; no link field). Keys as {@link StorageKeys}.
 */
public record BlockStash(String listKey, String listText, String storageKey, String storageText, String entryField,
                         SourceLocation location, Function function) {
}
