package dev.lookasidelint.cli;

import dev.lookasidelint.analyzer.project.ProjectLoader;
import dev.lookasidelint.analyzer.report.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code scan --in-project FILE...}: a pre-commit hook passes the changed files, but their findings
 * depend on the rest of their driver (the unload routine, a helper in another file). So the whole
 * project around them is scanned, the folder of the nearest {@code .vcxproj} above them, else the
 * repository's top folder, and only the findings in the given files are reported.
 */
final class ProjectContext {
    private ProjectContext() {
    }

    /** The project folder around all of {@code paths}. */
    static Path rootOf(List<Path> paths) {
        return rootOf(paths, null);
    }

    /**
     * The same, for files in a copy of a repository whose top folder is {@code top} (null: look for
     * the {@code .git} folder).
     */
    static Path rootOf(List<Path> paths, Path top) {
        Path common = null;
        for (Path p : paths) {
            Path project = projectOf(p.toAbsolutePath().normalize(), top);
            common = common == null ? project : commonFolder(common, project);
        }
        return common;
    }

    private static Path projectOf(Path path, Path top) {
        Path start = Files.isDirectory(path) ? path : path.getParent();
        for (Path dir = start; dir != null && (top == null || dir.startsWith(top)); dir = dir.getParent()) {
            if (hasProjectFile(dir)) return dir;
        }
        if (top != null) return top;
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) return dir;
        }
        return start;
    }

    private static boolean hasProjectFile(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".vcxproj"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Path commonFolder(Path a, Path b) {
        Path c = a;
        while (!b.startsWith(c)) c = c.getParent();
        return c;
    }

    /** {@code result} with only the findings and notifications of {@code paths} (and those of no file). */
    static ScanResult onlyFiles(ScanResult result, List<Path> paths) {
        Set<String> wanted = paths.stream().map(p -> ProjectLoader.relativePath(result.root(), p)).collect(Collectors.toSet());
        return new ScanResult(result.root(),
                result.findings().stream().filter(f -> wanted.contains(f.location().path())).toList(),
                result.suppressed().stream().filter(s -> wanted.contains(s.finding().location().path())).toList(),
                result.notifications().stream().filter(n -> n.path() == null || wanted.contains(n.path())).toList(),
                result.statistics());
    }
}
