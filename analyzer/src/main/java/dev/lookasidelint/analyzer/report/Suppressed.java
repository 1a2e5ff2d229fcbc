package dev.lookasidelint.analyzer.report;

/**
 * A finding the code's authors silenced where it points ({@code // lookaside-lint: ignore LAL008 why}),
 * with their reason (empty when none was given).
 */
public record Suppressed(Finding finding, String justification) {
}
