package dev.lookasidelint.analyzer.report;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a scan produced: findings sorted by location, the findings suppressed in the source,
 * notifications about files that could not be fully analysed, and statistics. {@code root} is the
 * folder that relative paths start from.
 */
public record ScanResult(Path root, List<Finding> findings, List<Suppressed> suppressed,
                         List<ToolNotification> notifications, ScanStatistics statistics) {

    public ScanResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        notifications = List.copyOf(notifications);
    }

    /** A result with nothing suppressed. */
    public ScanResult(Path root, List<Finding> findings, List<ToolNotification> notifications,
                      ScanStatistics statistics) {
        this(root, findings, List.of(), notifications, statistics);
    }

    /** False when some file could not be read or analysed at all. */
    public boolean executionSuccessful() {
        return notifications.stream().noneMatch(n -> n.level() == ToolNotification.Level.ERROR);
    }
}
