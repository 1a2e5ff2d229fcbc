package dev.lookasidelint.analyzer.report;

/** Default severity of a rule and of its findings, as in the rule catalog. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The word used in text output and as the SARIF level. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
