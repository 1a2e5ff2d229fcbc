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
 * properties of a .vcxproj ({@code null} when not set): the driver type (KMDF, WDM), the KMDF version
 * ({@code 1.33}) and the Windows SDK version the project targets ({@code 10.0.22621.0}), which choose the
 * folders of an installed WDK. {@code forcedIncludes} are the {@code /FI} files, read before every source.
 */
public record BuildSettings(List<Path> sources, Map<String, String> defines, List<Path> includeDirectories,
                            List<Path> forcedIncludes, String driverType, String kmdfVersion,
                            String configurationType, String targetPlatformVersion) {

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
        String driverType = null, kmdf = null, configType = null, sdk = null;
        for (BuildSettings s : all) {
            sources.addAll(s.sources);
            includes.addAll(s.includeDirectories);
            forced.addAll(s.forcedIncludes);
            defines.putAll(s.defines);
            if (s.driverType != null) driverType = s.driverType;
            if (s.kmdfVersion != null) kmdf = s.kmdfVersion;
            if (s.configurationType != null) configType = s.configurationType;
            if (s.targetPlatformVersion != null) sdk = s.targetPlatformVersion;
        }
        return new BuildSettings(new ArrayList<>(sources), defines, new ArrayList<>(includes), new ArrayList<>(forced),
                driverType, kmdf, configType, sdk);
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
