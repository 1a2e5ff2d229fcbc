package dev.lookasidelint.analyzer.ir;

/**
 * The pointer type a value is converted to where it is stored: the type of a cast
 * ({@code (PBIG_CONTEXT)p}, {@code static_cast<BIG*>(p)}) or the declared type of the variable or
 * field it is assigned to ({@code PBIG_CONTEXT q = p}). {@code name} is the type as the source spells
 * it; {@code pointeeSize} the size in bytes of the struct or union it points to, measured with the
 * Windows x64 data model. The front end records one only when the conversion changes the type and the
 * size is known: a type built on a name the parse could not resolve has no size, and gets none.
 */
public record StoredType(String name, long pointeeSize) {
}
