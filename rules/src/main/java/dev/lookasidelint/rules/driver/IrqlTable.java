package dev.lookasidelint.rules.driver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The IRQL facts of the driver model ({@code irql.tsv}), loaded once: which calls raise and lower IRQL
 * inside a function, and which registrations, callback fields and role typedefs make a function run at
 * DISPATCH_LEVEL or above.
 */
public final class IrqlTable {
    private static final IrqlTable BUILT_IN = load();

    /** What a name in the table does to IRQL. */
    public enum Kind { RAISE, RAISE_TO, AT_DISPATCH, LOWER, REGISTER, FIELD, TYPEDEF }

    /**
     * One row: {@code argument} is the index of the routine ({@code REGISTER}) or of the level
     * ({@code RAISE_TO}), -1 otherwise; {@code what} is how messages say it ("a DPC routine",
     * "a spin lock is held").
     */
    public record Entry(String name, Kind kind, int argument, String what) {
    }

    private final Map<String, List<Entry>> byName;

    private IrqlTable(Map<String, List<Entry>> byName) {
        this.byName = byName;
    }

    public static IrqlTable builtIn() {
        return BUILT_IN;
    }

    /** The rows for {@code name} of one kind (a name can register two routines: WDF_INTERRUPT_CONFIG_INIT). */
    public List<Entry> lookup(String name, Kind kind) {
        if (name == null) return List.of();
        return byName.getOrDefault(name, List.of()).stream().filter(e -> e.kind() == kind).toList();
    }

    /** The row that says what a call does to IRQL inside its function (raise, lower), or null. */
    public Entry regionCall(String callee) {
        if (callee == null) return null;
        for (Entry e : byName.getOrDefault(callee, List.of())) {
            if (e.kind() == Kind.RAISE || e.kind() == Kind.RAISE_TO || e.kind() == Kind.AT_DISPATCH
                    || e.kind() == Kind.LOWER) {
                return e;
            }
        }
        return null;
    }

    private static IrqlTable load() {
        Map<String, List<Entry>> map = new HashMap<>();
        try (InputStream in = IrqlTable.class.getResourceAsStream("irql.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                Entry e = new Entry(f[0], Kind.valueOf(f[1]), f[2].equals("-") ? -1 : Integer.parseInt(f[2]), f[3]);
                map.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IrqlTable(map);
    }
}
