package dev.lookasidelint.sarif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Which source lines a finding shows: a few lines of context around each place it points to (its
 * location, the steps of a code flow, related locations), places close to each other in one
 * excerpt, places in other files or far away in their own. Excerpts come in the order the places
 * are first met, so a code flow reads from top to bottom. Never whole files: a big scan stays small.
 */
final class Excerpts {

    /** Lines shown before and after a place. */
    static final int CONTEXT = 3;
    /** Two excerpts of one file closer than this many hidden lines are shown as one. */
    static final int JOIN_GAP = 4;

    /** A place in the source. */
    record Place(String path, int line) {
    }

    /**
     * Lines {@code from..to} of {@code path}; {@code from == 0} when none of the file can be shown
     * (unreadable, or the places lie past its end): the places go under a note instead.
     */
    record Excerpt(String path, int from, int to) {
        boolean hasSource() {
            return from > 0;
        }

        boolean holds(Place p) {
            return p.path().equals(path) && (hasSource() ? p.line() >= from && p.line() <= to : true);
        }
    }

    private Excerpts() {
    }

    /**
     * The excerpts for {@code places} (in reading order), given each file's line count (0 when it
     * cannot be read).
     */
    static List<Excerpt> plan(List<Place> places, ToIntFunction<String> lineCount) {
        Map<String, TreeSet<Integer>> linesByPath = new LinkedHashMap<>();
        for (Place p : places) {
            linesByPath.computeIfAbsent(p.path(), k -> new TreeSet<>()).add(p.line());
        }
        List<Excerpt> excerpts = new ArrayList<>();
        for (Map.Entry<String, TreeSet<Integer>> e : linesByPath.entrySet()) {
            String path = e.getKey();
            int count = lineCount.applyAsInt(path);
            boolean placeless = false;
            Excerpt open = null;
            for (int line : e.getValue()) {
                if (line < 1 || line > count) {
                    placeless = true;
                    continue;
                }
                int from = Math.max(1, line - CONTEXT);
                int to = Math.min(count, line + CONTEXT);
                if (open != null && from <= open.to() + JOIN_GAP + 1) {
                    open = new Excerpt(path, open.from(), to);
                } else {
                    if (open != null) excerpts.add(open);
                    open = new Excerpt(path, from, to);
                }
            }
            if (open != null) excerpts.add(open);
            if (placeless) excerpts.add(new Excerpt(path, 0, 0));
        }
        Map<Excerpt, Integer> firstPlace = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            firstPlace.putIfAbsent(showing(places.get(i), excerpts), i);
        }
        List<Excerpt> ordered = new ArrayList<>(excerpts);
        ordered.sort(Comparator.comparingInt(firstPlace::get));
        return ordered;
    }

    /** The excerpt that shows {@code p}: the one with its line, else its file's note. */
    static Excerpt showing(Place p, List<Excerpt> excerpts) {
        Excerpt note = null;
        for (Excerpt x : excerpts) {
            if (!x.path().equals(p.path())) continue;
            if (x.hasSource() && x.holds(p)) return x;
            if (!x.hasSource()) note = x;
        }
        return note;
    }
}
