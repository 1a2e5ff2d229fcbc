package dev.lookasidelint.analyzer.rule;

import dev.lookasidelint.analyzer.report.Severity;
import java.util.List;

/**
 * A rule's metadata, as declared in the catalog ({@code ../shared/rules.md}).
 *
 * @param id               stable id such as {@code LAL004}
 * @param name             kebab-case name such as {@code block-used-after-free}
 * @param severity         default severity
 * @param shortDescription one line
 * @param fullDescription  a paragraph: what the rule finds
 * @param helpText         plain-text help: what, why it crashes machines, a bad and a good example
 * @param helpMarkdown     the same help in Markdown
 * @param tags             e.g. {@code security}, {@code external/cwe/cwe-416}
 * @param precision        {@code very-high}, {@code high}, {@code medium} or {@code low}
 */
public record RuleInfo(String id, String name, Severity severity, String shortDescription,
                       String fullDescription, String helpText, String helpMarkdown,
                       List<String> tags, String precision) {

    public RuleInfo {
        tags = List.copyOf(tags);
    }
}
