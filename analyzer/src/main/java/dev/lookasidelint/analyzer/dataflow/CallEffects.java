package dev.lookasidelint.analyzer.dataflow;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Op;

/** Which file-scope variables a call may change, so that facts about the others survive it. */
@FunctionalInterface
public interface CallEffects {

    /** Assumes any call may change any global: always sound, often too cautious. */
    CallEffects ANY_GLOBAL = (call, global) -> true;

    boolean mayWrite(Op.Call call, AccessPath global);

    /**
     * True when argument {@code index} of {@code call} is only kept as a context for a later callback,
     * so the call does not write what it points to. By default every address a call gets may be written.
     */
    default boolean keepsContext(Op.Call call, int index) {
        return false;
    }
}
