package dev.lookasidelint.analyzer.dataflow;

import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.ir.Op;

/**
 * A forward dataflow analysis over immutable states. States must implement {@code equals}: the solver
 * stops when nothing changes.
 *
 * @param <S> the abstract state
 */
public interface Analysis<S> {

    /** The state at the function's entry. */
    S initial();

    /** The state after {@code op}; must not modify {@code state}. */
    S transfer(Op op, S state);

    /**
     * The state on an edge: branch conditions refine it ({@code p == NULL} on the true edge). Returns
     * null when the edge cannot be taken in this state.
     */
    default S refine(Edge edge, S state) {
        return state;
    }

    /** Least upper bound of two states. */
    S join(S a, S b);

    /**
     * Called instead of {@link #join} at a block that has been visited many times, to force
     * convergence in infinite-height domains. For finite domains, join is a widening.
     */
    default S widen(S previous, S next) {
        return join(previous, next);
    }
}
