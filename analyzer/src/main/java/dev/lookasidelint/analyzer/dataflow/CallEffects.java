package dev.lookasidelint.analyzer.dataflow;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Op;

/** Which file-scope variables a call may change, so that facts about the others survive it. */
@FunctionalInterface
public interface CallEffects {

    /** Assumes any call may change any global: always sound, often too cautious. */
    CallEffects ANY_GLOBAL = (call, global) -> true;

    boolean mayWrite(Op.Call call, AccessPath global);
}
