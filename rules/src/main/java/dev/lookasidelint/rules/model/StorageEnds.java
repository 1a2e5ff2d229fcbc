package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.ddi.DdiTable;
import dev.lookasidelint.analyzer.cfg.ControlFlowGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;

/**
 * Where the memory that holds list headers ends inside a function: {@code ExFreePool(ctx)} ends
 * {@code ctx->List} (also through a local assigned from {@code ctx}, as in {@code c = (PCTX)Context}); {@code IoDeleteDevice(Device)} ends the device extension, reached as
 * {@code Device->DeviceExtension} or through a local assigned from it; the end of a block scope, or a
 * return, ends the lists declared on the stack.
 */
public final class StorageEnds {
    private static final String DEVICE_EXTENSION = "->DeviceExtension";

    /**
     * Storage that ends at one op. {@code freed} are the pointers whose objects are freed (lists reached
     * through them end with them); {@code locals} the stack variables that die ({@code allLocals}: all of
     * them); {@code device}: a device object is deleted and {@code freed} are its extension.
     */
    public record End(List<AccessPath> freed, List<String> locals, boolean allLocals, boolean device, String what) {

        /** True when {@code list}'s header lives in the storage that ends here. */
        public boolean covers(AccessPath list) {
            if (list.scope() == AccessPath.Scope.LOCAL && list.isDirectStorage()) {
                return allLocals || locals.contains(list.root());
            }
            for (AccessPath p : freed) {
                if (p.isPrefixOf(list) && !p.equals(list)) return true;
            }
            return false;
        }
    }

    private final DdiTable ddis;
    private final Map<ControlFlowGraph, Map<AccessPath, List<AccessPath>>> aliases = new ConcurrentHashMap<>();

    public StorageEnds(DdiTable ddis) {
        this.ddis = ddis;
    }

    /** The storage that {@code op} of {@code f} ends, or null. */
    public End at(Function f, Op op) {
        if (op instanceof Op.Return) return new End(List.of(), List.of(), true, false, "the function returns");
        if (op instanceof Op.ScopeEnd s) return new End(List.of(), s.locals(), false, false, "its scope ends");
        if (!(op instanceof Op.Call call)) return null;
        Ddi ddi = ddis.lookup(call.callee());
        if (ddi == null || ddi.blockArgument() < 0 || ddi.blockArgument() >= call.arguments().size()) return null;
        AccessPath freed = call.arguments().get(ddi.blockArgument()).path();
        if (freed == null || freed.addressOf()) return null;
        if (ddi.role() == DdiRole.POOL_FREE) {
            // A callback frees its context through the parameter it was given and reaches the lists
            // through a typed local assigned from it: both name the freed memory.
            List<AccessPath> names = new ArrayList<>();
            names.add(freed);
            names.addAll(aliasesOf(f, freed));
            return new End(names, List.of(), false, false, "'" + freed + "' is freed by " + call.callee());
        }
        if (ddi.role() == DdiRole.DEVICE_DELETE) {
            List<AccessPath> extension = new ArrayList<>();
            AccessPath reached = freed.select(DEVICE_EXTENSION);
            extension.add(reached);
            extension.addAll(aliasesOf(f, reached));
            return new End(extension, List.of(), false, true, "the device object '" + freed + "' is deleted by "
                    + call.callee() + ", and with it its device extension");
        }
        return null;
    }

    /**
     * Locals assigned from {@code object} anywhere in {@code f}: {@code ext = Device->DeviceExtension},
     * {@code conn = (PCONN)Cookie}. Flow-insensitive on purpose: drivers name a context once, at the top.
     * The analyses ask at every visit of a free, on every path: each function is read once.
     */
    private List<AccessPath> aliasesOf(Function f, AccessPath object) {
        return aliases.computeIfAbsent(f.cfg(), cfg -> localCopies(f)).getOrDefault(object, List.of());
    }

    private static Map<AccessPath, List<AccessPath>> localCopies(Function f) {
        Map<AccessPath, List<AccessPath>> copies = new HashMap<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Assign a && a.source() != null && a.target().isVariable()
                        && a.target().scope() != AccessPath.Scope.GLOBAL) {
                    copies.computeIfAbsent(a.source(), k -> new ArrayList<>()).add(a.target());
                }
            }
        }
        return copies;
    }
}
