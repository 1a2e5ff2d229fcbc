package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;

/** A block that one call frees: which argument, the freed path in the caller's terms, and how. */
public record Release(int argument, AccessPath block, FreeEvent event) {
}
