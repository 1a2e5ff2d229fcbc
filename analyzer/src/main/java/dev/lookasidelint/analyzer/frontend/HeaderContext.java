package dev.lookasidelint.analyzer.frontend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a header is compiled: a header is never compiled alone, but from a file that includes it, and
 * it may use macros that file (or a header it included first) defines, such as a project's
 * {@code PAGED_CODE_SEG}. The context is the text of a file that includes the header, up to that
 * {@code #include} line; read as a macro file before the header, it gives the header the macros in
 * effect where it is included. The includer is looked for next to the header, then in the folder above
 * and that folder's other subfolders: first a file whose #include resolves to the header from its own
 * folder, then (outside the header's folder) one that names the header and finds it through include
 * directories. Source files ({@code .c}, {@code .cpp}) come before headers, and among several the first
 * by name wins.
 *
 * @param path a made-up path next to the includer, so that its own #includes resolve as they would
 * @param text the includer's text up to the #include of the header
 * @param includer the includer's file name
 */
record HeaderContext(String path, char[] text, String includer) {
    static final String SUFFIX = ".__lal_context__";
    private static final Pattern INCLUDE = Pattern.compile("^[ \\t]*#[ \\t]*include[ \\t]*[\"<]([^\">]+)[\">]",
            Pattern.MULTILINE);
    private static final long MAX_INCLUDER_BYTES = 4L * 1024 * 1024;
    private static final int MAX_CANDIDATES = 400;

    static Optional<HeaderContext> of(Path header, HeaderCache headers) {
        Path file = header.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null) return Optional.empty();
        Optional<HeaderContext> context = first(files(List.of(dir), file), file, headers, false);
        if (context.isPresent() || dir.getParent() == null) return context;
        List<Path> dirs = new ArrayList<>();
        dirs.add(dir.getParent());
        try (Stream<Path> subfolders = Files.list(dir.getParent())) {
            subfolders.filter(Files::isDirectory).filter(d -> !d.equals(dir)).sorted().forEach(dirs::add);
        } catch (IOException e) {
            // the folder above cannot be listed: its own files are still candidates
        }
        List<Path> around = files(dirs, file);
        context = first(around, file, headers, true);
        return context.isPresent() ? context : first(around, file, headers, false);
    }

    /** C and C++ files in these folders, sources before headers, at most {@link #MAX_CANDIDATES}. */
    private static List<Path> files(List<Path> dirs, Path exclude) {
        List<Path> sources = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        for (Path d : dirs) {
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> !p.equals(exclude) && Frontend.isSource(p.getFileName().toString()))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .forEach(p -> (Frontend.isHeader(p.getFileName().toString()) ? others : sources).add(p));
            } catch (IOException e) {
                // skip a folder that cannot be listed
            }
        }
        sources.addAll(others);
        return sources.size() > MAX_CANDIDATES ? sources.subList(0, MAX_CANDIDATES) : sources;
    }

    private static Optional<HeaderContext> first(List<Path> candidates, Path header, HeaderCache headers,
                                                 boolean mustResolve) {
        for (Path includer : candidates) {
            Optional<HeaderContext> context = prefix(includer, header, headers, mustResolve);
            if (context.isPresent()) return context;
        }
        return Optional.empty();
    }

    /**
     * The includer's text up to its first #include that names the header: resolving from the includer's
     * folder to the header itself, or, unless {@code mustResolve}, resolving nowhere from there.
     */
    private static Optional<HeaderContext> prefix(Path includer, Path header, HeaderCache headers,
                                                  boolean mustResolve) {
        char[] chars;
        try {
            if (Files.size(includer) > MAX_INCLUDER_BYTES) return Optional.empty();
            chars = SourceText.read(includer).chars();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        String name = header.getFileName().toString();
        Matcher m = INCLUDE.matcher(new String(chars));
        while (m.find()) {
            String included = m.group(1).replace('\\', '/');
            if (!included.substring(included.lastIndexOf('/') + 1).equalsIgnoreCase(name)) continue;
            Optional<Path> resolved = headers.resolve(includer.resolveSibling(included).toString());
            boolean same = resolved.isPresent() && resolved.get().toAbsolutePath().normalize().equals(header);
            if (!same && (mustResolve || resolved.isPresent())) continue;
            char[] before = new char[m.start()];
            System.arraycopy(chars, 0, before, 0, before.length);
            String fileName = includer.getFileName().toString();
            return Optional.of(new HeaderContext(includer.resolveSibling(fileName + SUFFIX).toString(),
                    MsvcSource.of(before).chars(), fileName));
        }
        return Optional.empty();
    }
}
