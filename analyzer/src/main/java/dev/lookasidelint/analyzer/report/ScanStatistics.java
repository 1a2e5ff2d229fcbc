package dev.lookasidelint.analyzer.report;

/** Counts of what a scan read, for summaries and benchmarks. */
public record ScanStatistics(int files, long lines, int functions, int filesWithParseProblems,
                             long parseMillis, long analysisMillis) {
}
