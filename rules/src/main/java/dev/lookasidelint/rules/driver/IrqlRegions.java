package dev.lookasidelint.rules.driver;

import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.dataflow.Analysis;
import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.ir.Op;
import java.util.Set;

/**
 * The raised regions inside one function, as a forward may-analysis: from a spin-lock acquire or an
 * IRQL raise to the matching release or lower. Only calls this function makes count; a helper that
 * acquires a lock and returns holding it is not followed. Run under {@code PathSensitive}, so a lock
 * taken and released under the same condition is released on the path that took it.
 */
final class IrqlRegions implements Analysis<IrqlState> {
    /** Levels at or above DISPATCH_LEVEL that a KeRaiseIrql call names. */
    private static final Set<String> RAISED_LEVELS = Set.of("DISPATCH_LEVEL", "DPC_LEVEL", "SYNCH_LEVEL",
            "CMCI_LEVEL", "PROFILE_LEVEL", "CLOCK_LEVEL", "CLOCK1_LEVEL", "CLOCK2_LEVEL", "IPI_LEVEL", "DRS_LEVEL",
            "POWER_LEVEL", "HIGH_LEVEL");

    private final IrqlTable table;

    IrqlRegions(IrqlTable table) {
        this.table = table;
    }

    @Override
    public IrqlState initial() {
        return IrqlState.PASSIVE;
    }

    @Override
    public IrqlState transfer(Op op, IrqlState before) {
        IrqlState state = before.withFacts(before.facts().after(op));
        if (!(op instanceof Op.Call call)) return state;
        IrqlTable.Entry e = table.regionCall(call.callee());
        if (e == null) return state;
        return switch (e.kind()) {
            case RAISE, AT_DISPATCH -> state.raise(call.location(), call.callee(), e.what());
            case RAISE_TO -> raisesToDispatch(call, e.argument())
                    ? state.raise(call.location(), call.callee(), e.what()) : state;
            case LOWER -> state.lower();
            default -> state;
        };
    }

    /** True when the level argument is DISPATCH_LEVEL or higher, by name or number; unknown levels are not. */
    static boolean raisesToDispatch(Op.Call call, int levelArgument) {
        if (levelArgument < 0 || levelArgument >= call.arguments().size()) return false;
        String level = call.arguments().get(levelArgument).text().replace("(KIRQL)", "").replaceAll("[()\\s]", "");
        if (RAISED_LEVELS.contains(level)) return true;
        try {
            return Integer.decode(level) >= 2;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    @Override
    public IrqlState refine(Edge edge, IrqlState state) {
        PathFacts facts = state.facts().assume(edge.condition());
        return facts == null ? null : state.withFacts(facts);
    }

    @Override
    public IrqlState join(IrqlState a, IrqlState b) {
        return IrqlState.join(a, b);
    }
}
