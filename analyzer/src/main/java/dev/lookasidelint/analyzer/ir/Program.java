package dev.lookasidelint.analyzer.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every translated file of a scan: the functions by name, the names of file-scope variables, and
 * how a call by name resolves (a {@code static} function in the caller's file wins over a global one).
 */
public final class Program {
    private final List<TranslationUnit> units;
    private final List<Function> functions = new ArrayList<>();
    private final Map<String, List<Function>> byName = new HashMap<>();
    private final Set<String> globalVariables = new HashSet<>();
    private final Set<String> zeroAtStart = new HashSet<>();
    private final Set<String> nonZeroAtStart = new HashSet<>();
    private final Map<String, List<GlobalVariable>> initialized = new HashMap<>();
    /** Every analysis resolves the same calls again and again: answers by file, then by name. */
    private final Map<String, Map<String, java.util.Optional<Function>>> resolved =
            new java.util.concurrent.ConcurrentHashMap<>();

    public Program(List<TranslationUnit> units) {
        this.units = List.copyOf(units);
        for (TranslationUnit unit : this.units) {
            for (Function f : unit.functions()) {
                functions.add(f);
                byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
            }
            for (GlobalVariable g : unit.globals()) {
                globalVariables.add(g.name());
                if (g.isExtern()) continue;
                if (g.initializer() != null) initialized.computeIfAbsent(g.name(), k -> new ArrayList<>()).add(g);
                (g.startsZero() ? zeroAtStart : nonZeroAtStart).add(g.name());
            }
        }
    }

    public List<TranslationUnit> units() {
        return units;
    }

    public List<Function> functions() {
        return Collections.unmodifiableList(functions);
    }

    public List<Function> functionsNamed(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** True when {@code name} is declared as a variable at file scope in some file of the scan. */
    public boolean isGlobalVariable(String name) {
        return globalVariables.contains(name);
    }

    /**
     * True when every definition of the global {@code name} in the scan leaves it zero until code
     * changes it (no initializer, or a zero one): what a flag reads when DriverEntry starts.
     */
    public boolean startsZero(String name) {
        return zeroAtStart.contains(name) && !nonZeroAtStart.contains(name);
    }

    /**
     * The function a call from {@code callerFile} to {@code name} reaches, or null when it is not in the
     * scan. A scan can hold many drivers, each with its own {@code DriverUnload}: a function in the
     * caller's file wins, then a non-static one in the nearest folder.
     */
    public Function resolve(String name, String callerFile) {
        if (name == null || !byName.containsKey(name)) return null;
        return resolved.computeIfAbsent(callerFile, k -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(name, k -> java.util.Optional.ofNullable(resolveUncached(name, callerFile)))
                .orElse(null);
    }

    private Function resolveUncached(String name, String callerFile) {
        List<Function> candidates = byName.get(name);
        if (candidates == null) return null;
        Function best = null;
        int bestShared = -1;
        for (Function f : candidates) {
            if (f.file().equals(callerFile)) return f;
            if (f.isStatic()) continue;
            int shared = sharedFolders(f.file(), callerFile);
            if (shared > bestShared) {
                best = f;
                bestShared = shared;
            }
        }
        return best;
    }

    /**
     * The initializer of the global {@code name} as code in {@code fromFile} sees it: the definition in
     * that file, else the non-static one in the nearest folder (a registration table defined in another
     * file than the call that passes it; in a tree of many drivers, each driver's own); null when no
     * definition has an initializer.
     */
    public Initializer initializerOf(String name, String fromFile) {
        List<GlobalVariable> candidates = initialized.get(name);
        if (candidates == null) return null;
        GlobalVariable best = null;
        int bestShared = -1;
        for (GlobalVariable g : candidates) {
            if (g.location().path().equals(fromFile)) return g.initializer();
            if (g.isStatic()) continue;
            int shared = sharedFolders(g.location().path(), fromFile);
            if (shared > bestShared) {
                best = g;
                bestShared = shared;
            }
        }
        return best == null ? null : best.initializer();
    }

    /**
     * True when two files are likely parts of one driver: in the same folder, or in folders with the same
     * parent ({@code sys/} and {@code common/}). A samples tree holds many drivers side by side.
     */
    public static boolean nearby(String a, String b) {
        int folders = Math.min(a.split("/").length, b.split("/").length) - 1;
        return sharedFolders(a, b) >= folders - 1;
    }

    private static int sharedFolders(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        int n = 0;
        while (n < x.length - 1 && n < y.length - 1 && x[n].equalsIgnoreCase(y[n])) n++;
        return n;
    }
}
