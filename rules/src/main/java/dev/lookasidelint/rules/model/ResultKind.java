package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Op;

/**
 * How a function's result tells its caller that it failed: not at all, as an NTSTATUS (a failure status;
 * {@code ExInitializeLookasideListEx}, an init helper that returns a status), or as a boolean
 * ({@code FALSE}, {@code NULL}, zero: {@code BOOLEAN DokanLookasideCreate(...)}, which returns FALSE when its
 * Initialize failed).
 */
public enum ResultKind {
    NONE, NTSTATUS, BOOLEAN;

    /**
     * What a branch condition on a result of this kind says about the call: it succeeded ({@code true}),
     * it failed ({@code false}), or the test does not tell ({@code null}).
     */
    public Boolean succeeded(Condition c) {
        return switch (this) {
            case NTSTATUS -> switch (c.kind()) {
                case NT_SUCCESS, FALSY -> true; // zero is STATUS_SUCCESS
                case NOT_NT_SUCCESS, TRUTHY -> false;
                case NOT_EQUALS -> AccessPath.SUCCESS_CONSTANTS.contains(c.value()) ? false : null;
                default -> null;
            };
            case BOOLEAN -> switch (c.kind()) {
                case TRUTHY -> true;
                case FALSY -> false;
                default -> null;
            };
            case NONE -> null;
        };
    }

    /** True when {@code r}, on a path that knows {@code facts}, may report failure (unknown counts as may). */
    public boolean mayFail(Op.Return r, PathFacts facts) {
        return switch (this) {
            case NTSTATUS -> facts.mayFail(r.value());
            case BOOLEAN -> r.value() == null ? r.constant() != Op.Constant.NONZERO
                    : !Boolean.TRUE.equals(facts.truthy().get(r.value()));
            case NONE -> false;
        };
    }
}
