package dev.lookasidelint.rules.ddi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A call that links an entry into a list head or takes entries off one ({@code queues.tsv}):
 * {@code head} and {@code entry} are argument indexes, -1 for none.
 */
public record QueueDdi(String name, Action action, int head, int entry) {

    public enum Action { INSERT, REMOVE, REMOVE_ENTRY }

    private static final Map<String, QueueDdi> BY_NAME = load();

    /** The queue call named {@code name}, or null. */
    public static QueueDdi lookup(String name) {
        return name == null ? null : BY_NAME.get(name);
    }

    private static Map<String, QueueDdi> load() {
        Map<String, QueueDdi> map = new HashMap<>();
        try (InputStream in = QueueDdi.class.getResourceAsStream("queues.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                map.put(f[0], new QueueDdi(f[0], Action.valueOf(f[1]), index(f[2]), index(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    private static int index(String s) {
        return s.equals("-") ? -1 : Integer.parseInt(s);
    }
}
