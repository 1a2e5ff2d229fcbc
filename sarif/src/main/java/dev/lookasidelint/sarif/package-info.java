/**
 * Writers that turn a {@link dev.lookasidelint.analyzer.report.ScanResult} into output:
 * {@link dev.lookasidelint.sarif.SarifReport} (SARIF 2.1.0 for GitHub code scanning),
 * {@link dev.lookasidelint.sarif.JsonReport} (our own flat JSON) and
 * {@link dev.lookasidelint.sarif.TextReport} (compiler-style lines), plus
 * {@link dev.lookasidelint.sarif.SarifSchemaValidator} for tests. All output is deterministic:
 * the same scan gives the same bytes on every platform.
 */
package dev.lookasidelint.sarif;
