package dev.lookasidelint.rules.driver;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.interproc.CallGraph;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Initializer;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.rules.ddi.UnloadHook;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The driver's entry points that the rules reason about: DriverEntry, and the unload routines that any
 * function reachable from it registers, in each of the ways {@code unload.tsv} lists: WDM
 * {@code DriverObject->DriverUnload = X}, KMDF {@code config.EvtDriverUnload = X}, a minifilter's
 * {@code FLT_REGISTRATION} unload callback passed to {@code FltRegisterFilter}, NDIS
 * {@code Chars.UnloadHandler = X} and {@code NdisMRegisterUnloadHandler(Wrapper, X)}. A scan may hold many
 * drivers (a samples tree): each DriverEntry is paired only with the unload routines that its own
 * code registers.
 */
public final class DriverModel {
    private static final String DRIVER_ENTRY = "DriverEntry";
    private static final List<UnloadHook> HOOKS = UnloadHook.builtIn();

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
                    } else if (op instanceof Op.Call call && call.callee() != null) {
                        registeredByCall(program, f, call);
                    }
                }
            }
        }
    }

    /**
     * {@code NdisMRegisterUnloadHandler(Wrapper, Unload)}, and {@code FltRegisterFilter(Driver,
     * &Registration, &Filter)} whose file-scope registration table names the unload callback (the table
     * may be defined in another file of the driver).
     */
    private void registeredByCall(Program program, Function f, Op.Call call) {
        for (UnloadHook hook : HOOKS) {
            if (hook.kind() == UnloadHook.Kind.FIELD || !hook.name().equals(call.callee())) continue;
            if (hook.argument() >= call.arguments().size()) continue;
            AccessPath arg = call.arguments().get(hook.argument()).path();
            if (arg == null || !arg.selectors().isEmpty()) continue;
            String routineName = arg.root();
            if (hook.kind() == UnloadHook.Kind.TABLE) {
                Initializer table = program.initializerOf(arg.root(), f.file());
                Initializer slot = table == null ? null : table.field(hook.field(), hook.position());
                routineName = slot == null ? null : slot.name();
            }
            Function routine = routineName == null ? null : program.resolve(routineName, f.file());
            if (routine != null) unloads.add(new UnloadRegistration(routine, f, call.location()));
        }
    }

    private static boolean isUnloadField(AccessPath target) {
        List<String> s = target.selectors();
        if (s.isEmpty()) return false;
        String last = s.get(s.size() - 1);
        for (UnloadHook hook : HOOKS) {
            if (hook.kind() != UnloadHook.Kind.FIELD) continue;
            if (last.equals("->" + hook.name()) || last.equals("." + hook.name())) return true;
        }
        return false;
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
