package dev.lookasidelint.rules.ddi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The DDI arguments that are only kept as a context for a later callback ({@code contexts.tsv}): a call
 * that receives {@code &GlobalData} there does not change {@code GlobalData}.
 */
public final class ContextArguments {
    private static final Set<String> KEPT = load();

    private ContextArguments() {
    }

    /** True when argument {@code index} of the DDI {@code name} is a context the call does not write. */
    public static boolean isContext(String name, int index) {
        return name != null && KEPT.contains(name + "\t" + index);
    }

    private static Set<String> load() {
        Set<String> kept = new HashSet<>();
        try (InputStream in = ContextArguments.class.getResourceAsStream("contexts.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                kept.add(f[0] + "\t" + Integer.parseInt(f[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kept;
    }
}
