package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.ddi.DdiTable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The entry size each list was initialized with, project-wide: the Size argument of its Initialize
 * calls, as the front end evaluated it ({@code sizeof(T)}, a constant, a macro for one, their sums).
 *
 * <p>A list is known as {@link RaisingLists} knows it: by its path when it is a global
 * ({@code g_List}, {@code g_Globals.List}), by its field name otherwise ({@code ext->RecvList} in
 * AddDevice and in a dispatch routine are the same field of different locals); and, since one scan
 * can hold many drivers, only within the folder of the file that names it. A list reached only through
 * a pointer ({@code *List}) has no key.
 *
 * <p>A list initialized in several places takes the smallest size: each Initialize really happens on
 * some path, and a block used as a larger type overruns the entries of that one. When the size of any of
 * its Initialize calls is unknown (a parameter, a type the parse could not measure), the list's size
 * is unknown, since the unknown one may be the smallest and a guess would make findings up.
 */
public final class EntrySizes {

    /** A list's entry size in bytes, the argument as written, and the Initialize that gave it. */
    public record EntrySize(long bytes, String text, SourceLocation initialize) {
    }

    private final Map<String, EntrySize> sizes = new HashMap<>();
    private final Set<String> unknown = new HashSet<>();

    public EntrySizes(Program program, DdiTable ddis) {
        for (Function f : program.functions()) {
            for (Block b : f.cfg().blocks()) {
                for (Op op : b.ops()) {
                    if (op instanceof Op.Call call) record(f, call, ddis.lookup(call.callee()));
                }
            }
        }
        sizes.keySet().removeAll(unknown);
    }

    private void record(Function f, Op.Call call, Ddi ddi) {
        if (ddi == null || ddi.role() != DdiRole.INITIALIZE || ddi.sizeArgument() < 0) return;
        String key = key(f, ListLifetime.listOf(call, ddi));
        if (key == null) return;
        Op.Argument size = ddi.sizeArgument() < call.arguments().size() ? call.arguments().get(ddi.sizeArgument()) : null;
        if (size == null || size.value() == null || size.value() <= 0) {
            unknown.add(key);
            return;
        }
        EntrySize here = new EntrySize(size.value(), size.text(), call.location());
        sizes.merge(key, here, (a, b) -> b.bytes() < a.bytes()
                || b.bytes() == a.bytes() && b.initialize().compareTo(a.initialize()) < 0 ? b : a);
    }

    /** The entry size of {@code list} as named in {@code f}, or null when it is not known. */
    public EntrySize of(Function f, AccessPath list) {
        String key = key(f, list);
        return key == null ? null : sizes.get(key);
    }

    private static String key(Function f, AccessPath list) {
        if (list == null || list.addressOf()) return null;
        int slash = f.file().lastIndexOf('/');
        String folder = slash < 0 ? "" : f.file().substring(0, slash);
        if (list.scope() == AccessPath.Scope.GLOBAL) return folder + "|" + list;
        if (list.selectors().isEmpty()) return null; // a local header: nothing outside this function names it
        String last = list.selectors().get(list.selectors().size() - 1);
        if (!last.startsWith("->") && !last.startsWith(".")) return null; // *List, List[i]
        return folder + "|field " + last.replaceFirst("^(->|\\.)", "");
    }
}
