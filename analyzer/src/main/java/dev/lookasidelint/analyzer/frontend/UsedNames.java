package dev.lookasidelint.analyzer.frontend;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which prelude macros a translation unit can use: the prelude names that occur anywhere in the text it
 * can read, that is the file, every header reachable through its #include lines (whatever #if they sit
 * in), and a header's {@link HeaderContext}. Comments and strings count too: this may define a macro
 * too many, never one too few, except behind a computed {@code #include MACRO}. Per-file facts are
 * kept for the whole scan. Thread-safe.
 */
final class UsedNames {
    private record Include(boolean quoted, String name) {
    }

    private record Facts(Set<String> names, List<Include> includes) {
    }

    private static final Facts NONE = new Facts(Set.of(), List.of());

    private final Set<String> wanted;
    /** Cheap filters before a lookup: the first and last characters and the lengths of wanted names. */
    private final boolean[] firsts = new boolean[128];
    private final boolean[] lasts = new boolean[128];
    private final BitSet lengths = new BitSet();
    private final HeaderCache headers;
    private final List<String> includeDirectories;
    private final Map<Path, Facts> facts = new ConcurrentHashMap<>();

    UsedNames(Set<String> wanted, HeaderCache headers, List<String> includeDirectories) {
        this.wanted = Set.copyOf(wanted);
        for (String w : this.wanted) {
            if (w.isEmpty() || w.charAt(0) >= 128 || w.charAt(w.length() - 1) >= 128) continue;
            firsts[w.charAt(0)] = true;
            lasts[w.charAt(w.length() - 1)] = true;
            lengths.set(w.length());
        }
        this.headers = headers;
        this.includeDirectories = List.copyOf(includeDirectories);
    }

    /** The wanted names used by a file with this text at this path, its includes and an extra text. */
    Set<String> of(String absolutePath, char[] text, HeaderContext context) {
        Set<String> used = new HashSet<>();
        Deque<Path> work = new ArrayDeque<>();
        Set<Path> seen = new HashSet<>();
        Path file = Path.of(absolutePath).toAbsolutePath().normalize();
        seen.add(file);
        visit(file, facts.computeIfAbsent(file, p -> scan(text)), used, work);
        if (context != null) visit(Path.of(context.path()), scan(context.text()), used, work);
        while (!work.isEmpty()) {
            Path next = work.pop();
            if (!seen.add(next)) continue;
            Facts f = facts.computeIfAbsent(next, p -> headers.read(p).map(this::scan).orElse(NONE));
            visit(next, f, used, work);
        }
        return used;
    }

    /** The wanted names used by a header on disk and what it includes (empty when it cannot be read). */
    Set<String> ofHeader(String absolutePath) {
        Path file = Path.of(absolutePath);
        return headers.read(file).map(text -> of(absolutePath, text, null)).orElse(Set.of());
    }

    private void visit(Path file, Facts f, Set<String> used, Deque<Path> work) {
        used.addAll(f.names());
        Path dir = file.getParent();
        for (Include inc : f.includes()) {
            resolve(dir, inc).ifPresent(work::push);
        }
    }

    /** Where CDT looks: the including file's folder for "quoted" names, then the include directories. */
    private Optional<Path> resolve(Path dir, Include inc) {
        if (inc.quoted() && dir != null) {
            Optional<Path> p = headers.resolve(dir.resolve(inc.name()).toString());
            if (p.isPresent()) return p.map(x -> x.toAbsolutePath().normalize());
        }
        for (String d : includeDirectories) {
            Optional<Path> p = headers.resolve(Path.of(d).resolve(inc.name()).toString());
            if (p.isPresent()) return p.map(x -> x.toAbsolutePath().normalize());
        }
        return Optional.empty();
    }

    /** The wanted names and the #include lines of a text, in one pass over its characters. */
    private Facts scan(char[] text) {
        Set<String> names = new HashSet<>();
        List<Include> includes = new ArrayList<>();
        int n = text.length;
        boolean lineStart = true;
        for (int i = 0; i < n; ) {
            char c = text[i];
            if (c == '\n') {
                lineStart = true;
                i++;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                i++;
            } else if (c == '#' && lineStart) {
                lineStart = false;
                i = include(text, i + 1, includes);
            } else if (isIdentifierStart(c)) {
                lineStart = false;
                int start = i;
                while (i < n && isIdentifierPart(text[i])) i++;
                char last = text[i - 1];
                if (c < 128 && firsts[c] && last < 128 && lasts[last] && lengths.get(i - start)) {
                    String id = new String(text, start, i - start);
                    if (wanted.contains(id)) names.add(id);
                }
            } else if (c >= '0' && c <= '9') {
                lineStart = false;
                while (i < n && isIdentifierPart(text[i])) i++;
            } else {
                lineStart = false;
                i++;
            }
        }
        return new Facts(Set.copyOf(names), List.copyOf(includes));
    }

    /** After a # at the start of a line: records an #include and returns where scanning goes on. */
    private static int include(char[] text, int i, List<Include> includes) {
        int n = text.length;
        while (i < n && (text[i] == ' ' || text[i] == '\t')) i++;
        if (!(i + 7 <= n && new String(text, i, 7).equals("include"))) return i;
        i += 7;
        while (i < n && (text[i] == ' ' || text[i] == '\t')) i++;
        if (i >= n || (text[i] != '"' && text[i] != '<')) return i;
        char close = text[i] == '"' ? '"' : '>';
        int start = ++i;
        while (i < n && text[i] != close && text[i] != '\n') i++;
        if (i < n && text[i] == close && i > start) {
            includes.add(new Include(close == '"', new String(text, start, i - start).trim().replace('\\', '/')));
        }
        return i;
    }

    private static boolean isIdentifierStart(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' : Character.isLetter(c);
    }

    private static boolean isIdentifierPart(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
                : Character.isLetterOrDigit(c);
    }
}
