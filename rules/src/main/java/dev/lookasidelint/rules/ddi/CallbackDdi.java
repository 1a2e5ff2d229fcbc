package dev.lookasidelint.rules.ddi;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Op;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A row of {@code callbacks.tsv}: a DDI that registers callbacks the system calls later, one that stops
 * them, or one that binds a routine to an object (a DPC) that a registration names. See the table's
 * header for the columns.
 */
public record CallbackDdi(Kind kind, String name, String group, Spec callbacks, Spec identity,
                          int whenArgument, boolean whenTrue) {

    public enum Kind { REGISTER, STOP, BIND }

    /** How an argument is read: {@code arg:N}, {@code out:N}, {@code struct:N}, {@code object:N}, {@code result}. */
    public record Spec(String how, int argument) {
        /** The path this spec names at {@code call}, or null. */
        public AccessPath path(Op.Call call) {
            if (how.equals("result")) return call.result();
            if (argument < 0 || argument >= call.arguments().size()) return null;
            AccessPath p = call.arguments().get(argument).path();
            if (p == null) return null;
            return how.equals("out") ? p.pointee() : p;
        }
    }

    private static final List<CallbackDdi> BUILT_IN = load();
    private static final Set<String> TRUE_TEXT = Set.of("TRUE", "1", "true");
    private static final Set<String> FALSE_TEXT = Set.of("FALSE", "0", "false");

    public static List<CallbackDdi> builtIn() {
        return BUILT_IN;
    }

    /** True when this row describes {@code call}: the same DDI, and its flag argument (if any) as the row says. */
    public boolean matches(Op.Call call) {
        if (!name.equals(call.callee())) return false;
        if (whenArgument < 0) return true;
        if (whenArgument >= call.arguments().size()) return false;
        String text = call.arguments().get(whenArgument).text().replaceAll("[()\\s]", "");
        return (whenTrue ? TRUE_TEXT : FALSE_TEXT).contains(text);
    }

    private static List<CallbackDdi> load() {
        List<CallbackDdi> rows = new ArrayList<>();
        try (InputStream in = CallbackDdi.class.getResourceAsStream("callbacks.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                int whenArgument = -1;
                boolean whenTrue = false;
                if (!f[5].equals("-")) {
                    String[] w = f[5].split("=");
                    whenArgument = Integer.parseInt(w[0]);
                    whenTrue = w[1].equals("TRUE");
                }
                rows.add(new CallbackDdi(Kind.valueOf(f[0].toUpperCase(Locale.ROOT)), f[1], f[2], spec(f[3]), spec(f[4]),
                        whenArgument, whenTrue));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }

    private static Spec spec(String s) {
        if (s.equals("-")) return null;
        if (s.equals("result")) return new Spec("result", -1);
        String[] p = s.split(":");
        return new Spec(p[0], Integer.parseInt(p[1]));
    }
}
