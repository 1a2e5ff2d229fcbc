package dev.lookasidelint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folder that finding paths are relative to: the one folder scanned, or the deepest folder that
 * holds everything given on the command line.
 */
final class ScanRoot {
    private ScanRoot() {
    }

    static Path of(List<Path> paths) {
        Path common = null;
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            Path folder = Files.isDirectory(abs) ? abs : abs.getParent();
            if (common == null) {
                common = folder;
            } else {
                while (!folder.startsWith(common)) common = common.getParent();
            }
        }
        return common;
    }
}
