package dev.lookasidelint.analyzer.ir;

/** A piece of source the parser could not make sense of; the rest of the file is still analysed. */
public record ParseProblem(SourceLocation location, String message) {
}
