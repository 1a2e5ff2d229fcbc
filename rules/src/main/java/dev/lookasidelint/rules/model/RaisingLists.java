package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.ddi.DdiTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists initialized with {@code POOL_RAISE_IF_ALLOCATION_FAILURE} (or
 * {@code EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL}): allocating from them raises an exception instead
 * of returning NULL, so their blocks need no NULL check. A list is known by its path when it is a
 * global, and by its field name otherwise ({@code ext->RecvList} in AddDevice and in a dispatch
 * routine are the same field of different locals).
 */
public final class RaisingLists {
    private static final List<String> RAISE_FLAGS = List.of("POOL_RAISE_IF_ALLOCATION_FAILURE",
            "EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL");

    private final Set<String> keys = new HashSet<>();

    public RaisingLists(Program program, DdiTable ddis) {
        for (Function f : program.functions()) {
            for (Block b : f.cfg().blocks()) {
                for (Op op : b.ops()) {
                    if (!(op instanceof Op.Call call)) continue;
                    Ddi ddi = ddis.lookup(call.callee());
                    if (ddi == null || ddi.role() != DdiRole.INITIALIZE) continue;
                    boolean raises = call.arguments().stream()
                            .anyMatch(a -> RAISE_FLAGS.stream().anyMatch(flag -> a.text().contains(flag)));
                    AccessPath list = ListLifetime.listOf(call, ddi);
                    if (raises && list != null) keys.add(key(list));
                }
            }
        }
    }

    /** True when allocating from {@code list} raises on failure instead of returning NULL. */
    public boolean raises(AccessPath list) {
        return list != null && keys.contains(key(list));
    }

    private static String key(AccessPath list) {
        return StorageKeys.of(list);
    }
}
