package dev.lookasidelint.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The findings a fixture declares in its comments, as {@code path:line:RULE} keys.
 * {@code // expect: LAL004} marks a finding that must be reported on that line;
 * {@code // spurious: LAL008} a known false positive that is reported today (the test fails once it
 * is fixed, so the marker is taken away); {@code // missing: LAL009} a known false negative that is
 * not reported today (the test fails once it is found); {@code // expect-related: LAL001} a related
 * location of a finding (where an obligation is dropped, where a block was freed). Related markers
 * are opt-in per scan: when a fixture has any, its related locations must match them exactly.
 */
record Expectations(Set<String> expected, Set<String> spurious, Set<String> missing, Set<String> related) {
    private static final Pattern MARKER = Pattern.compile("//\\s*(expect|expect-related|spurious|missing):\\s*((?:LAL\\d{3}[\\s,]*)+)");
    private static final Pattern RULE = Pattern.compile("LAL\\d{3}");

    static Expectations read(Path root, List<Path> files) throws IOException {
        Set<String> expected = new TreeSet<>();
        Set<String> spurious = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        Set<String> related = new TreeSet<>();
        for (Path file : files) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = MARKER.matcher(lines.get(i));
                while (m.find()) {
                    Matcher r = RULE.matcher(m.group(2));
                    while (r.find()) {
                        String key = rel + ":" + (i + 1) + ":" + r.group();
                        switch (m.group(1)) {
                            case "expect" -> expected.add(key);
                            case "spurious" -> spurious.add(key);
                            case "expect-related" -> related.add(key);
                            default -> missing.add(key);
                        }
                    }
                }
            }
        }
        return new Expectations(expected, spurious, missing, related);
    }

    static List<Path> sources(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(c|h|cpp|cc|cxx|hpp)$"))
                    .sorted().toList();
        }
    }
}
