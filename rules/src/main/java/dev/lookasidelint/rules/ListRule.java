package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.model.ListEffect;
import dev.lookasidelint.rules.model.ListPhase;
import dev.lookasidelint.rules.model.ListState;
import java.util.List;

/**
 * A rule about list phases: it reads the shared list-phase analysis of every function that acts on
 * a list, call by call, once for each path the analysis kept apart.
 */
abstract class ListRule extends CatalogRule {

    ListRule(RuleInfo info) {
        super(info);
    }

    @Override
    public final void check(RuleContext context, Reporter reporter) {
        checkTogether(List.of(this), context, reporter);
    }

    /**
     * Runs several list rules in one walk over each function's list phases: the walk replays the
     * analysis op by op, which costs more than the rules' own checks, so it is done once for all of
     * them (as {@link BlockRule#checkTogether} does for block rules). Each rule sees the calls and paths
     * in the same order as alone. A function whose walk fails is reported and the others are checked.
     */
    static void checkTogether(List<ListRule> rules, RuleContext context, Reporter reporter) {
        for (Function f : context.program().functions()) {
            context.guarded(f, () -> {
                context.listPhases(f).ifPresent(solution -> solution.forEachOp((block, op, paths) -> {
                    if (!(op instanceof Op.Call call)) return;
                    List<ListEffect> effects = context.listStates().effects(f, call, context.listSummaries());
                    if (effects.isEmpty()) return;
                    for (ListRule rule : rules) {
                        for (ListState state : paths.states()) rule.checkCall(f, call, effects, state, reporter);
                    }
                }));
                return null;
            }, null);
        }
    }

    /** Checks what one call does to each list it acts on, with the lists' phases on one path just before it. */
    private void checkCall(Function f, Op.Call call, List<ListEffect> effects, ListState state, Reporter reporter) {
        ListState s = state; // a reset helper's Delete comes before its Initialize
        for (ListEffect e : effects) {
            // lists[i]: the path stands for every element, so what happened to one
            // element (a delete in the previous loop iteration) is not this element's phase
            if (e.list().selectors().contains("[]") || !e.appliesOn(state.facts())) continue;
            check(f, call, e, s, reporter);
            if (e.role() == DdiRole.DELETE) s = s.with(e.list(), ListPhase.DELETED);
            else if (e.role() == DdiRole.INITIALIZE) s = s.with(e.list(), ListPhase.INITIALIZED);
        }
    }

    /** Looks at what one call does to one list, with the list's phase on one path just before it. */
    abstract void check(Function f, Op.Call call, ListEffect effect, ListState state, Reporter reporter);

    /**
     * A finding at the call, with the call as the one step of its flow. One per list and function:
     * the first call in the function that misuses the list speaks for the rest.
     */
    final void report(Function f, Op.Call call, ListEffect effect, String message, String step, Reporter reporter) {
        SourceLocation at = call.location();
        Finding finding = new Finding(info().id(), info().severity(), message, at, f.name(),
                List.of(new RelatedLocation(1, at, step)), List.of(List.of(new TraceStep(at, step))));
        reporter.report(effect.list().toString(), finding); // one finding per list and function
    }

    static String how(ListEffect effect) {
        return effect.helper() == null ? "" : " (by '" + effect.helper() + "')";
    }
}
