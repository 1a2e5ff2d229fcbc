package dev.lookasidelint.rules.config;

import dev.lookasidelint.rules.ddi.Ddi;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's configuration file ({@code .lookaside-lint.json} at the scan root, or {@code scan
 * --config FILE}): today the user's wrappers, each a DDI entry of its own. One record per file, so that
 * later keys (rules, severities, exclusions) become more components here.
 *
 * @param file where it was read from, or null when there is none
 * @param wrappers functions or macros the user declares to act like a lookaside DDI
 */
public record ProjectConfig(Path file, List<Ddi> wrappers) {

    /** No configuration file: the built-in DDI table alone. */
    public static final ProjectConfig NONE = new ProjectConfig(null, List.of());

    /** The name configuration files have at a scan root. */
    public static final String FILE_NAME = ".lookaside-lint.json";

    public ProjectConfig {
        wrappers = List.copyOf(wrappers);
    }

    /** The names of the declared wrappers. */
    public Set<String> wrapperNames() {
        return wrappers.stream().map(Ddi::name).collect(Collectors.toUnmodifiableSet());
    }
}
