package dev.lookasidelint.rules.driver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of {@code teardown.tsv}: the callbacks and handlers that tear down a WDF object context or an
 * NDIS context, how an NDIS setup handler hands over its context, and the names of C++ teardown methods.
 */
public record TeardownTable(List<Row> rows) {

    public enum Kind { WDF, NDIS, CONTEXT_FIELD, CONTEXT_CALL, METHOD }

    /** One row: {@code undoes} is the setup field it pairs with ({@code *}: any), or an argument index. */
    public record Row(Kind kind, String name, String undoes) {
    }

    private static final TeardownTable BUILT_IN = load();

    public static TeardownTable builtIn() {
        return BUILT_IN;
    }

    public List<Row> of(Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).toList();
    }

    /**
     * True when {@code method} (the name after the class, {@code ~CFoo} for a destructor) tears its object
     * down: the destructor, or a name that starts or ends with one of the {@code method} rows.
     */
    public boolean isTeardownMethod(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        for (Row r : of(Kind.METHOD)) {
            String word = r.name().toLowerCase(Locale.ROOT);
            if (word.equals("~") ? m.startsWith("~") : m.startsWith(word) || m.endsWith(word)) return true;
        }
        return false;
    }

    private static TeardownTable load() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = TeardownTable.class.getResourceAsStream("teardown.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                Kind kind = Kind.valueOf(f[0].toUpperCase(Locale.ROOT).replace('-', '_'));
                rows.add(new Row(kind, f[1], f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TeardownTable(List.copyOf(rows));
    }
}
