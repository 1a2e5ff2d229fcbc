package dev.lookasidelint.analyzer.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a file-scope variable's initializer, kept only as far as registration tables need it:
 * a brace list is a node whose {@code elements} are its clauses in order (nested braces stay nested),
 * each with the field it names when designated ({@code .FilterUnloadCallback = X} gives
 * {@code "FilterUnloadCallback"}, {@code [2] = X} gives null); any other clause is a leaf whose
 * {@code name} is the identifier it names ({@code X}, {@code &X}, {@code (PFN)X}), or null for
 * constants, arithmetic and the like. {@code FLT_REGISTRATION}'s unload callback and the operations
 * of an {@code FLT_OPERATION_REGISTRATION} array are read from it.
 */
public record Initializer(String designator, String name, List<Initializer> elements) {

    public Initializer {
        elements = List.copyOf(elements);
    }

    public static Initializer leaf(String designator, String name) {
        return new Initializer(designator, name, List.of());
    }

    public boolean isList() {
        return !elements.isEmpty();
    }

    /**
     * The clause for a struct field: the one designated {@code .field}, or else the one at
     * {@code position} among the leading positional clauses; null when the initializer leaves it out.
     */
    public Initializer field(String field, int position) {
        for (Initializer e : elements) {
            if (field.equals(e.designator())) return e;
        }
        if (position >= 0 && position < elements.size()) {
            for (int i = 0; i <= position; i++) {
                if (elements.get(i).designator() != null) return null; // positions after a designator shift
            }
            return elements.get(position);
        }
        return null;
    }

    /** Every identifier named anywhere in this initializer, in source order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        collect(out);
        return out;
    }

    private void collect(List<String> out) {
        if (name != null) out.add(name);
        for (Initializer e : elements) e.collect(out);
    }
}
