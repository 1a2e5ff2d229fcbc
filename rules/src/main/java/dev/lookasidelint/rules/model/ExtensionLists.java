package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lists a driver keeps in device extensions, project-wide: each is known by its field chain inside
 * the extension ({@code ->RequestList}), with the Initialize that sets it up. A routine that deletes the
 * device (a remove or unload path) owes a Delete of each, wherever it was initialized.
 */
public final class ExtensionLists {
    private static final String DEVICE_EXTENSION = "->DeviceExtension";

    /**
     * A list in a device extension: where it is initialized, and the extension's pointer type as the
     * initializing function converts {@code DeviceExtension} to it (null when the front end could not
     * measure it), which tells one kind of device from another.
     */
    public record ExtensionList(InitSite site, String extensionType) {
    }

    private final Map<List<String>, ExtensionList> fields = new LinkedHashMap<>();

    public ExtensionLists(Program program, ListLifetime lifetime, Summaries<ListSummary> table) {
        for (Function f : program.functions()) {
            Map<String, String> aliases = extensionAliases(f);
            for (var e : lifetime.initSites(f, table).entrySet()) {
                List<String> field = fieldIn(e.getKey(), aliases.keySet());
                if (field != null) {
                    fields.putIfAbsent(field, new ExtensionList(e.getValue(), aliases.get(e.getKey().root())));
                }
            }
        }
    }

    /** Field chains of lists in device extensions, with where each is initialized. */
    public Map<List<String>, ExtensionList> fields() {
        return fields;
    }

    /**
     * The pointer types {@code f} converts {@code extension} ({@code Device->DeviceExtension}) to, by
     * local that holds it (a null type: not measured); empty when no local holds it.
     */
    public static Map<String, String> typesOf(Function f, AccessPath extension) {
        Map<String, String> types = new java.util.HashMap<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Assign a && extension.equals(a.source()) && a.target().isVariable()
                        && a.target().scope() == AccessPath.Scope.LOCAL) {
                    types.put(a.target().root(), a.storedAs() == null ? null : a.storedAs().name());
                }
            }
        }
        return types;
    }

    /** The list's selectors inside the extension, or null when it is not reached through one. */
    private static List<String> fieldIn(AccessPath list, Set<String> aliases) {
        List<String> s = list.selectors();
        if (list.scope() == AccessPath.Scope.LOCAL && aliases.contains(list.root()) && !s.isEmpty()) return s;
        int at = s.indexOf(DEVICE_EXTENSION);
        return at >= 0 && at + 1 < s.size() ? new ArrayList<>(s.subList(at + 1, s.size())) : null;
    }

    /** Locals assigned from some {@code X->DeviceExtension} in {@code f}, with the type they convert it to. */
    public static Map<String, String> extensionAliases(Function f) {
        Map<String, String> aliases = new java.util.HashMap<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Assign a && a.source() != null && !a.source().selectors().isEmpty()
                        && a.source().selectors().get(a.source().selectors().size() - 1).equals(DEVICE_EXTENSION)
                        && a.target().isVariable() && a.target().scope() == AccessPath.Scope.LOCAL) {
                    aliases.put(a.target().root(), a.storedAs() == null ? null : a.storedAs().name());
                }
            }
        }
        return aliases;
    }
}
