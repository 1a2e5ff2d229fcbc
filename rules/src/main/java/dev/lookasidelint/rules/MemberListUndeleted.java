package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.model.CallSites;
import dev.lookasidelint.rules.model.InitSite;
import dev.lookasidelint.rules.model.TeardownDeletes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of LAL001 for lists that are C++ data members ({@code this->m_Pool}, however the source spells
 * it). The object's storage ends after its teardown: the destructor, or a method its owner calls to tear
 * it down ({@code Cleanup}, {@code Stop}, {@code Release}... as {@code teardown.tsv} lists them). A member
 * list initialized in a method of class C must be deleted on every path of one of C's teardown methods
 * (directly or through another method of C called by its bare name). A class with no teardown method says
 * nothing: its owner's lifetime is unknown here.
 */
final class MemberListUndeleted {
    private static final String CONSEQUENCE = "When the object is destroyed, the system-wide list of lookaside"
            + " lists still links through the freed header, and the next driver that initializes or deletes a"
            + " list crashes.";

    private final TeardownFinding findings;

    MemberListUndeleted(RuleInfo info) {
        this.findings = new TeardownFinding(info);
    }

    void check(RuleContext context, Reporter reporter) {
        for (Function f : context.program().functions()) {
            String owner = CallSites.classOf(f);
            if (owner == null) continue;
            context.guarded(f, () -> {
                for (var e : context.listLifetime().initSites(f, context.listSummaries()).entrySet()) {
                    if (isMember(e.getKey())) check(context, f, owner, e.getKey(), e.getValue(), reporter);
                }
                return null;
            }, null);
        }
    }

    private static boolean isMember(AccessPath list) {
        return list.scope() == AccessPath.Scope.PARAM && list.root().equals("this") && !list.selectors().isEmpty();
    }

    private void check(RuleContext context, Function init, String owner, AccessPath list, InitSite site,
                       Reporter reporter) {
        List<Function> teardowns = teardownsOf(context, owner, init);
        if (teardowns.isEmpty()) return; // the owner's lifetime is unknown
        Function shown = null;
        Solution<PathSensitive.Paths<TeardownDeletes.Teardown>> shownMissing = null;
        for (Function t : teardowns) {
            Solution<PathSensitive.Paths<TeardownDeletes.Teardown>> missing = context.guarded(t,
                    () -> TeardownDeletes.missing(context.listStates(), context.listSummaries(), t, List.of(list),
                            context.budget()),
                    null);
            if (missing == null) return; // deleted on every path of t (or t could not be analysed)
            if (shown == null || deletesSomewhere(missing, list) && !deletesSomewhere(shownMissing, list)) {
                shown = t;
                shownMissing = missing;
            }
        }
        reporter.report(owner + "\u0000" + list, findings.missedIn(list, site, shown, List.of(list), shownMissing,
                "the teardown method of class '" + owner + "'", null, CONSEQUENCE));
    }

    /** True when some path of the teardown deletes {@code list}: the method meant to delete it. */
    private static boolean deletesSomewhere(Solution<PathSensitive.Paths<TeardownDeletes.Teardown>> solution,
                                            AccessPath list) {
        var atExit = solution.atExit();
        return atExit != null && atExit.states().stream().anyMatch(d -> d.deleted());
    }

    /** The teardown methods of class {@code owner} other than {@code init}: destructor first. */
    private static List<Function> teardownsOf(RuleContext context, String owner, Function init) {
        List<Function> result = new ArrayList<>();
        for (Function f : context.program().functions()) {
            if (f == init || !owner.equals(CallSites.classOf(f))) continue;
            String method = f.name().substring(owner.length() + 2);
            if (!context.teardownTable().isTeardownMethod(method)) continue;
            if (method.startsWith("~")) result.add(0, f);
            else result.add(f);
        }
        return result;
    }
}
