package dev.lookasidelint.rules.driver;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.interproc.CallGraph;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The driver's entry points that the rules reason about: DriverEntry, and the unload routine from
 * {@code DriverObject->DriverUnload = X} in any function reachable from it. A scan may hold many
 * drivers (a samples tree): each DriverEntry is paired only with the unload routines that its own
 * code registers.
 */
public final class DriverModel {
    private static final String DRIVER_ENTRY = "DriverEntry";
    private static final String UNLOAD_FIELD = "DriverUnload";

    private final List<Function> driverEntries;
    private final List<UnloadRegistration> unloads = new ArrayList<>();
    private final CallGraph calls;

    public DriverModel(Program program, CallGraph calls) {
        this.calls = calls;
        this.driverEntries = program.functionsNamed(DRIVER_ENTRY);
        for (Function f : program.functions()) {
            for (Block b : f.cfg().blocks()) {
                for (Op op : b.ops()) {
                    if (op instanceof Op.Assign a && isUnloadField(a.target()) && a.source() != null) {
                        Function routine = program.resolve(a.source().withoutAddress().root(), f.file());
                        if (routine != null && a.source().selectors().isEmpty()) {
                            unloads.add(new UnloadRegistration(routine, f, a.location()));
                        }
                    }
                }
            }
        }
    }

    private static boolean isUnloadField(AccessPath target) {
        List<String> s = target.selectors();
        if (s.isEmpty()) return false;
        String last = s.get(s.size() - 1);
        return last.equals("->" + UNLOAD_FIELD) || last.equals("." + UNLOAD_FIELD);
    }

    public List<Function> driverEntries() {
        return driverEntries;
    }

    /** The unload routines registered by code reachable from {@code entry}, once per routine. */
    public List<UnloadRegistration> unloadRoutines(Function entry) {
        Set<Function> reachable = calls.reachableFrom(entry);
        List<UnloadRegistration> distinct = new ArrayList<>();
        for (UnloadRegistration r : unloads) {
            if (!reachable.contains(r.registeredIn())) continue;
            if (distinct.stream().noneMatch(d -> d.routine() == r.routine())) distinct.add(r);
        }
        return distinct;
    }
}
