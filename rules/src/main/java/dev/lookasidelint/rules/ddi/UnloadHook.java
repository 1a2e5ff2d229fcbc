package dev.lookasidelint.rules.ddi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One way a driver registers its unload routine, a row of {@code unload.tsv}: a field assigned the
 * routine, a DDI that takes it as an argument, or a DDI that takes a registration table naming it.
 */
public record UnloadHook(Kind kind, String name, int argument, String field, int position) {

    public enum Kind { FIELD, CALL, TABLE }

    private static final List<UnloadHook> BUILT_IN = load();

    public static List<UnloadHook> builtIn() {
        return BUILT_IN;
    }

    private static List<UnloadHook> load() {
        List<UnloadHook> hooks = new ArrayList<>();
        try (InputStream in = UnloadHook.class.getResourceAsStream("unload.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                hooks.add(new UnloadHook(Kind.valueOf(f[0].toUpperCase(java.util.Locale.ROOT)), f[1], index(f[2]),
                        f[3].equals("-") ? null : f[3], index(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(hooks);
    }

    static int index(String s) {
        return s.equals("-") ? -1 : Integer.parseInt(s);
    }
}
