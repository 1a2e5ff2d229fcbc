package dev.lookasidelint.analyzer.report;

import dev.lookasidelint.analyzer.ir.SourceLocation;

/** One step of the path that leads to a finding: where it is and what happens there. */
public record TraceStep(SourceLocation location, String message) {
}
