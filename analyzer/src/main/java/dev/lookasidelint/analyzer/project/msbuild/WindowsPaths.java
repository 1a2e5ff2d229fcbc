package dev.lookasidelint.analyzer.project.msbuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Paths as a Windows build file names them: Windows ignores case, so {@code sampleosservice.c} in a
 * .vcxproj is the {@code SampleOSService.c} on disk. On a case-sensitive file system each missing part
 * of the path is looked up without regard to case.
 */
final class WindowsPaths {
    private WindowsPaths() {
    }

    /** The existing path that {@code p} (absolute, normalized) names, or {@code p} itself when none does. */
    static Path existing(Path p) {
        if (Files.exists(p) || p.getRoot() == null) return p;
        Path current = p.getRoot();
        for (Path part : p) {
            Path exact = current.resolve(part.toString());
            if (Files.exists(exact)) {
                current = exact;
                continue;
            }
            Path found = ignoringCase(current, part.toString());
            if (found == null) return p;
            current = found;
        }
        return current;
    }

    private static Path ignoringCase(Path folder, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(c -> c.getFileName().toString().toLowerCase(Locale.ROOT).equals(wanted))
                    .sorted().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
