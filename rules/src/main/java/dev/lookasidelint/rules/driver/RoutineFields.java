package dev.lookasidelint.rules.driver;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver's routines as the structures it fills in name them, project-wide: {@code x.Field = Routine}
 * or {@code x->Field = Routine} (WDF_OBJECT_ATTRIBUTES' {@code EvtCleanupCallback}, the PnP callbacks'
 * {@code EvtDevicePrepareHardware}, NDIS characteristics' {@code HaltHandlerEx}), field by field.
 */
public final class RoutineFields {

    /** {@code routine} assigned to field {@code field} of the structure {@code structure}, in {@code in}. */
    public record Assignment(Function routine, String field, AccessPath structure, Function in,
                             SourceLocation location) {
    }

    private final Map<String, List<Assignment>> byField = new LinkedHashMap<>();

    public RoutineFields(Program program) {
        for (Function f : program.functions()) {
            for (Block b : f.cfg().blocks()) {
                for (Op op : b.ops()) {
                    if (!(op instanceof Op.Assign a) || a.source() == null || a.target().selectors().isEmpty()) continue;
                    AccessPath named = a.source().withoutAddress();
                    if (!named.selectors().isEmpty()) continue;
                    Function routine = program.resolve(named.root(), f.file());
                    if (routine == null) continue;
                    List<String> s = a.target().selectors();
                    String last = s.get(s.size() - 1);
                    String field = last.substring(last.startsWith("->") ? 2 : 1);
                    AccessPath structure = new AccessPath(a.target().root(), a.target().scope(),
                            s.subList(0, s.size() - 1), false);
                    byField.computeIfAbsent(field, k -> new ArrayList<>())
                            .add(new Assignment(routine, field, structure, f, a.location()));
                }
            }
        }
    }

    /** Every assignment of a routine to a field named {@code field}. */
    public List<Assignment> at(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** True when {@code routine} is assigned to a field named {@code field} somewhere. */
    public boolean isAt(Function routine, String field) {
        return at(field).stream().anyMatch(a -> a.routine() == routine);
    }
}
