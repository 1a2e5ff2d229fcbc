package dev.lookasidelint.rules.ddi;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The table of lookaside DDIs ({@code ddi.tsv}), loaded once. */
public final class DdiTable {
    private static final DdiTable BUILT_IN = load();

    private final Map<String, Ddi> byName;

    private DdiTable(Map<String, Ddi> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    public static DdiTable builtIn() {
        return BUILT_IN;
    }

    /** The DDI called {@code name}, or null for any other function. */
    public Ddi lookup(String name) {
        return name == null ? null : byName.get(name);
    }

    /**
     * This table with the user's wrappers added (from the project configuration): each is looked up
     * like a DDI, so that at its call sites it takes its role and its own body is not read as a helper.
     */
    /** True when {@code f} calls, itself, a DDI (or declared wrapper) of {@code role}. */
    public boolean calledBy(Function f, DdiRole role) {
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Call call) {
                    Ddi ddi = lookup(call.callee());
                    if (ddi != null && ddi.role() == role) return true;
                }
            }
        }
        return false;
    }

    public DdiTable with(Collection<Ddi> wrappers) {
        if (wrappers.isEmpty()) return this;
        Map<String, Ddi> map = new LinkedHashMap<>(byName);
        for (Ddi w : wrappers) map.put(w.name(), w);
        return new DdiTable(map);
    }

    public Collection<Ddi> all() {
        return byName.values();
    }

    private static DdiTable load() {
        Map<String, Ddi> map = new LinkedHashMap<>();
        try (InputStream in = DdiTable.class.getResourceAsStream("ddi.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                map.put(f[0], new Ddi(f[0], DdiRole.valueOf(f[1]), f[2], index(f[3]), index(f[4]),
                        f.length > 5 ? index(f[5]) : -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DdiTable(map);
    }

    private static int index(String s) {
        return s.equals("-") ? -1 : Integer.parseInt(s);
    }
}
