package dev.lookasidelint.analyzer.frontend;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Keeps the WDK macros that the analysis reads as calls from expanding. The built-in prelude leaves
 * {@code ExFreePool(p)}, {@code KeRaiseIrql(l, &old)} or {@code NdisFreeToNPagedLookasideList(l, b)}
 * undefined, so they are calls by their own names; the kit's headers define them as macros over other
 * functions ({@code *(old) = KfRaiseIrql(l)}), which the DDI tables do not name. So when a header under
 * the kit's folders is read, each definition of such a name is renamed ({@code #define ExFreePool(a)}
 * becomes {@code #define __lookaside_lint_kept_ExFreePool(a)}) and its uses stay calls.
 */
final class WdkCallMacros {
    static final String PREFIX = "__lookaside_lint_kept_";

    private final List<String> kitFolders;
    private final Set<String> names;

    WdkCallMacros(List<Path> kitFolders, Set<String> names) {
        this.kitFolders = kitFolders.stream().map(p -> p.toAbsolutePath().normalize() + "/").toList();
        this.names = Set.copyOf(names);
    }

    boolean appliesTo(Path header) {
        String file = header.toAbsolutePath().normalize().toString();
        return !names.isEmpty() && kitFolders.stream().anyMatch(file::startsWith);
    }

    /** The header's text with the definitions (and #undefs) of the kept names renamed. */
    char[] apply(char[] text) {
        StringBuilder out = null;
        int n = text.length;
        int copied = 0;
        for (int lineStart = 0; lineStart < n; ) {
            int lineEnd = lineStart;
            while (lineEnd < n && text[lineEnd] != '\n') lineEnd++;
            int name = definedName(text, lineStart, lineEnd);
            if (name >= 0) {
                int end = name;
                while (end < lineEnd && isIdentifierPart(text[end])) end++;
                if (names.contains(new String(text, name, end - name))) {
                    if (out == null) out = new StringBuilder(n + 1024);
                    out.append(text, copied, name - copied).append(PREFIX);
                    copied = name;
                }
            }
            lineStart = lineEnd + 1;
        }
        if (out == null) return text;
        out.append(text, copied, n - copied);
        char[] result = new char[out.length()];
        out.getChars(0, out.length(), result, 0);
        return result;
    }

    /** Where the macro name of a {@code #define} or {@code #undef} line starts, or -1 for other lines. */
    private static int definedName(char[] text, int i, int end) {
        while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
        if (i >= end || text[i] != '#') return -1;
        i++;
        while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
        int word = i;
        while (i < end && Character.isLetter(text[i])) i++;
        String directive = new String(text, word, i - word);
        if (!directive.equals("define") && !directive.equals("undef")) return -1;
        while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
        return i < end ? i : -1;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
