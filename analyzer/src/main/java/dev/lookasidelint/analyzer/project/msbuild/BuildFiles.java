package dev.lookasidelint.analyzer.project.msbuild;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a .vcxproj or a .sln (every C/C++ project it lists) into one set of build settings. */
public final class BuildFiles {
    private BuildFiles() {}

    public static BuildSettings readProject(Path file, String configuration, String platform) throws BuildFileException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".sln")) {
            Path solutionDir = file.toAbsolutePath().normalize().getParent();
            List<BuildSettings> all = new ArrayList<>();
            for (Path p : SlnReader.projects(file)) all.add(VcxprojReader.read(p, solutionDir, configuration, platform));
            return BuildSettings.merge(all);
        }
        if (name.endsWith(".vcxproj")) return VcxprojReader.read(file, null, configuration, platform);
        throw new BuildFileException(file, "expected a .vcxproj or .sln file");
    }
}
