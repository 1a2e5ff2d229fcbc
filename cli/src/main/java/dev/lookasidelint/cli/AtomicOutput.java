package dev.lookasidelint.cli;

import dev.lookasidelint.analyzer.project.IoErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes a report through a temporary file in the same folder and renames it into place, so that a
 * crash or a kill never leaves a half-written report for CI to upload. The report gets the permissions
 * a plainly created file gets (the umask's), or those of the file it replaces: a temporary file's
 * owner-only mode would keep an HTML report from the reviewers it is for.
 */
final class AtomicOutput {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicOutput() {
    }

    static void write(Path target, String content) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            // not createTempFile, which makes the file owner-only whatever the umask says
            tmp = Files.createFile(dir.resolve("." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp"));
            if (Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS) && Files.getFileStore(abs).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs, LinkOption.NOFOLLOW_LINKS));
            }
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original error is the one to report
                }
            }
            throw new UncheckedIOException("cannot write " + target + ": " + IoErrors.describe(e), e);
        }
    }
}
