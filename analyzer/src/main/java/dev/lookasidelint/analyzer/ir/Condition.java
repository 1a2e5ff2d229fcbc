package dev.lookasidelint.analyzer.ir;

/**
 * What is known to hold on one edge of a branch, normalised from the many ways C spells it:
 * {@code if (p)}, {@code if (p != NULL)}, {@code if (NULL != p)} are all {@code TRUTHY p};
 * {@code if (!p)}, {@code if (p == NULL)} are {@code FALSY p}; {@code NT_SUCCESS(s)},
 * {@code s == STATUS_SUCCESS} and {@code s >= 0} are {@code NT_SUCCESS s}; {@code x == IRP_MJ_READ},
 * and a {@code case IRP_MJ_READ:} of {@code switch (x)}, are {@code EQUALS x IRP_MJ_READ}.
 * {@code value} is the named or literal constant of {@code EQUALS}/{@code NOT_EQUALS}, else null;
 * {@code NONE_OF} (the {@code default:} of a switch) holds the constants of every {@code case} in
 * {@code noneOf}.
 * {@code text} is the source text of the whole branch condition and {@code location} where it is,
 * for traces.
 */
public record Condition(Kind kind, AccessPath path, String text, SourceLocation location, String value,
                        java.util.Set<String> noneOf) {

    public enum Kind { TRUTHY, FALSY, NT_SUCCESS, NOT_NT_SUCCESS, EQUALS, NOT_EQUALS, NONE_OF, OPAQUE }

    public Condition {
        noneOf = noneOf == null ? java.util.Set.of() : java.util.Set.copyOf(noneOf);
    }

    public Condition(Kind kind, AccessPath path, String text, SourceLocation location) {
        this(kind, path, text, location, null, null);
    }

    public Condition(Kind kind, AccessPath path, String text, SourceLocation location, String value) {
        this(kind, path, text, location, value, null);
    }

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
            case EQUALS -> Kind.NOT_EQUALS;
            case NOT_EQUALS -> Kind.EQUALS;
            case NONE_OF, OPAQUE -> Kind.OPAQUE;
        };
        return new Condition(k, k == Kind.OPAQUE ? null : path, text, location, value, null);
    }
}
