package dev.lookasidelint.analyzer.report;

import dev.lookasidelint.analyzer.ir.SourceLocation;
import java.util.List;

/**
 * One defect found by one rule.
 *
 * @param ruleId    catalog id, e.g. {@code LAL004}
 * @param severity  the rule's severity
 * @param message   plain text; its first sentence is the alert title
 * @param location  where the finding points (see the catalog's "Where a finding points")
 * @param function  name of the function that holds {@code location}
 * @param related   places that explain the finding
 * @param codeFlows one or more paths (each a list of steps, in execution order) that lead to it
 */
public record Finding(String ruleId, Severity severity, String message, SourceLocation location,
                      String function, List<RelatedLocation> related, List<List<TraceStep>> codeFlows)
        implements Comparable<Finding> {

    public Finding {
        related = List.copyOf(related);
        codeFlows = codeFlows.stream().map(List::copyOf).toList();
    }

    @Override
    public int compareTo(Finding o) {
        int c = location.compareTo(o.location);
        if (c != 0) return c;
        c = ruleId.compareTo(o.ruleId);
        if (c != 0) return c;
        return message.compareTo(o.message);
    }
}
