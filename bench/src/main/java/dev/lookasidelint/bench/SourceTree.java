package dev.lookasidelint.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The C/C++ sources of a folder, and how many lines they hold: the lines every tool is credited with. */
final class SourceTree {
    private SourceTree() {
    }

    /** Source files to compile (.c, .cpp, .cc, .cxx), relative to {@code root}, sorted, '/' separators. */
    static List<String> compilationUnits(Path root) throws IOException {
        return list(root, n -> n.endsWith(".c") || n.endsWith(".cpp") || n.endsWith(".cc") || n.endsWith(".cxx"));
    }

    /** Lines in the sources and headers (.h, .hpp too) under {@code root}. */
    static long lines(Path root) throws IOException {
        long total = 0;
        for (String f : list(root, n -> n.matches(".*\\.(c|cpp|cc|cxx|h|hpp|hh)$"))) total += lineCount(root.resolve(f));
        return total;
    }

    static long lineCount(Path file) throws IOException {
        long n = 0;
        int last = '\n';
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) if (buf[i] == '\n') n++;
                last = buf[r - 1];
            }
        }
        return last == '\n' ? n : n + 1;
    }

    private static List<String> list(Path root, java.util.function.Predicate<String> name) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> name.test(p.getFileName().toString().toLowerCase()))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
