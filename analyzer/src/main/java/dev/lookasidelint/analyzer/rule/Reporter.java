package dev.lookasidelint.analyzer.rule;

import dev.lookasidelint.analyzer.report.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects findings so that one defect gives one finding: the same rule, function and defect key
 * (the list or block) are reported once, at the first place a rule reports them.
 */
public final class Reporter {
    private final Map<String, Finding> findings = new LinkedHashMap<>();

    /** Reports {@code finding} unless the same defect was reported already. */
    public synchronized void report(String defectKey, Finding finding) {
        findings.putIfAbsent(finding.ruleId() + "\u0000" + finding.function() + "\u0000" + defectKey, finding);
    }

    public synchronized List<Finding> findings() {
        List<Finding> list = new ArrayList<>(findings.values());
        list.sort(null);
        return list;
    }
}
