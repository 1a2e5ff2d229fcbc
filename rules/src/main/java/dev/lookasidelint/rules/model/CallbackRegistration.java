package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import java.util.Set;

/**
 * One call that registers callbacks the system can call later ({@code FltRegisterFilter},
 * {@code PsSetCreateProcessNotifyRoutine}, {@code KeSetTimer}, ...): its group in {@code callbacks.tsv}
 * (which stop DDIs end it), the DDI, where it is, what identifies it (the handle it writes, the callback,
 * the timer object; null when nothing does) and the functions it registers.
 */
public record CallbackRegistration(String group, String ddi, Function registeredIn, SourceLocation location,
                                   AccessPath identity, Set<Function> callbacks) {
}
