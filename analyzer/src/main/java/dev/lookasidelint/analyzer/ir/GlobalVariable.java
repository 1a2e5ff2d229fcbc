package dev.lookasidelint.analyzer.ir;

/** A variable declared at file scope (a definition or an {@code extern} declaration). */
public record GlobalVariable(String name, SourceLocation location, boolean isExtern, boolean isStatic) {
}
