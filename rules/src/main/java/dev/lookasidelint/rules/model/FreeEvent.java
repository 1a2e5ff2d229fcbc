package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.SourceLocation;

/**
 * Where a block was freed: the call, the block and list as written there, and the helper that freed
 * it when the call is to a function that frees its argument (null for a direct DDI call).
 */
public record FreeEvent(SourceLocation location, String function, String block, String list, String helper) {
}
