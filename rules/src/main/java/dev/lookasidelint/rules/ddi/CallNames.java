package dev.lookasidelint.rules.ddi;

import dev.lookasidelint.rules.model.WdfContexts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every name the rules read as a call: the name column of each DDI table (lookaside DDIs, callback
 * registrations, context arguments, list queues, IRQL changes) and the WDF context macros. The real WDK
 * headers define some of them as macros ({@code ExFreePool}, {@code KeRaiseIrql},
 * {@code NdisFreeToNPagedLookasideList}, {@code WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE}); the frontend
 * keeps those unexpanded, so that a scan with the kit reads the same calls as one with the prelude.
 */
public final class CallNames {
    /** Tables whose header line ({@code # name ...} or {@code # kind\tname ...}) names a column "name". */
    private static final List<String> TABLES = List.of("ddi.tsv", "callbacks.tsv", "contexts.tsv", "queues.tsv",
            "/dev/lookasidelint/rules/driver/irql.tsv");
    private static final Set<String> ALL = load();

    private CallNames() {
    }

    public static Set<String> all() {
        return ALL;
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>(WdfContexts.ATTRIBUTES_TYPE);
        names.add(WdfContexts.TYPED_CONTEXT);
        for (String table : TABLES) names.addAll(namesIn(table));
        return Set.copyOf(names);
    }

    private static Set<String> namesIn(String table) {
        Set<String> names = new HashSet<>();
        int column = -1;
        try (InputStream in = CallNames.class.getResourceAsStream(table)) {
            if (in == null) throw new IllegalStateException("missing resource " + table);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                if (line.startsWith("#")) {
                    // the first comment line with tab-separated column names says which one is "name"
                    if (column < 0 && line.contains("\t")) {
                        column = Arrays.asList(line.substring(1).trim().split("\t")).indexOf("name");
                    }
                    continue;
                }
                if (column < 0) throw new IllegalStateException(table + " has no 'name' column header");
                String[] cells = line.split("\t");
                if (column < cells.length) names.add(cells[column].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
