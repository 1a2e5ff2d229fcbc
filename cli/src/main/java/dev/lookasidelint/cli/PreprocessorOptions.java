package dev.lookasidelint.cli;

import dev.lookasidelint.analyzer.frontend.FrontendOptions;
import dev.lookasidelint.analyzer.project.WdkInstallation;
import dev.lookasidelint.analyzer.project.msbuild.BuildFileException;
import dev.lookasidelint.analyzer.project.msbuild.BuildFiles;
import dev.lookasidelint.analyzer.project.msbuild.BuildSettings;
import dev.lookasidelint.analyzer.project.msbuild.CompileCommands;
import dev.lookasidelint.rules.ddi.CallNames;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options of {@code scan} that say how sources are preprocessed: the build file (a .vcxproj, .sln or
 * compile_commands.json), include folders, defines, forced includes and an installed WDK. Options given on
 * the command line win over the build file's: their defines replace its defines, their include folders are
 * searched first. A build file or kit that cannot be used stops the scan (exit 2, one line saying why).
 */
final class PreprocessorOptions {
    @Option(names = "--project", paramLabel = "FILE",
            description = "A WDK .vcxproj or .sln: scan its sources with its defines and include folders.")
    Path buildProject;

    @Option(names = "--configuration", paramLabel = "NAME", defaultValue = "Release",
            description = "Project configuration to read (default: ${DEFAULT-VALUE}).")
    String configuration;

    @Option(names = "--platform", paramLabel = "NAME", defaultValue = "x64",
            description = "Project platform to read (default: ${DEFAULT-VALUE}).")
    String platform;

    @Option(names = "--compile-commands", paramLabel = "FILE",
            description = "A compile_commands.json: scan its files with their /D, /I and /FI options.")
    Path compileCommands;

    @Option(names = {"-I", "--include"}, paramLabel = "DIR", description = "A folder to search for #include files.")
    List<Path> includes = new ArrayList<>();

    @Option(names = {"-D", "--define"}, paramLabel = "NAME[=VALUE]", description = "A macro definition; NAME alone means NAME=1.")
    List<String> defines = new ArrayList<>();

    @Option(names = "--force-include", paramLabel = "FILE", description = "A header read before every source, as MSVC's /FI.")
    List<Path> forcedIncludes = new ArrayList<>();

    @Option(names = "--wdk-root", paramLabel = "DIR",
            description = "An installed Windows Driver Kit (the folder holding Include, e.g. 'Windows Kits/10'): parse with its"
                    + " km, shared and KMDF headers instead of the built-in stand-in for them.")
    Path wdkRoot;

    /** The build file's driver type, SDK and KMDF versions (null without one): they choose the kit's folders. */
    private String buildDriverType;
    private String buildSdkVersion;
    private String buildKmdfVersion;

    boolean hasBuildFile() {
        return buildProject != null || compileCommands != null;
    }

    /**
     * Reads the build file, if any: its sources are added to {@code paths}, its defines, include folders and
     * forced includes to these options. False (after printing why) when it cannot be used.
     */
    boolean applyBuildFile(List<Path> paths, PrintStream err) {
        List<BuildSettings> settings = new ArrayList<>();
        try {
            if (buildProject != null) {
                if (!Files.isRegularFile(buildProject)) throw new BuildFileException(buildProject, "no such file");
                settings.add(BuildFiles.readProject(buildProject, configuration, platform));
            }
            if (compileCommands != null) {
                if (!Files.isRegularFile(compileCommands)) throw new BuildFileException(compileCommands, "no such file");
                settings.add(CompileCommands.read(compileCommands));
            }
        } catch (BuildFileException e) {
            err.println("lookaside-lint: " + e.getMessage());
            return false;
        }
        if (settings.isEmpty()) return true;
        BuildSettings build = BuildSettings.merge(settings);
        for (Path source : build.sources()) {
            if (Files.isRegularFile(source)) paths.add(source);
            else err.println("lookaside-lint: warning: " + source + ": listed by the build file but not found, skipped");
        }
        for (Path forced : build.forcedIncludes()) {
            if (Files.isRegularFile(forced)) forcedIncludes.add(forced);
            else err.println("lookaside-lint: warning: " + forced + ": forced include (/FI) of the build file not found, skipped");
        }
        buildDriverType = build.driverType();
        buildSdkVersion = build.targetPlatformVersion();
        buildKmdfVersion = build.kmdfVersion();
        List<String> merged = new ArrayList<>();
        build.defines().forEach((k, v) -> merged.add(k + "=" + v));
        merged.addAll(defines); // later wins: the command line's own
        defines = merged;
        includes.addAll(build.includeDirectories());
        return true;
    }

    /** The preprocessor's options: with --wdk-root, the kit's headers replace the built-in prelude. Null after an error. */
    FrontendOptions frontendOptions(PrintStream err) {
        for (Path f : forcedIncludes) {
            if (!Files.isRegularFile(f)) {
                err.println("lookaside-lint: forced include not found: " + f);
                return null;
            }
        }
        if (wdkRoot == null) {
            return new FrontendOptions(includes, withKmdfVersion(parsedDefines(), buildKmdfVersion), forcedIncludes, List.of(), Set.of());
        }
        WdkInstallation kit;
        try {
            kit = WdkInstallation.locate(wdkRoot, buildSdkVersion, buildKmdfVersion);
        } catch (WdkInstallation.NotAWdkException e) {
            err.println("lookaside-lint: " + e.getMessage());
            return null;
        }
        for (String note : kit.notes()) err.println("lookaside-lint: warning: " + note);
        return new FrontendOptions(includes, withKmdfVersion(parsedDefines(), kit.kmdfVersion()), forcedIncludes,
                kit.includeDirectories(), CallNames.all());
    }

    /**
     * A KMDF project is compiled with {@code KMDF_VERSION_MAJOR} and {@code KMDF_VERSION_MINOR} defined, as the
     * WDK's build defines them (the KMDF headers and drivers test them in {@code #if}); a {@code -D} wins.
     */
    private Map<String, String> withKmdfVersion(Map<String, String> defines, String version) {
        if (!"KMDF".equalsIgnoreCase(buildDriverType) || version == null) return defines;
        String[] parts = version.split("\\.");
        if (parts.length != 2) return defines;
        defines.putIfAbsent("KMDF_VERSION_MAJOR", parts[0]);
        defines.putIfAbsent("KMDF_VERSION_MINOR", parts[1]);
        return defines;
    }

    private Map<String, String> parsedDefines() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String d : defines) {
            int eq = d.indexOf('=');
            if (eq < 0) map.put(d, "1");
            else map.put(d.substring(0, eq), d.substring(eq + 1));
        }
        return map;
    }
}
