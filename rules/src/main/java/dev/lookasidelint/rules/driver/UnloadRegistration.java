package dev.lookasidelint.rules.driver;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.SourceLocation;

/** {@code DriverObject->DriverUnload = routine;} found in {@code registeredIn}. */
public record UnloadRegistration(Function routine, Function registeredIn, SourceLocation location) {
}
