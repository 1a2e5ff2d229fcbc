package dev.lookasidelint.rules.driver;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.SourceLocation;

/**
 * An unload routine registered in {@code registeredIn} at {@code location}: the assignment
 * ({@code DriverObject->DriverUnload = routine}, {@code config.EvtDriverUnload = routine}, ...) or the call
 * ({@code FltRegisterFilter}, {@code NdisMRegisterUnloadHandler}) that registers it.
 */
public record UnloadRegistration(Function routine, Function registeredIn, SourceLocation location) {
}
