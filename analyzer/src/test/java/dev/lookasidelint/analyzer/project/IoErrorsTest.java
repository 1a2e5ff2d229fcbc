package dev.lookasidelint.analyzer.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Messages about files say what happened in plain words, never a Java class name. */
class IoErrorsTest {

    @Test
    void commonFailuresInPlainWords() {
        assertEquals("permission denied", IoErrors.describe(new AccessDeniedException("/x/secret.c")));
        assertEquals("no such file or folder", IoErrors.describe(new NoSuchFileException("/x/gone.c")));
        assertEquals("symbolic-link loop", IoErrors.describe(new FileSystemLoopException("/x/loop")));
        assertEquals("is a directory", IoErrors.describe(new FileSystemException("/x/d.c", null, "Is a directory")));
        assertEquals("input/output error", IoErrors.describe(new IOException()));
        assertEquals("disk full", IoErrors.describe(new IOException("disk full\n\tat somewhere")));
    }
}
