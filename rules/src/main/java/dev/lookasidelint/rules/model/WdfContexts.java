package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * WDF object contexts and the lists kept in them, project-wide.
 *
 * <p>A context is reached through an accessor whose result a local holds: {@code WdfObjectGetTypedContext(h, T)}
 * and {@code WdfObjectGet_T(h)} name the context type {@code T}; the accessor a driver declares with
 * {@code WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(T, GetName)} is, without the WDK headers, a call of a function the
 * scan never defines, with a single argument (the handle). Such a call is read as an accessor, and known by
 * its name: the same name in two routines reaches the same kind of context. The accessor of a driver-declared
 * name is tied to a context type where an object is created and its handle passed to it in the same routine
 * ({@code WdfDeviceCreate(&init, &attributes, &device); ctx = GetName(device)} after
 * {@code WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, T)}).
 */
public final class WdfContexts {
    public static final String TYPED_CONTEXT = "WdfObjectGetTypedContext";
    private static final String GET_PREFIX = "WdfObjectGet_";
    /** The WDF macros read as calls: kept unexpanded with real WDK headers too (see CallNames). */
    public static final Set<String> ATTRIBUTES_TYPE = Set.of("WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE",
            "WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE");

    /** A list in a context: the context's key, the list's field chain in it, where it is initialized and in which routine. */
    public record ContextList(String key, List<String> chain, InitSite site, Function routine) {
    }

    /**
     * A create call whose attributes carry a context: the keys it answers to (its type, and the accessors its
     * handle is passed to), and whether the attributes set a cleanup or destroy callback.
     */
    public record Creation(SourceLocation location, String callee, Set<String> keys, boolean hasTeardown) {
    }

    private final Program program;
    private final Map<Function, Map<String, String>> accessorLocals = new HashMap<>();
    private final List<ContextList> lists = new ArrayList<>();
    private final List<Creation> creations = new ArrayList<>();

    public WdfContexts(Program program, ListLifetime lifetime, Summaries<ListSummary> table, Set<String> teardownFields) {
        this.program = program;
        for (Function f : program.functions()) {
            Map<String, String> locals = accessorLocalsOf(f);
            if (locals.isEmpty()) continue;
            accessorLocals.put(f, locals);
            for (var e : lifetime.initSites(f, table).entrySet()) {
                AccessPath list = e.getKey();
                String key = list.scope() == AccessPath.Scope.LOCAL ? locals.get(list.root()) : null;
                if (key == null || list.selectors().isEmpty() || !list.selectors().get(0).startsWith("->")) continue;
                lists.add(new ContextList(key, list.selectors(), e.getValue(), f));
            }
            creations.addAll(creationsIn(f, locals, teardownFields));
        }
    }

    /** The lists the driver keeps in WDF object contexts. */
    public List<ContextList> lists() {
        return lists;
    }

    /** The names {@code list} of context {@code key} has in {@code f}: one per local holding such a context. */
    public List<AccessPath> namesIn(Function f, String key, List<String> chain) {
        List<AccessPath> names = new ArrayList<>();
        for (var e : accessorLocals.getOrDefault(f, Map.of()).entrySet()) {
            if (!e.getValue().equals(key)) continue;
            names.add(new AccessPath(e.getKey(), AccessPath.Scope.LOCAL, chain, false));
        }
        return names;
    }

    /** The context list that {@code list} of {@code f} is (reached through an accessor's local), or null. */
    public ContextList contextListOf(Function f, AccessPath list) {
        String key = list.scope() == AccessPath.Scope.LOCAL
                ? accessorLocals.getOrDefault(f, Map.of()).get(list.root()) : null;
        if (key == null || list.selectors().isEmpty() || !list.selectors().get(0).startsWith("->")) return null;
        for (ContextList c : lists) {
            if (c.key().equals(key) && c.chain().equals(list.selectors())) return c;
        }
        return new ContextList(key, list.selectors(), null, f);
    }

    /** Functions that reach a context of kind {@code key} through an accessor. */
    public Set<Function> reaching(String key) {
        Set<Function> result = new LinkedHashSet<>();
        for (var e : accessorLocals.entrySet()) {
            if (e.getValue().containsValue(key)) result.add(e.getKey());
        }
        return result;
    }

    /** The creations of objects whose context answers to {@code key}. */
    public List<Creation> creationsOf(String key) {
        return creations.stream().filter(c -> c.keys().contains(key)).toList();
    }

    /** The key of the context an accessor call reaches, or null when {@code call} is not an accessor. */
    private String accessorKey(Function f, Op.Call call) {
        String callee = call.callee();
        if (callee == null || call.result() == null || !call.result().isVariable()
                || call.result().scope() != AccessPath.Scope.LOCAL) {
            return null;
        }
        if (callee.startsWith(TYPED_CONTEXT) && call.arguments().size() == 2) {
            return typeKey(call.arguments().get(1).text());
        }
        if (callee.startsWith(GET_PREFIX)) return typeKey(callee.substring(GET_PREFIX.length()));
        if (call.arguments().size() != 1 || call.arguments().get(0).path() == null) return null;
        if (program.resolve(callee, f.file()) != null || !callee.matches("[A-Za-z_]\\w*")) return null;
        return "accessor:" + callee;
    }

    private static String typeKey(String type) {
        String t = type.replace("WDF_GET_CONTEXT_TYPE_INFO", "").replaceAll("[()&\\s]", "");
        return "type:" + t;
    }

    private Map<String, String> accessorLocalsOf(Function f) {
        Map<String, String> locals = new LinkedHashMap<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Call call) {
                    String key = accessorKey(f, call);
                    if (key != null) locals.putIfAbsent(call.result().root(), key);
                }
            }
        }
        return locals;
    }

    /**
     * {@code WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&a, T)}, then a {@code Wdf...Create} call that takes
     * {@code &a}: the object it creates (its last argument) answers to {@code T} and to the accessors its
     * handle is passed to in {@code f}; a cleanup or destroy callback assigned to {@code a} in {@code f} is
     * the object's teardown.
     */
    private List<Creation> creationsIn(Function f, Map<String, String> locals, Set<String> teardownFields) {
        Map<AccessPath, String> attributes = new HashMap<>();
        Set<AccessPath> withTeardown = new java.util.HashSet<>();
        List<Op.Call> calls = new ArrayList<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Call call && call.callee() != null) {
                    calls.add(call);
                    if (ATTRIBUTES_TYPE.contains(call.callee()) && call.arguments().size() == 2
                            && call.arguments().get(0).path() != null) {
                        attributes.put(call.arguments().get(0).path().pointee(), typeKey(call.arguments().get(1).text()));
                    }
                } else if (op instanceof Op.Assign a && !a.target().selectors().isEmpty()) {
                    List<String> s = a.target().selectors();
                    String last = s.get(s.size() - 1);
                    if (teardownFields.contains(last.substring(last.startsWith("->") ? 2 : 1))) {
                        withTeardown.add(new AccessPath(a.target().root(), a.target().scope(),
                                s.subList(0, s.size() - 1), false));
                    }
                }
            }
        }
        List<Creation> result = new ArrayList<>();
        for (Op.Call call : calls) {
            if (!call.callee().startsWith("Wdf") || !call.callee().contains("Create") || call.arguments().isEmpty()) continue;
            for (Op.Argument arg : call.arguments()) {
                AccessPath p = arg.path();
                if (p == null || !p.addressOf() || !attributes.containsKey(p.pointee())) continue;
                Set<String> keys = new LinkedHashSet<>();
                keys.add(attributes.get(p.pointee()));
                AccessPath handle = call.arguments().get(call.arguments().size() - 1).path();
                if (handle != null && handle.addressOf()) keys.addAll(accessorsOn(f, handle.pointee(), locals));
                result.add(new Creation(call.location(), call.callee(), keys, withTeardown.contains(p.pointee())));
            }
        }
        return result;
    }

    /** The keys of the accessors {@code f} passes {@code handle} to. */
    private Set<String> accessorsOn(Function f, AccessPath handle, Map<String, String> locals) {
        Set<String> keys = new LinkedHashSet<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Call call && call.result() != null && locals.containsKey(call.result().root())
                        && !call.arguments().isEmpty() && handle.equals(call.arguments().get(0).path())) {
                    String key = accessorKey(f, call);
                    if (key != null) keys.add(key);
                }
            }
        }
        return keys;
    }
}
