package dev.lookasidelint.analyzer.project;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** What went wrong reading or writing a file, in the words a user reads on a terminal, not Java's. */
public final class IoErrors {
    private IoErrors() {
    }

    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof FileSystemLoopException) return "symbolic-link loop";
        if (e instanceof NotDirectoryException) return "not a folder";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason().toLowerCase(Locale.ROOT);
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m.lines().findFirst().orElse(m);
    }
}
