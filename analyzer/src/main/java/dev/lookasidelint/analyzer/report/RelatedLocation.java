package dev.lookasidelint.analyzer.report;

import dev.lookasidelint.analyzer.ir.SourceLocation;

/**
 * A place that explains a finding, such as where an obligation was dropped. The finding's message
 * refers to it as {@code [text](id)} in SARIF; ids are 1-based and unique within the finding.
 */
public record RelatedLocation(int id, SourceLocation location, String message) {
}
