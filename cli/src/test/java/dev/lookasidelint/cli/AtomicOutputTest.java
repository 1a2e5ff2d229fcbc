package dev.lookasidelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report is readable by whoever a plainly written file would be readable by, and leaves no temporary file. */
class AtomicOutputTest {
    @TempDir Path dir;

    @Test
    void aNewReportGetsTheModeOfAPlainNewFile() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path report = dir.resolve("report.html");
        AtomicOutput.write(report, "<p>x</p>");
        assertEquals("<p>x</p>", Files.readString(report));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(report));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("plain.txt", "report.html"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aReplacedReportKeepsItsMode() throws Exception {
        Path report = Files.writeString(dir.resolve("report.sarif"), "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        AtomicOutput.write(report, "new");
        assertEquals("new", Files.readString(report));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }
}
