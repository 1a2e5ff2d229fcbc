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
import java.util.Set;

/**
 * The lookaside lists of the project whose blocks live in paged pool. The Paged DDIs say so by name;
 * an {@code ExInitializeLookasideListEx} says so by its PoolType argument ({@code PagedPool},
 * {@code PagedPoolCacheAligned}, any type named Paged but not NonPaged), and then every Ex call on the
 * same list is paged too. Lists are keyed as {@link RaisingLists} keys them: a global by its path, a
 * list in a structure by its field name ({@code ext->Cache} in AddDevice and in the DPC are the same
 * field of different locals).
 */
public final class PagedLists {
    /** The PoolType argument of ExInitializeLookasideListEx. */
    private static final int POOL_TYPE_ARGUMENT = 3;
    private static final String PAGED_FAMILY = "PAGED";
    private static final String EX_FAMILY = "EX";

    private final DdiTable ddis;
    private final Set<String> exKeys = new HashSet<>();

    public PagedLists(Program program, DdiTable ddis) {
        this.ddis = ddis;
        for (Function f : program.functions()) {
            for (Block b : f.cfg().blocks()) {
                for (Op op : b.ops()) {
                    if (!(op instanceof Op.Call call)) continue;
                    Ddi ddi = ddis.lookup(call.callee());
                    if (ddi == null || ddi.role() != DdiRole.INITIALIZE || !ddi.family().equals(EX_FAMILY)) continue;
                    String key = key(call, ddi);
                    if (key != null && initializesPaged(call)) exKeys.add(key);
                }
            }
        }
    }

    /** True when {@code call} initializes, allocates from, frees to, flushes or deletes a paged list. */
    public boolean isPaged(Op.Call call) {
        Ddi ddi = ddis.lookup(call.callee());
        if (ddi == null) return false;
        if (ddi.family().equals(PAGED_FAMILY)) return isListOperation(ddi.role());
        if (!ddi.family().equals(EX_FAMILY) || !isListOperation(ddi.role())) return false;
        if (ddi.role() == DdiRole.INITIALIZE && initializesPaged(call)) return true;
        String key = key(call, ddi);
        return key != null && exKeys.contains(key);
    }

    private static boolean isListOperation(DdiRole role) {
        return role == DdiRole.INITIALIZE || role == DdiRole.ALLOCATE || role == DdiRole.FREE
                || role == DdiRole.DELETE || role == DdiRole.FLUSH;
    }

    private static boolean initializesPaged(Op.Call call) {
        if (call.arguments().size() <= POOL_TYPE_ARGUMENT) return false;
        String pool = call.arguments().get(POOL_TYPE_ARGUMENT).text();
        return pool.replace("NonPaged", "").contains("Paged");
    }

    /**
     * The key of the list a DDI call works on; the argument's text when it is not a plain path, and null
     * for a list reached through a bare pointer ({@code *List}), which names no field to key it by.
     */
    public static String key(Op.Call call, Ddi ddi) {
        AccessPath list = ListLifetime.listOf(call, ddi);
        if (list == null) {
            int i = ddi.listArgument();
            return i >= 0 && i < call.arguments().size() ? call.arguments().get(i).text() : null;
        }
        if (list.scope() == AccessPath.Scope.GLOBAL || list.selectors().isEmpty()) return list.toString();
        String last = list.selectors().get(list.selectors().size() - 1);
        if (last.equals("*") || last.equals("[]")) return null;
        return "field " + last.replaceFirst("^(->|\\.)", "");
    }
}
