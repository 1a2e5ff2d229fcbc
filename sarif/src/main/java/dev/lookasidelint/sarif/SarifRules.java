package dev.lookasidelint.sarif;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog as {@code tool.driver.rules}, and each rule's position in it.
 *
 * <p>A result's {@code ruleIndex} is a position in that array, so the descriptors go into a
 * {@link LinkedHashSet} (java-sarif declares the property as a {@code Set}) in exactly the order
 * the catalog was given.
 */
final class SarifRules {

    private final Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
    private final Map<String, Integer> indexById = new HashMap<>();

    SarifRules(List<RuleInfo> rules) {
        for (RuleInfo rule : rules) {
            if (indexById.putIfAbsent(rule.id(), indexById.size()) != null) {
                throw new IllegalArgumentException("duplicate rule id " + rule.id());
            }
            descriptors.add(descriptor(rule));
        }
    }

    Set<ReportingDescriptor> descriptors() {
        return descriptors;
    }

    /** The rule's index in {@link #descriptors()}; a finding of an unknown rule is a bug. */
    int indexOf(String ruleId) {
        Integer index = indexById.get(ruleId);
        if (index == null) {
            throw new IllegalArgumentException("finding of rule " + ruleId + " which is not in the catalog");
        }
        return index;
    }

    private static ReportingDescriptor descriptor(RuleInfo rule) {
        // GitHub rejects empty descriptions and help; fall back to the next shorter text rather
        // than upload a log that is refused as a whole.
        String fullDescription = firstNonBlank(rule.fullDescription(), rule.shortDescription());
        String helpText = firstNonBlank(rule.helpText(), fullDescription);

        MultiformatMessageString help = new MultiformatMessageString().withText(helpText);
        if (!isBlank(rule.helpMarkdown())) {
            help.setMarkdown(rule.helpMarkdown());
        }

        PropertyBag properties = new PropertyBag();
        if (!rule.tags().isEmpty()) {
            properties.setTags(new LinkedHashSet<>(rule.tags()));
        }
        if (!isBlank(rule.precision())) {
            properties.setAdditionalProperty("precision", rule.precision());
        }
        properties.setAdditionalProperty("problem.severity", SarifLevels.problemSeverity(rule.severity()));

        return new ReportingDescriptor()
                .withId(rule.id())
                .withName(rule.name())
                .withShortDescription(new MultiformatMessageString().withText(rule.shortDescription()))
                .withFullDescription(new MultiformatMessageString().withText(fullDescription))
                .withHelp(help)
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(SarifLevels.ruleLevel(rule.severity())))
                .withProperties(properties);
    }

    private static String firstNonBlank(String first, String second) {
        return isBlank(first) ? second : first;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
