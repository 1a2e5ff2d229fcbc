package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import java.util.ArrayList;
import java.util.HashSet;
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

    private final Map<List<String>, InitSite> fields = new LinkedHashMap<>();

    public ExtensionLists(Program program, ListLifetime lifetime, Summaries<ListSummary> table) {
        for (Function f : program.functions()) {
            Set<String> aliases = extensionAliases(f);
            for (var e : lifetime.initSites(f, table).entrySet()) {
                List<String> field = fieldIn(e.getKey(), aliases);
                if (field != null) fields.putIfAbsent(field, e.getValue());
            }
        }
    }

    /** Field chains of lists in device extensions, with where each is initialized. */
    public Map<List<String>, InitSite> fields() {
        return fields;
    }

    /** The list's selectors inside the extension, or null when it is not reached through one. */
    private static List<String> fieldIn(AccessPath list, Set<String> aliases) {
        List<String> s = list.selectors();
        if (list.scope() == AccessPath.Scope.LOCAL && aliases.contains(list.root()) && !s.isEmpty()) return s;
        int at = s.indexOf(DEVICE_EXTENSION);
        return at >= 0 && at + 1 < s.size() ? new ArrayList<>(s.subList(at + 1, s.size())) : null;
    }

    /** Locals assigned from some {@code X->DeviceExtension} in {@code f}. */
    public static Set<String> extensionAliases(Function f) {
        Set<String> aliases = new HashSet<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Assign a && a.source() != null && !a.source().selectors().isEmpty()
                        && a.source().selectors().get(a.source().selectors().size() - 1).equals(DEVICE_EXTENSION)
                        && a.target().isVariable() && a.target().scope() == AccessPath.Scope.LOCAL) {
                    aliases.add(a.target().root());
                }
            }
        }
        return aliases;
    }
}
