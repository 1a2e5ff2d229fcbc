package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import java.util.Map;

/**
 * What a function does to blocks: the parameter paths whose block it may free (to a lookaside list
 * or to pool, through its own callees too), with where and how; and, for an allocation wrapper, where
 * the block it returns comes from ({@code returns}, in the function's own terms: its list is a global
 * or a path below a parameter), null for any other function.
 */
public record BlockSummary(Map<AccessPath, FreeEvent> freesParameters, Origin returns) {

    public static final BlockSummary NONE = new BlockSummary(Map.of(), null);

    public BlockSummary {
        freesParameters = Map.copyOf(freesParameters);
    }

    public BlockSummary(Map<AccessPath, FreeEvent> freesParameters) {
        this(freesParameters, null);
    }
}
