package dev.lookasidelint.analyzer.ir;

/**
 * What is known to hold on one edge of a branch, normalised from the many ways C spells it:
 * {@code if (p)}, {@code if (p != NULL)}, {@code if (NULL != p)} are all {@code TRUTHY p};
 * {@code if (!p)}, {@code if (p == NULL)} are {@code FALSY p}; {@code NT_SUCCESS(s)},
 * {@code s == STATUS_SUCCESS} and {@code s >= 0} are {@code NT_SUCCESS s}.
 * {@code text} is the source text of the whole branch condition and {@code location} where it is,
 * for traces.
 */
public record Condition(Kind kind, AccessPath path, String text, SourceLocation location) {

    public enum Kind { TRUTHY, FALSY, NT_SUCCESS, NOT_NT_SUCCESS, OPAQUE }

    public static Condition opaque(String text, SourceLocation location) {
        return new Condition(Kind.OPAQUE, null, text, location);
    }

    /** The condition that holds on the other edge; {@code OPAQUE} stays opaque. */
    public Condition negate() {
        Kind k = switch (kind) {
            case TRUTHY -> Kind.FALSY;
            case FALSY -> Kind.TRUTHY;
            case NT_SUCCESS -> Kind.NOT_NT_SUCCESS;
            case NOT_NT_SUCCESS -> Kind.NT_SUCCESS;
            case OPAQUE -> Kind.OPAQUE;
        };
        return new Condition(k, path, text, location);
    }
}
