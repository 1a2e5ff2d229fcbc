package dev.lookasidelint.sarif;

import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.Result;
import dev.lookasidelint.analyzer.report.Severity;
import dev.lookasidelint.analyzer.report.ToolNotification;

/** Our severities in SARIF's vocabularies (result level, rule default level, GitHub's severity). */
final class SarifLevels {

    private SarifLevels() {
    }

    static Result.Level resultLevel(Severity severity) {
        return switch (severity) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case NOTE -> Result.Level.NOTE;
        };
    }

    static ReportingConfiguration.Level ruleLevel(Severity severity) {
        return switch (severity) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case NOTE -> ReportingConfiguration.Level.NOTE;
        };
    }

    /**
     * GitHub code scanning's {@code problem.severity} rule property; it has no "note" and calls
     * the lowest level "recommendation".
     */
    static String problemSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "recommendation";
        };
    }

    static Notification.Level notificationLevel(ToolNotification.Level level) {
        return switch (level) {
            case ERROR -> Notification.Level.ERROR;
            case WARNING -> Notification.Level.WARNING;
            case NOTE -> Notification.Level.NOTE;
        };
    }
}
