package dev.lookasidelint.rules.driver;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.report.TraceStep;

/**
 * A function that runs at DISPATCH_LEVEL or above from its first line: {@code role} says what it is
 * ("a DPC routine") and {@code why} where the code says so (its registration, its role declaration,
 * or a lock it acquires at DPC level).
 */
public record RaisedRoutine(Function routine, String role, TraceStep why) {
}
