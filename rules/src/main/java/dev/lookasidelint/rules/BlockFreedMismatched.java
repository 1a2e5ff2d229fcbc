package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.model.BlockState;
import dev.lookasidelint.rules.model.FreeEvent;
import dev.lookasidelint.rules.model.Origin;
import dev.lookasidelint.rules.model.Release;
import java.util.List;

/**
 * LAL006 block-freed-mismatched: a block freed other than where it came from: a lookaside block
 * freed to pool, pool memory freed to a list, a block freed to another list than the one it was taken
 * from, or a paged/nonpaged/Ex/Ndis mismatch between the allocate and the free. A block freed twice is
 * LAL005's, not this rule's.
 */
final class BlockFreedMismatched extends BlockRule {

    BlockFreedMismatched(RuleInfo info) {
        super(info);
    }

    @Override
    void check(RuleContext context, Function f, Op op, BlockState state, Reporter reporter) {
        if (!(op instanceof Op.Call call) || state.origins().isEmpty()) return;
        for (Release release : context.blockLifetime().releases(f, call, context.blockSummaries())) {
            Origin origin = state.originOf(release.block());
            if (origin == null || state.freeOf(release.block()) != null) continue;
            String problem = mismatch(origin, release.event());
            if (problem == null) continue;
            FreeEvent free = release.event();
            String from = origin.isPool() ? "pool memory" : "a block of " + origin.source();
            String allocStep = "'" + free.block() + "' is " + origin.describe() + " here";
            String freeStep = "'" + free.block() + "' is " + free.describe() + " here";
            String message = "Block '" + free.block() + "' is " + free.describe() + ", but it is " + from
                    + " (line " + origin.location().line() + "). " + Sentences.capitalized(problem);
            Finding finding = new Finding(info().id(), info().severity(), message, call.location(), f.name(),
                    List.of(new RelatedLocation(1, origin.location(), allocStep)),
                    List.of(List.of(new TraceStep(origin.location(), allocStep), new TraceStep(call.location(), freeStep))));
            reporter.report(origin.location() + "\u0000" + call.location(), finding);
        }
    }

    /** Why freeing a block from {@code origin} this way is wrong, or null when it is right. */
    static String mismatch(Origin origin, FreeEvent free) {
        if (origin.isPool() && free.toPool()) return null;
        if (!origin.isPool() && free.toPool()) {
            return "a lookaside block must go back to its list; pool does not own it and the list's"
                    + " accounting breaks.";
        }
        if (origin.isPool()) {
            return "the list would hand pool memory of the wrong size and tag to its next caller.";
        }
        if (origin.list() != null && free.listPath() != null && differentLists(origin.list(), free.listPath())) {
            return "it goes back to a different list than the one it came from, whose entries may have"
                    + " another size and pool type.";
        }
        if (!origin.family().equals(free.family())) {
            return "it was allocated with the " + origin.family() + " API and freed with the " + free.family()
                    + " API, which handle the list header differently.";
        }
        return null;
    }

    /**
     * True when two list paths cannot name the same header: the lists' own names differ ({@code g_A} and
     * {@code g_B}, {@code ext->ReadList} and {@code ext->WriteList}). The same list field reached through
     * two base pointers ({@code t->Vcb->TreeList} after {@code t->Vcb = Vcb}, and {@code Vcb->TreeList})
     * may be one list: without knowing the bases differ, that is no finding.
     */
    static boolean differentLists(AccessPath a, AccessPath b) {
        if (a.equals(b)) return false;
        return !listName(a).equals(listName(b));
    }

    /** The name of the list itself: its last field, or the variable when it has no fields. */
    private static String listName(AccessPath p) {
        List<String> s = p.selectors();
        for (int i = s.size() - 1; i >= 0; i--) {
            String sel = s.get(i);
            if (sel.startsWith("->")) return sel.substring(2);
            if (sel.startsWith(".")) return sel.substring(1);
            if (!sel.equals("*") && !sel.equals("[]")) return sel;
        }
        return p.root();
    }
}
