package dev.lookasidelint.analyzer.project.msbuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * MSBuild item wildcards: {@code *} and {@code ?} within one folder name, {@code **} across folders.
 * Projects from the WDK templates list {@code <ClInclude Include="*.h" />}; MSBuild expands such an item
 * to the files that exist, and to nothing when none does. The walk starts at the deepest folder without
 * a wildcard, stays inside the project's tree as given and does not follow links.
 */
final class ItemWildcards {
    private ItemWildcards() {
    }

    static boolean isWildcard(Path p) {
        String s = p.toString();
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
    }

    /** The regular files {@code pattern} (absolute, normalized) matches, sorted. */
    static List<Path> expand(Path projectDir, Path pattern) {
        Path start = pattern.getRoot() == null ? projectDir : pattern.getRoot();
        for (Path part : pattern.getRoot() == null ? pattern : pattern.subpath(0, pattern.getNameCount())) {
            if (isWildcard(part)) break;
            start = start.resolve(part.toString());
        }
        if (!Files.isDirectory(start)) return List.of();
        // matched without regard to case, as on Windows where these projects come from: *.h finds FOO.H
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + globOf(lower(pattern.toString())));
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(Files::isRegularFile).filter(f -> matcher.matches(Path.of(lower(f.toString())))).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // an unreadable folder lists nothing, as in MSBuild
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    /** The pattern as a Java glob: {@code **}/ matches zero or more folders, as in MSBuild. */
    private static String globOf(String pattern) {
        return pattern.replace("\\", "\\\\").replace("[", "\\[").replace("{", "\\{").replace("/**/", "/{**/,}");
    }
}
