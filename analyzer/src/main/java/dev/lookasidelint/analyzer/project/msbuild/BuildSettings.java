package dev.lookasidelint.analyzer.project.msbuild;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What a build file tells us about how its sources are compiled: the source files, the macro definitions
 * ({@code "1"} for a bare name, as MSVC's {@code /DNAME}) and the include folders, plus the WDK driver
 * properties of a .vcxproj ({@code null} when not set). {@code forcedIncludes} are the {@code /FI} files,
 * which the frontend does not read yet.
 */
public record BuildSettings(List<Path> sources, Map<String, String> defines, List<Path> includeDirectories,
                            List<Path> forcedIncludes, String driverType, String kmdfVersion,
                            String configurationType) {

    public BuildSettings {
        sources = List.copyOf(sources);
        defines = Map.copyOf(defines);
        includeDirectories = List.copyOf(includeDirectories);
        forcedIncludes = List.copyOf(forcedIncludes);
    }

    /** Several projects (a solution) as one: sources and folders in order without repeats, later defines win. */
    public static BuildSettings merge(List<BuildSettings> all) {
        LinkedHashSet<Path> sources = new LinkedHashSet<>();
        LinkedHashSet<Path> includes = new LinkedHashSet<>();
        LinkedHashSet<Path> forced = new LinkedHashSet<>();
        Map<String, String> defines = new LinkedHashMap<>();
        String driverType = null, kmdf = null, configType = null;
        for (BuildSettings s : all) {
            sources.addAll(s.sources);
            includes.addAll(s.includeDirectories);
            forced.addAll(s.forcedIncludes);
            defines.putAll(s.defines);
            if (s.driverType != null) driverType = s.driverType;
            if (s.kmdfVersion != null) kmdf = s.kmdfVersion;
            if (s.configurationType != null) configType = s.configurationType;
        }
        return new BuildSettings(new ArrayList<>(sources), defines, new ArrayList<>(includes), new ArrayList<>(forced),
                driverType, kmdf, configType);
    }

    /** {@code NAME=VALUE}, or {@code NAME} meaning 1; an empty name is dropped. */
    static void addDefine(Map<String, String> defines, String definition) {
        String d = definition.trim();
        if (d.isEmpty()) return;
        int eq = d.indexOf('=');
        if (eq < 0) defines.put(d, "1");
        else if (eq > 0) defines.put(d.substring(0, eq).trim(), d.substring(eq + 1));
    }
}
