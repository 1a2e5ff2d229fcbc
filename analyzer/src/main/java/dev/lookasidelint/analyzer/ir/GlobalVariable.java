package dev.lookasidelint.analyzer.ir;

/**
 * A variable declared at file scope (a definition or an {@code extern} declaration).
 * {@code startsZero} is true for a definition with no initializer or a zero one ({@code = FALSE},
 * {@code = NULL}, {@code = 0}): static storage is zeroed before DriverEntry runs. {@code initializer}
 * is the shape of its initializer (see {@link Initializer}), or null when it has none.
 * {@code typeName} is the typedef name it is declared with ({@code KDEFERRED_ROUTINE} in
 * {@code KDEFERRED_ROUTINE MyDpc;}), or null for any other type. Without the WDK headers the parser
 * cannot tell that such a typedef is a function type, so a driver's role declarations of its callbacks
 * ({@code DRIVER_UNLOAD}, {@code KDEFERRED_ROUTINE}, {@code EVT_WDF_TIMER}) are recorded here too, and
 * this is where the rules read the roles from.
 */
public record GlobalVariable(String name, SourceLocation location, boolean isExtern, boolean isStatic,
                             boolean startsZero, Initializer initializer, String typeName) {

    public GlobalVariable(String name, SourceLocation location, boolean isExtern, boolean isStatic,
                          boolean startsZero) {
        this(name, location, isExtern, isStatic, startsZero, null, null);
    }
}
