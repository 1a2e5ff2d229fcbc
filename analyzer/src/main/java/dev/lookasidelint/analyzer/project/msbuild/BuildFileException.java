package dev.lookasidelint.analyzer.project.msbuild;

import java.nio.file.Path;

/** A project, solution or compile-commands file we cannot use; the message is one line, {@code FILE: problem}. */
public final class BuildFileException extends Exception {
    public BuildFileException(Path file, String problem) {
        super(file + ": " + problem.replace('\n', ' ').replace('\r', ' '));
    }
}
