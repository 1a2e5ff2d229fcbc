package dev.lookasidelint.sarif;

import com.contrastsecurity.sarif.CodeFlow;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.ThreadFlow;
import com.contrastsecurity.sarif.ThreadFlowLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One finding as one SARIF {@code result}.
 *
 * <p>{@code partialFingerprints.primaryLocationLineHash} is GitHub's own line hash of the primary
 * location's line ({@link PrimaryLocationLineHash}); it is left out when the source cannot be read.
 */
final class SarifResults {

    static final String LINE_HASH = "primaryLocationLineHash";

    private final SarifRules rules;
    private final SourceLineHashes lineHashes;
    private final GitHubLimits limits;
    private final GitHubLimits.Cuts cuts;

    SarifResults(SarifRules rules, SourceLineHashes lineHashes, GitHubLimits limits, GitHubLimits.Cuts cuts) {
        this.rules = rules;
        this.lineHashes = lineHashes;
        this.limits = limits;
        this.cuts = cuts;
    }

    Result result(Finding finding) {
        // Cut before the message links them, so that every link points at a written location.
        List<RelatedLocation> related = limits.related(finding.related(), cuts);
        Result result = new Result()
                .withRuleId(finding.ruleId())
                .withRuleIndex(rules.indexOf(finding.ruleId()))
                // Always set, even when equal to the rule's default: a result without a level
                // inherits whatever the consumer's copy of the rule says.
                .withLevel(SarifLevels.resultLevel(finding.severity()))
                .withMessage(new Message().withText(
                        SarifMessages.withRelatedLinks(finding.message(), related)))
                .withLocations(List.of(primaryLocation(finding)));
        String lineHash = lineHashes.at(finding.location().path(), finding.location().line());
        if (lineHash != null) {
            result.setPartialFingerprints(new PartialFingerprints().withAdditionalProperty(LINE_HASH, lineHash));
        }
        if (!related.isEmpty()) {
            result.setRelatedLocations(relatedLocations(related));
        }
        List<CodeFlow> flows = codeFlows(finding.codeFlows());
        if (!flows.isEmpty()) {
            result.setCodeFlows(flows);
        }
        return result;
    }

    private static Location primaryLocation(Finding finding) {
        Location location = new Location().withPhysicalLocation(SarifLocations.physical(finding.location()));
        if (finding.function() != null && !finding.function().isEmpty()) {
            Set<LogicalLocation> logical = new LinkedHashSet<>();
            logical.add(new LogicalLocation().withName(finding.function()).withKind("function"));
            location.setLogicalLocations(logical);
        }
        return location;
    }

    private static Set<Location> relatedLocations(List<RelatedLocation> related) {
        // java-sarif declares a Set; a LinkedHashSet keeps the analyzer's order.
        Set<Location> locations = new LinkedHashSet<>();
        for (RelatedLocation r : related) {
            locations.add(SarifLocations.location(r.location(), r.message()).withId(r.id()));
        }
        return locations;
    }

    /** One codeFlow with a single threadFlow per path; an empty path is dropped (minItems 1). */
    private List<CodeFlow> codeFlows(List<List<TraceStep>> paths) {
        List<CodeFlow> flows = new ArrayList<>();
        if (!limits.codeFlows) return flows;
        int budget = limits.maxFlowSteps;
        for (List<TraceStep> path : paths) {
            List<TraceStep> kept = limits.flow(path, budget, cuts);
            if (kept.isEmpty()) {
                continue;
            }
            budget -= kept.size();
            List<ThreadFlowLocation> steps = new ArrayList<>(kept.size());
            for (TraceStep step : kept) {
                steps.add(new ThreadFlowLocation().withLocation(
                        SarifLocations.location(step.location(), step.message())));
            }
            flows.add(new CodeFlow().withThreadFlows(List.of(new ThreadFlow().withLocations(steps))));
        }
        return flows;
    }
}
