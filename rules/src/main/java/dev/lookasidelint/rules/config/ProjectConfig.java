package dev.lookasidelint.rules.config;

import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.Severity;
import dev.lookasidelint.rules.ddi.Ddi;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's configuration file ({@code .lookaside-lint.json} at the scan root, or {@code scan
 * --config FILE}).
 *
 * @param file     where it was read from, or null when there is none
 * @param wrappers functions or macros the user declares to act like a lookaside DDI
 * @param levels   rule id to the severity its findings get ({@code error}, {@code warning},
 *                 {@code note}), or {@code off} to turn the rule off
 * @param exclude  globs of paths, relative to the scan root, that are not scanned ({@code third_party/**})
 */
public record ProjectConfig(Path file, List<Ddi> wrappers, Map<String, String> levels, List<String> exclude) {

    /** No configuration file: the built-in DDI table alone. */
    public static final ProjectConfig NONE = new ProjectConfig(null, List.of());

    /** The name configuration files have at a scan root. */
    public static final String FILE_NAME = ".lookaside-lint.json";

    /** The names a configuration file may have at a scan root, in the order they are looked for. */
    public static final List<String> FILE_NAMES = List.of(FILE_NAME, ".lookaside-lint.yaml", ".lookaside-lint.yml");

    public ProjectConfig {
        wrappers = List.copyOf(wrappers);
        levels = Map.copyOf(levels);
        exclude = List.copyOf(exclude);
    }

    /** Wrappers only. */
    public ProjectConfig(Path file, List<Ddi> wrappers) {
        this(file, wrappers, Map.of(), List.of());
    }

    /** The names of the declared wrappers. */
    public Set<String> wrapperNames() {
        return wrappers.stream().map(Ddi::name).collect(Collectors.toUnmodifiableSet());
    }

    /** The findings as configured: turned-off rules dropped, severities changed where the file says so. */
    public List<Finding> apply(List<Finding> findings) {
        if (levels.isEmpty()) return findings;
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            String level = levels.get(f.ruleId());
            if (level == null) {
                out.add(f);
            } else if (!level.equals("off")) {
                Severity s = Severity.valueOf(level.toUpperCase(Locale.ROOT));
                out.add(new Finding(f.ruleId(), s, f.message(), f.location(), f.function(), f.related(), f.codeFlows()));
            }
        }
        return out;
    }

    /** True when {@code relativePath} (forward slashes, from the scan root) matches an exclude glob. */
    public boolean excludes(String relativePath) {
        Path p = Path.of(relativePath);
        for (String glob : exclude) {
            if (FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(p)) return true;
        }
        return false;
    }
}
