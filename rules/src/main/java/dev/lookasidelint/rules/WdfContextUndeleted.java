package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.driver.RoutineFields;
import dev.lookasidelint.rules.driver.TeardownTable;
import dev.lookasidelint.rules.model.ListEffect;
import dev.lookasidelint.rules.model.TeardownDeletes;
import dev.lookasidelint.rules.model.WdfContexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The part of LAL001 for lists in WDF object contexts. The framework frees a context after the object's
 * {@code EvtCleanupCallback} and {@code EvtDestroyCallback} (set in the {@code WDF_OBJECT_ATTRIBUTES} of
 * its create call) have run, so one of them must delete the list on every path; a list initialized in
 * {@code EvtDevicePrepareHardware} may be deleted in {@code EvtDeviceReleaseHardware} instead, one set up
 * in {@code EvtDeviceD0Entry} in {@code EvtDeviceD0Exit} (the pairs are {@code teardown.tsv}'s). The
 * callbacks that count are those that reach the same kind of context. When none does, a list deleted
 * nowhere in the driver, in an object created with no cleanup or destroy callback, is reported at the
 * create call; anything else (a callback that reaches the context through a helper, a delete the driver
 * does elsewhere) is left alone.
 */
final class WdfContextUndeleted {
    private static final String CONSEQUENCE = "The framework frees the context after the object's cleanup and"
            + " destroy callbacks; the system-wide list of lookaside lists still links through the freed header,"
            + " and the next driver that initializes or deletes a list crashes.";

    private final TeardownFinding findings;

    WdfContextUndeleted(RuleInfo info) {
        this.findings = new TeardownFinding(info);
    }

    void check(RuleContext context, Reporter reporter) {
        for (WdfContexts.ContextList list : context.wdfContexts().lists()) {
            context.guarded(list.routine(), () -> {
                check(context, list, reporter);
                return null;
            }, null);
        }
    }

    private void check(RuleContext context, WdfContexts.ContextList list, Reporter reporter) {
        WdfContexts contexts = context.wdfContexts();
        AccessPath shown = new AccessPath("ctx", AccessPath.Scope.LOCAL, list.chain(), false);
        for (AccessPath name : contexts.namesIn(list.routine(), list.key(), list.chain())) shown = name;
        String key = list.key() + "\u0000" + list.chain();
        RoutineFields.Assignment first = null;
        List<AccessPath> firstNames = null;
        Solution<PathSensitive.Paths<TeardownDeletes.Teardown>> firstMissing = null;
        for (RoutineFields.Assignment t : teardowns(context, list, false)) {
            List<AccessPath> names = contexts.namesIn(t.routine(), list.key(), list.chain());
            var missing = TeardownDeletes.missing(context.listStates(), context.listSummaries(), t.routine(), names, context.budget());
            if (missing == null) return; // deleted on every path of this teardown
            if (first == null) {
                first = t;
                firstNames = names;
                firstMissing = missing;
            }
        }
        if (first != null) {
            reporter.report(key, findings.missedIn(shown, list.site(), first.routine(), firstNames, firstMissing,
                    "the " + first.field() + " of the object whose context holds it", first.location(), CONSEQUENCE));
            return;
        }
        if (deletedSomewhere(context, list)) return;
        List<WdfContexts.Creation> creations = contexts.creationsOf(list.key());
        if (creations.isEmpty() || creations.stream().anyMatch(WdfContexts.Creation::hasTeardown)) return;
        WdfContexts.Creation created = creations.get(0);
        reporter.report(key, findings.noTeardown(shown, list.site(), created.location(),
                "'" + created.callee() + "' creates the object whose context holds it with no EvtCleanupCallback"
                        + " or EvtDestroyCallback that deletes it", CONSEQUENCE));
    }

    /**
     * True when a failure of setup routine {@code f} with {@code list} initialized is undone by the framework:
     * the list is in a WDF object context whose cleanup or destroy callback deletes it on every path (the
     * framework deletes the object of a failed EvtDriverDeviceAdd, and runs those callbacks).
     */
    static boolean cleanedUpOnFailure(RuleContext context, Function f, AccessPath list) {
        WdfContexts.ContextList inContext = context.wdfContexts().contextListOf(f, list);
        if (inContext == null) return false;
        for (RoutineFields.Assignment t : teardowns(context, inContext, true)) {
            List<AccessPath> names = context.wdfContexts().namesIn(t.routine(), inContext.key(), inContext.chain());
            if (TeardownDeletes.missing(context.listStates(), context.listSummaries(), t.routine(), names, context.budget()) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The registered teardown callbacks that owe {@code list} a delete and reach its kind of context:
     * cleanup and destroy callbacks, and (unless {@code objectOnly}) the callback paired with the one that
     * initialized it.
     */
    private static List<RoutineFields.Assignment> teardowns(RuleContext context, WdfContexts.ContextList list,
                                                            boolean objectOnly) {
        Set<Function> reaching = context.wdfContexts().reaching(list.key());
        List<RoutineFields.Assignment> result = new ArrayList<>();
        for (TeardownTable.Row row : context.teardownTable().of(TeardownTable.Kind.WDF)) {
            boolean any = row.undoes().equals("*");
            if (!any && (objectOnly || !context.routineFields().isAt(list.routine(), row.undoes()))) continue;
            for (RoutineFields.Assignment a : context.routineFields().at(row.name())) {
                if (a.routine() == list.routine() || !reaching.contains(a.routine())) continue;
                if (result.stream().noneMatch(r -> r.routine() == a.routine())) result.add(a);
            }
        }
        return result;
    }

    /** True when some routine that reaches the context deletes the list (we cannot tell when it runs). */
    private static boolean deletedSomewhere(RuleContext context, WdfContexts.ContextList list) {
        for (Function f : context.wdfContexts().reaching(list.key())) {
            List<AccessPath> names = context.wdfContexts().namesIn(f, list.key(), list.chain());
            for (var b : f.cfg().blocks()) {
                for (Op op : b.ops()) {
                    if (!(op instanceof Op.Call call)) continue;
                    for (ListEffect e : context.listStates().effects(f, call, context.listSummaries())) {
                        if (e.role() == DdiRole.DELETE && names.contains(e.list())) return true;
                    }
                }
            }
        }
        return false;
    }
}
