package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Initializer;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.rules.ddi.CallbackDdi;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the registrations of callbacks ({@code callbacks.tsv}) in a set of functions, and which functions
 * each one registers: the callback argument itself; every function named by a registration structure
 * (its file-scope initializer, nested tables such as FLT_REGISTRATION's operation array, and fields
 * assigned in the registering function, as NDIS characteristics and OB_OPERATION_REGISTRATIONs are
 * filled in); or the routine a {@code KeInitializeDpc} bound to the DPC a timer is set with.
 */
public final class CallbackRegistrations {
    /** Nested tables followed from a registration structure, at most. */
    private static final int MAX_TABLES = 16;

    private final Program program;
    private final List<CallbackDdi> rows = CallbackDdi.builtIn();

    public CallbackRegistrations(Program program) {
        this.program = program;
    }

    /** The row that describes {@code call} as {@code kind}, or null. */
    public CallbackDdi row(Op.Call call, CallbackDdi.Kind kind) {
        if (call.callee() == null) return null;
        for (CallbackDdi row : rows) {
            if (row.kind() == kind && row.matches(call)) return row;
        }
        return null;
    }

    /** The first stop DDI of a group, to name in messages. */
    public String stopName(String group) {
        for (CallbackDdi row : rows) {
            if (row.kind() == CallbackDdi.Kind.STOP && row.group().equals(group)) return row.name();
        }
        return "the matching stop call";
    }

    public List<CallbackRegistration> in(Collection<Function> functions) {
        List<CallbackRegistration> found = new ArrayList<>();
        for (Function f : functions) {
            for (Block b : f.cfg().blocks()) {
                for (Op op : b.ops()) {
                    if (!(op instanceof Op.Call call)) continue;
                    CallbackDdi row = row(call, CallbackDdi.Kind.REGISTER);
                    if (row == null) continue;
                    Set<Function> callbacks = callbacks(f, call, row.callbacks());
                    if (callbacks.isEmpty()) continue;
                    AccessPath identity = row.identity() == null ? null : row.identity().path(call);
                    found.add(new CallbackRegistration(row.group(), row.name(), f, call.location(), identity, callbacks));
                }
            }
        }
        return found;
    }

    private Set<Function> callbacks(Function f, Op.Call call, CallbackDdi.Spec spec) {
        Set<Function> out = new LinkedHashSet<>();
        AccessPath arg = spec == null ? null : spec.path(call);
        if (arg == null) return out;
        switch (spec.how()) {
            case "arg" -> addFunction(arg, f, out);
            case "struct" -> structCallbacks(f, arg.root(), out);
            case "object" -> boundRoutines(arg, out);
            default -> { }
        }
        return out;
    }

    private void addFunction(AccessPath p, Function from, Set<Function> out) {
        if (p == null || !p.selectors().isEmpty() || p.scope() != AccessPath.Scope.GLOBAL) return;
        Function target = program.resolve(p.root(), from.file());
        if (target != null) out.add(target);
    }

    /** Functions named by a registration structure, following the tables and objects it names. */
    private void structCallbacks(Function f, String root, Set<Function> out) {
        Deque<String> work = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        work.add(root);
        while (!work.isEmpty() && seen.size() < MAX_TABLES) {
            String table = work.poll();
            if (!seen.add(table)) continue;
            List<String> names = new ArrayList<>();
            Initializer init = program.initializerOf(table, f.file());
            if (init != null) names.addAll(init.names());
            for (Block b : f.cfg().blocks()) {
                for (Op op : b.ops()) {
                    if (op instanceof Op.Assign a && a.target().root().equals(table) && !a.target().selectors().isEmpty()
                            && a.source() != null && a.source().selectors().isEmpty()) {
                        names.add(a.source().root());
                    }
                }
            }
            for (String name : names) {
                Function target = program.resolve(name, f.file());
                if (target != null) out.add(target);
                else if (program.isGlobalVariable(name) || isLocalOf(f, name)) work.add(name);
            }
        }
    }

    private static boolean isLocalOf(Function f, String name) {
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Assign a && a.target().root().equals(name)
                        && a.target().scope() == AccessPath.Scope.LOCAL) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The routines that {@code KeInitializeDpc} (or another bind row) ties to the object {@code object}. */
    private void boundRoutines(AccessPath object, Set<Function> out) {
        for (Function g : program.functions()) {
            for (Block b : g.cfg().blocks()) {
                for (Op op : b.ops()) {
                    if (!(op instanceof Op.Call call)) continue;
                    CallbackDdi bind = row(call, CallbackDdi.Kind.BIND);
                    if (bind == null || !object.equals(bind.identity().path(call))) continue;
                    addFunction(bind.callbacks().path(call), g, out);
                }
            }
        }
    }
}
