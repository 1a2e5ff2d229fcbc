package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import java.util.Map;

/**
 * What a function does to blocks passed to it: the parameter paths whose block it may free (to a
 * lookaside list or to pool, through its own callees too), with where and how.
 */
public record BlockSummary(Map<AccessPath, FreeEvent> freesParameters) {

    public static final BlockSummary NONE = new BlockSummary(Map.of());

    public BlockSummary {
        freesParameters = Map.copyOf(freesParameters);
    }
}
