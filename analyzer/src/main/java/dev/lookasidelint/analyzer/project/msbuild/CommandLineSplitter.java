package dev.lookasidelint.analyzer.project.msbuild;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line or response file into arguments the way the MSVC runtime does, simplified:
 * whitespace separates, double quotes group (and are removed), {@code \"} is a literal quote; other
 * backslashes are kept, since they are Windows path separators.
 */
final class CommandLineSplitter {
    private CommandLineSplitter() {}

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuotes = false, any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cur.append('"');
                i++;
                any = true;
            } else if (c == '"') {
                inQuotes = !inQuotes;
                any = true;
            } else if (Character.isWhitespace(c) && !inQuotes) {
                if (any) out.add(cur.toString());
                cur.setLength(0);
                any = false;
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) out.add(cur.toString());
        return out;
    }
}
