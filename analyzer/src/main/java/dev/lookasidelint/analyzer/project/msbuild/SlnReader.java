package dev.lookasidelint.analyzer.project.msbuild;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The .vcxproj files a Visual Studio solution lists, from its lines
 * {@code Project("{type}") = "name", "path\to\x.vcxproj", "{guid}"}. Other project kinds (C#, solution
 * folders) are skipped; solution configurations are not mapped (the same configuration and platform
 * are asked of every project).
 */
public final class SlnReader {
    private static final Pattern PROJECT = Pattern.compile(
            "^\\s*Project\\(\"\\{[^}]*}\"\\)\\s*=\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\"\\s*,\\s*\"\\{[^}]*}\"\\s*$");

    private SlnReader() {}

    public static List<Path> projects(Path solution) throws BuildFileException {
        List<String> lines;
        try {
            lines = Files.readAllLines(solution, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildFileException(solution, "cannot read: " + e.getClass().getSimpleName());
        }
        Path dir = solution.toAbsolutePath().normalize().getParent();
        List<Path> projects = new ArrayList<>();
        for (String line : lines) {
            Matcher m = PROJECT.matcher(line.startsWith("\uFEFF") ? line.substring(1) : line);
            if (m.matches() && m.group(1).toLowerCase(java.util.Locale.ROOT).endsWith(".vcxproj")) {
                projects.add(dir.resolve(m.group(1).replace('\\', '/')).normalize());
            }
        }
        if (projects.isEmpty()) throw new BuildFileException(solution, "lists no .vcxproj project");
        return projects;
    }
}
