package dev.lookasidelint.analyzer.ir;

/**
 * A variable declared at file scope (a definition or an {@code extern} declaration).
 * {@code startsZero} is true for a definition with no initializer or a zero one ({@code = FALSE},
 * {@code = NULL}, {@code = 0}): static storage is zeroed before DriverEntry runs. {@code initializer}
 * is the shape of its initializer (see {@link Initializer}), or null when it has none.
 */
public record GlobalVariable(String name, SourceLocation location, boolean isExtern, boolean isStatic,
                             boolean startsZero, Initializer initializer) {

    public GlobalVariable(String name, SourceLocation location, boolean isExtern, boolean isStatic,
                          boolean startsZero) {
        this(name, location, isExtern, isStatic, startsZero, null);
    }
}
