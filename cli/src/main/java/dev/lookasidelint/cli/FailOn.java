package dev.lookasidelint.cli;

import dev.lookasidelint.analyzer.report.Severity;

/** {@code --fail-on}: the lowest severity of a finding that makes the scan exit 1 ({@code none}: never). */
enum FailOn {
    error, warning, note, none;

    boolean fails(Severity severity) {
        return switch (this) {
            case error -> severity == Severity.ERROR;
            case warning -> severity != Severity.NOTE;
            case note -> true;
            case none -> false;
        };
    }
}
