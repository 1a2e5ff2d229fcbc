package dev.lookasidelint.bench;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table with its columns padded to line up, numbers right-aligned. */
final class MarkdownTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    MarkdownTable row(Object... cells) {
        if (cells.length != header.size()) throw new IllegalArgumentException("expected " + header.size() + " cells");
        List<String> r = new ArrayList<>();
        for (Object c : cells) r.add(String.valueOf(c).replace("|", "\\|"));
        rows.add(r);
        return this;
    }

    @Override
    public String toString() {
        int[] width = new int[header.size()];
        boolean[] numeric = new boolean[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = Math.max(3, header.get(i).length());
            numeric[i] = !rows.isEmpty();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
                numeric[i] &= r.get(i).matches("[-+]?[\\d.,]+( ?[%x×])?|n/a");
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, header, width, new boolean[width.length]);
        b.append('|');
        for (int i = 0; i < width.length; i++) {
            b.append(' ').append(numeric[i] ? "-".repeat(width[i] - 1) + ":" : "-".repeat(width[i])).append(" |");
        }
        b.append('\n');
        for (List<String> r : rows) line(b, r, width, numeric);
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells, int[] width, boolean[] right) {
        b.append('|');
        for (int i = 0; i < width.length; i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            b.append(' ').append(right[i] ? pad + c : c + pad).append(" |");
        }
        b.append('\n');
    }
}
