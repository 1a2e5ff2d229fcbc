package dev.lookasidelint.cli;

import dev.lookasidelint.analyzer.frontend.Frontend;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code scan --staged}: what a plain git pre-commit hook must check is the content about to be
 * committed, not the working tree. The index's sources and project files are copied, as blobs read
 * with {@code git cat-file} (no filters, no hooks), into a temporary folder laid out like the
 * repository; the staged C and C++ files are then scanned there in the context of their project.
 */
final class StagedSnapshot implements AutoCloseable {
    /** The copy of the index, and the staged sources inside it. */
    final Path top;
    final List<Path> staged;

    private StagedSnapshot(Path top, List<Path> staged) {
        this.top = top;
        this.staged = staged;
    }

    /** A snapshot of the index of the repository that holds {@code folder}. */
    static StagedSnapshot of(Path folder) throws IOException, InterruptedException {
        String repoTop = new String(git(folder, null, "rev-parse", "--show-toplevel"), StandardCharsets.UTF_8).strip();
        Path repo = Path.of(repoTop);
        List<String> stagedNames = new ArrayList<>();
        for (String name : nul(git(repo, null, "diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR"))) {
            if (Frontend.isSource(Path.of(name).getFileName().toString())) stagedNames.add(name);
        }
        Map<String, String> blobs = new LinkedHashMap<>(); // path -> blob id, for what the scan reads
        for (String entry : nul(git(repo, null, "ls-files", "-s", "-z"))) {
            int tab = entry.indexOf('\t');
            String[] meta = entry.substring(0, tab).split(" ");
            String path = entry.substring(tab + 1);
            if (meta[0].startsWith("100") && wanted(path)) blobs.put(path, meta[1]);
        }
        Path top = Files.createTempDirectory("lookaside-staged");
        try {
            writeBlobs(repo, top, blobs);
        } catch (IOException | InterruptedException | RuntimeException e) {
            delete(top);
            throw e;
        }
        List<Path> staged = stagedNames.stream().map(top::resolve).toList();
        return new StagedSnapshot(top, staged);
    }

    /** Sources, headers and the files that say where a project is or how to read it. */
    private static boolean wanted(String path) {
        String name = Path.of(path).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return Frontend.isSource(name) || lower.endsWith(".vcxproj") || name.equals(".lookaside-lint.json");
    }

    /** Reads every blob in one {@code git cat-file --batch} and writes it under {@code top}. */
    private static void writeBlobs(Path repo, Path top, Map<String, String> blobs) throws IOException, InterruptedException {
        StringBuilder ids = new StringBuilder();
        for (String id : blobs.values()) ids.append(id).append('\n');
        byte[] out = git(repo, ids.toString().getBytes(StandardCharsets.US_ASCII), "cat-file", "--batch");
        int at = 0;
        for (String path : blobs.keySet()) {
            int eol = indexOf(out, (byte) '\n', at);
            String[] header = new String(out, at, eol - at, StandardCharsets.US_ASCII).split(" ");
            int size = Integer.parseInt(header[2]);
            Path file = top.resolve(path).normalize();
            if (!file.startsWith(top)) throw new IOException("an index path leaves the repository: " + path);
            Files.createDirectories(file.getParent());
            try (OutputStream o = Files.newOutputStream(file)) {
                o.write(out, eol + 1, size);
            }
            at = eol + 1 + size + 1; // the content is followed by a newline
        }
    }

    private static int indexOf(byte[] b, byte value, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == value) return i;
        }
        throw new IllegalStateException("git cat-file --batch: output cut short");
    }

    private static List<String> nul(byte[] out) {
        List<String> parts = new ArrayList<>();
        for (String s : new String(out, StandardCharsets.UTF_8).split("\0")) {
            if (!s.isEmpty()) parts.add(s);
        }
        return parts;
    }

    /** Runs git in {@code dir}; its standard output, or an IOException with its message when it fails. */
    private static byte[] git(Path dir, byte[] input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        // input, output and errors move at once: git stops reading while its output pipe is full
        Thread feed = new Thread(() -> write(p.getOutputStream(), input));
        feed.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> copy(p.getErrorStream(), err));
        drain.start();
        byte[] out = p.getInputStream().readAllBytes();
        int status = p.waitFor();
        feed.join();
        drain.join();
        if (status != 0) {
            String message = err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("exit " + status);
            throw new IOException("git " + args[0] + ": " + message);
        }
        return out;
    }

    private static void write(OutputStream in, byte[] input) {
        try (in) {
            if (input != null) in.write(input);
        } catch (IOException e) {
            // git ended early: its exit status tells what went wrong
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // what git says on failure is only for the message
        }
    }

    @Override
    public void close() {
        delete(top);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the scan for
        }
    }
}
