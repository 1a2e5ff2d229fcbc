package dev.lookasidelint.analyzer.project;

import dev.lookasidelint.analyzer.frontend.Frontend;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the C and C++ sources under the paths given on the command line, sorted so that every run
 * sees them in the same order. Symbolic links are not followed (no loops); folders that cannot be
 * read are reported and skipped.
 */
public final class SourceDiscovery {
    private SourceDiscovery() {
    }

    public record Result(List<Path> files, List<String> problems) {
    }

    public static Result find(List<Path> paths) {
        TreeSet<Path> files = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            Path start = p.toAbsolutePath().normalize();
            if (Files.isRegularFile(start)) {
                files.add(start);
                continue;
            }
            try {
                Files.walkFileTree(start, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        // version-control and build output folders hold no sources of the driver
                        if (!dir.equals(start) && (name.equals(".git") || name.equals(".svn") || name.equals("node_modules"))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && Frontend.isSource(file.getFileName().toString())) files.add(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        problems.add(file + ": cannot read: " + IoErrors.describe(e));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.add(start + ": cannot read: " + IoErrors.describe(e));
            }
        }
        return new Result(new ArrayList<>(files), problems);
    }
}
