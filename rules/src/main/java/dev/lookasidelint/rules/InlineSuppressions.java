package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.frontend.SourceText;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.Suppressed;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings silenced in the source: a comment {@code // lookaside-lint: ignore LAL008 the DPC frees it}
 * (or in a {@code /* ... *}{@code /} comment) on the line a finding points to, or on the line before,
 * silences that rule's findings there. Several ids may be listed ({@code ignore LAL004, LAL008}); what
 * follows the ids is the reason, kept as the suppression's justification.
 */
final class InlineSuppressions {
    private static final Pattern MARKER = Pattern.compile(
            "(?://|/\\*)\\s*lookaside-lint:\\s*ignore\\s+((?:LAL\\d{3}[\\s,]*)+)(.*?)(?:\\*/.*)?$");
    private static final Pattern RULE_ID = Pattern.compile("LAL\\d{3}");

    /** What the scan keeps and what the source silenced. */
    record Partition(List<Finding> kept, List<Suppressed> suppressed) {
    }

    private final Path root;
    private final Map<String, List<String>> linesByFile = new HashMap<>();

    InlineSuppressions(Path root) {
        this.root = root;
    }

    Partition apply(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        for (Finding f : findings) {
            Optional<String> reason = reasonFor(f);
            if (reason.isPresent()) suppressed.add(new Suppressed(f, reason.get()));
            else kept.add(f);
        }
        return new Partition(kept, suppressed);
    }

    /** The justification of a marker that silences {@code f}, if there is one. */
    private Optional<String> reasonFor(Finding f) {
        List<String> lines = lines(f.location().path());
        int line = f.location().line();
        for (int n : new int[] {line, line - 1}) {
            if (n < 1 || n > lines.size()) continue;
            Optional<String> reason = markerReason(lines.get(n - 1), f.ruleId());
            if (reason.isPresent()) return reason;
        }
        return Optional.empty();
    }

    /** The reason a marker on {@code line} gives for silencing {@code ruleId}, if it silences it. */
    static Optional<String> markerReason(String line, String ruleId) {
        Matcher m = MARKER.matcher(line);
        if (!m.find()) return Optional.empty();
        Matcher ids = RULE_ID.matcher(m.group(1));
        while (ids.find()) {
            if (ids.group().equals(ruleId)) return Optional.of(m.group(2).strip());
        }
        return Optional.empty();
    }

    private List<String> lines(String relativePath) {
        return linesByFile.computeIfAbsent(relativePath, p -> {
            try {
                Path file = root == null ? Path.of(p) : root.resolve(p);
                return new String(SourceText.read(file).chars()).lines().toList();
            } catch (IOException | RuntimeException e) {
                return List.of(); // a file that cannot be read again silences nothing
            }
        });
    }
}
