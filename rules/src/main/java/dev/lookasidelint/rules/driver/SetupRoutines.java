package dev.lookasidelint.rules.driver;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The routines whose failure the system discards without calling any teardown for what they set up:
 * DriverEntry (no unload after a failed DriverEntry), and the routines a driver registers to set up a
 * device or adapter: WDM {@code DriverExtension->AddDevice}, KMDF {@code EvtDriverDeviceAdd} (a field of
 * {@code WDF_DRIVER_CONFIG} or the second argument of {@code WDF_DRIVER_CONFIG_INIT}), NDIS
 * {@code InitializeHandlerEx} and the filter {@code AttachHandler}.
 */
public final class SetupRoutines {
    /** Fields that name a setup routine when a function is assigned to them. */
    private static final Set<String> FIELDS = Set.of("AddDevice", "EvtDriverDeviceAdd", "InitializeHandlerEx",
            "AttachHandler");
    /** Calls whose argument at the given index names a setup routine. */
    private static final String CONFIG_INIT = "WDF_DRIVER_CONFIG_INIT";
    private static final int CONFIG_INIT_ROUTINE = 1;

    private final Set<Function> routines = new LinkedHashSet<>();

    public SetupRoutines(Program program, List<Function> driverEntries) {
        routines.addAll(driverEntries);
        for (Function f : program.functions()) {
            for (Block b : f.cfg().blocks()) {
                for (Op op : b.ops()) {
                    AccessPath named = null;
                    if (op instanceof Op.Assign a && a.source() != null && isSetupField(a.target())) {
                        named = a.source();
                    } else if (op instanceof Op.Call c && CONFIG_INIT.equals(c.callee())
                            && c.arguments().size() > CONFIG_INIT_ROUTINE) {
                        named = c.arguments().get(CONFIG_INIT_ROUTINE).path();
                    }
                    if (named == null) continue;
                    named = named.withoutAddress();
                    if (!named.selectors().isEmpty()) continue;
                    Function routine = program.resolve(named.root(), f.file());
                    if (routine != null) routines.add(routine);
                }
            }
        }
    }

    private static boolean isSetupField(AccessPath target) {
        List<String> s = target.selectors();
        if (s.isEmpty()) return false;
        String last = s.get(s.size() - 1);
        return FIELDS.contains(last.substring(last.startsWith("->") ? 2 : 1));
    }

    public Set<Function> routines() {
        return routines;
    }
}
