package dev.lookasidelint.analyzer.frontend;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and reads included headers once per scan, for all parser threads. Driver trees come from
 * Windows, so {@code #include "..\inc\Foo.H"} must find {@code ../inc/foo.h}: backslashes become
 * slashes and names are matched without regard to case when the exact name does not exist.
 */
public final class HeaderCache {
    private final Map<String, Optional<Path>> resolved = new ConcurrentHashMap<>();
    private final Map<Path, Optional<char[]>> contents = new ConcurrentHashMap<>();
    private final Map<Path, Map<String, String>> listings = new ConcurrentHashMap<>();
    /** Null without WDK headers. */
    private final WdkCallMacros wdkCallMacros;

    public HeaderCache() {
        this(null);
    }

    HeaderCache(WdkCallMacros wdkCallMacros) {
        this.wdkCallMacros = wdkCallMacros;
    }

    /** The file an include candidate names, if it exists. */
    public Optional<Path> resolve(String candidate) {
        return resolved.computeIfAbsent(candidate, c -> {
            Path p = Path.of(c.replace('\\', '/')).normalize();
            if (Files.isRegularFile(p)) return Optional.of(p);
            return resolveIgnoringCase(p).filter(Files::isRegularFile);
        });
    }

    private Optional<Path> resolveIgnoringCase(Path p) {
        Path root = p.getRoot();
        if (root == null) return Optional.empty();
        Path current = root;
        for (Path part : p) {
            Path exact = current.resolve(part.toString());
            if (Files.exists(exact)) {
                current = exact;
                continue;
            }
            String actual = listing(current).get(part.toString().toLowerCase(Locale.ROOT));
            if (actual == null) return Optional.empty();
            current = current.resolve(actual);
        }
        return Optional.of(current);
    }

    private Map<String, String> listing(Path dir) {
        return listings.computeIfAbsent(dir, d -> {
            Map<String, String> names = new ConcurrentHashMap<>();
            String[] list = new File(d.toString()).list();
            if (list != null) {
                for (String name : list) names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
            return names;
        });
    }

    /**
     * The decoded text of a header, rewritten as {@link MsvcSource} does (and a WDK header as
     * {@link WdkCallMacros} does), or empty when it is not text.
     */
    public Optional<char[]> read(Path file) {
        return contents.computeIfAbsent(file, f -> {
            try {
                char[] text = MsvcSource.of(SourceText.decode(Files.readAllBytes(f))).chars();
                return Optional.of(wdkCallMacros != null && wdkCallMacros.appliesTo(f) ? wdkCallMacros.apply(text) : text);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }
}
