package dev.lookasidelint.analyzer.frontend;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A prelude macro file cut to what one translation unit can use. The WDK prelude defines some 1,500
 * macros, almost all SAL annotations, and CDT pays for each definition on every parse; a file uses a
 * few dozen of them. So the prelude is split into its {@code #define}s, and a parse gets the ones whose
 * names occur in the text it reads (the file, the headers it can include, see {@link UsedNames}), plus
 * the prelude macros their bodies use. Conditional blocks ({@code #ifdef __cplusplus ...}) are always
 * kept whole. The selection keeps the file's order, so the result reads as the prelude with lines left
 * out.
 */
final class Prelude {
    /** One #define, or a block the selection does not cut (a conditional group). */
    private record Unit(String text, String name, Set<String> uses) {
    }

    private final List<Unit> units;
    private final Map<String, List<Integer>> definitions = new HashMap<>();
    private final BitSet always = new BitSet();

    private Prelude(List<Unit> units) {
        this.units = units;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.name() == null) always.set(i);
            else definitions.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(i);
        }
        // what the always-kept blocks use is always needed too
        Set<String> needed = new HashSet<>();
        always.stream().forEach(i -> needed.addAll(units.get(i).uses()));
        closure(needed, always);
    }

    /** Every name the prelude defines outside conditional blocks: the ones worth looking for. */
    Set<String> names() {
        return definitions.keySet();
    }

    /** The prelude text with the definitions of {@code used} (and what they need), in file order. */
    char[] select(Set<String> used) {
        BitSet keep = (BitSet) always.clone();
        closure(new HashSet<>(used), keep);
        StringBuilder b = new StringBuilder(keep.cardinality() * 40);
        keep.stream().forEach(i -> b.append(units.get(i).text()).append('\n'));
        char[] out = new char[b.length()];
        b.getChars(0, b.length(), out, 0);
        return out;
    }

    /** Marks in {@code keep} the definitions of {@code names} and, transitively, of the names they use. */
    private void closure(Set<String> names, BitSet keep) {
        List<String> work = new ArrayList<>(names);
        Set<String> seen = new HashSet<>(names);
        while (!work.isEmpty()) {
            List<Integer> defs = definitions.get(work.remove(work.size() - 1));
            if (defs == null) continue;
            for (int i : defs) {
                if (keep.get(i)) continue;
                keep.set(i);
                for (String u : units.get(i).uses()) {
                    if (seen.add(u)) work.add(u);
                }
            }
        }
    }

    /** Splits a prelude file into units: #defines (with their continuation lines) and conditional blocks. */
    static Prelude parse(char[] chars) {
        String[] lines = new String(chars).split("\n", -1);
        List<Unit> units = new ArrayList<>();
        int depth = 0;
        StringBuilder block = null;
        for (int i = 0; i < lines.length; i++) {
            StringBuilder logical = new StringBuilder(lines[i]);
            while (endsWithBackslash(logical) && i + 1 < lines.length) logical.append('\n').append(lines[++i]);
            String line = logical.toString();
            String directive = directive(line);
            if (directive.startsWith("if")) {
                if (depth++ == 0) block = new StringBuilder();
            }
            if (depth > 0) {
                block.append(line).append('\n');
                if (directive.equals("endif") && --depth == 0) {
                    units.add(new Unit(block.toString(), null, identifiers(block)));
                    block = null;
                }
                continue;
            }
            if (directive.equals("define")) {
                String rest = line.substring(line.indexOf("define") + 6).stripLeading();
                int end = 0;
                while (end < rest.length() && isIdentifierPart(rest.charAt(end))) end++;
                Set<String> uses = identifiers(rest.substring(end));
                units.add(new Unit(line, rest.substring(0, end), uses));
            } else if (!directive.isEmpty()) {
                units.add(new Unit(line, null, identifiers(line)));
            }
        }
        return new Prelude(units);
    }

    private static boolean endsWithBackslash(CharSequence s) {
        int i = s.length() - 1;
        while (i >= 0 && (s.charAt(i) == '\r' || s.charAt(i) == ' ' || s.charAt(i) == '\t')) i--;
        return i >= 0 && s.charAt(i) == '\\';
    }

    /** The directive word of a line ({@code define}, {@code ifdef}, ...), or "" for other lines. */
    private static String directive(String line) {
        String s = line.stripLeading();
        if (!s.startsWith("#")) return "";
        s = s.substring(1).stripLeading();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
        return s.substring(0, end);
    }

    /** The identifiers in a piece of text. */
    static Set<String> identifiers(CharSequence text) {
        Set<String> ids = new HashSet<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && isIdentifierPart(text.charAt(i))) i++;
                ids.add(text.subSequence(start, i).toString());
            } else if (Character.isDigit(c)) {
                while (i < n && isIdentifierPart(text.charAt(i))) i++;
            } else {
                i++;
            }
        }
        return ids;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
