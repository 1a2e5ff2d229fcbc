package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.rules.driver.RoutineFields;
import dev.lookasidelint.rules.driver.TeardownTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contexts an NDIS setup handler hands to NDIS, and the lists in them: a miniport's adapter context
 * ({@code MiniportInitializeEx} sets {@code RegistrationAttributes.MiniportAdapterContext = adapter}), a
 * filter's module context ({@code FilterAttach} passes it to {@code NdisFSetAttributes}). NDIS passes that
 * context back as the first parameter of the paired teardown handler ({@code MiniportHaltEx},
 * {@code FilterDetach}), which frees it. The pairs and the hand-overs are {@code teardown.tsv}'s rows.
 */
public final class NdisContexts {

    /**
     * A list in a context: its field chain, where it is initialized, the pointer type the setup handler
     * keeps the context as (null when not known), and the teardown handlers that free the context.
     */
    public record ContextList(List<String> chain, InitSite site, String type, List<RoutineFields.Assignment> teardowns) {
    }

    private final List<ContextList> lists = new ArrayList<>();

    public NdisContexts(TeardownTable table, RoutineFields fields, ListLifetime lifetime, Summaries<ListSummary> summaries) {
        for (TeardownTable.Row row : table.of(TeardownTable.Kind.NDIS)) {
            List<RoutineFields.Assignment> teardowns = fields.at(row.name());
            if (teardowns.isEmpty()) continue;
            for (RoutineFields.Assignment setup : fields.at(row.undoes())) {
                Map<String, String> contexts = handedOver(table, setup.routine());
                for (var e : lifetime.initSites(setup.routine(), summaries).entrySet()) {
                    AccessPath list = e.getKey();
                    if (list.scope() != AccessPath.Scope.LOCAL || !contexts.containsKey(list.root())) continue;
                    if (list.selectors().isEmpty() || !list.selectors().get(0).startsWith("->")) continue;
                    lists.add(new ContextList(list.selectors(), e.getValue(), contexts.get(list.root()), teardowns));
                }
            }
        }
    }

    public List<ContextList> lists() {
        return lists;
    }

    /** The pointer types {@code f} converts {@code pointer} (or a local assigned from it) to, by local. */
    public static Map<String, String> aliasTypes(Function f, AccessPath pointer) {
        Map<String, String> types = new HashMap<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Assign a && pointer.equals(a.source()) && a.target().isVariable()
                        && a.target().scope() == AccessPath.Scope.LOCAL) {
                    types.put(a.target().root(), a.storedAs() == null ? null : a.storedAs().name());
                }
            }
        }
        return types;
    }

    /** The locals {@code setup} hands to NDIS as its context, with the pointer type each holds (or null). */
    private static Map<String, String> handedOver(TeardownTable table, Function setup) {
        Map<String, String> handed = new HashMap<>();
        for (Block b : setup.cfg().blocks()) {
            for (Op op : b.ops()) {
                AccessPath context = null;
                if (op instanceof Op.Assign a && a.source() != null && !a.target().selectors().isEmpty()) {
                    List<String> s = a.target().selectors();
                    String last = s.get(s.size() - 1);
                    String field = last.substring(last.startsWith("->") ? 2 : 1);
                    if (table.of(TeardownTable.Kind.CONTEXT_FIELD).stream().anyMatch(r -> r.name().equals(field))) {
                        context = a.source();
                    }
                } else if (op instanceof Op.Call call) {
                    for (TeardownTable.Row r : table.of(TeardownTable.Kind.CONTEXT_CALL)) {
                        int at = Integer.parseInt(r.undoes());
                        if (r.name().equals(call.callee()) && at < call.arguments().size()) {
                            context = call.arguments().get(at).path();
                        }
                    }
                }
                if (context != null && context.isVariable() && context.scope() == AccessPath.Scope.LOCAL) {
                    handed.put(context.root(), typeOf(setup, context.root()));
                }
            }
        }
        return handed;
    }

    /** The pointer type a local is given where it is assigned (a cast or an allocation's result), or null. */
    private static String typeOf(Function f, String local) {
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Assign a && a.target().isVariable() && a.target().root().equals(local)
                        && a.storedAs() != null) {
                    return a.storedAs().name();
                }
                if (op instanceof Op.Call c && c.result() != null && c.result().isVariable()
                        && c.result().root().equals(local) && c.resultType() != null) {
                    return c.resultType().name();
                }
            }
        }
        return null;
    }
}
