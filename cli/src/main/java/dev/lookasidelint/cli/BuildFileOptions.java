package dev.lookasidelint.cli;

import dev.lookasidelint.analyzer.project.msbuild.BuildFileException;
import dev.lookasidelint.analyzer.project.msbuild.BuildFiles;
import dev.lookasidelint.analyzer.project.msbuild.BuildSettings;
import dev.lookasidelint.analyzer.project.msbuild.CompileCommands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds {@code scan --project} and {@code --compile-commands} into the scan's paths, defines, include
 * folders and forced includes, and the SDK and KMDF versions that choose {@code --wdk-root}'s folders. Options given on the command line win: their defines replace the build file's, their include
 * folders are searched first. A build file we cannot read stops the scan (exit 2, {@code FILE: problem}).
 */
final class BuildFileOptions {
    private BuildFileOptions() {}

    /** False (after printing why) when a build file cannot be used. */
    static boolean apply(ScanCommand scan) {
        List<BuildSettings> settings = new ArrayList<>();
        try {
            if (scan.buildProject != null) {
                if (!Files.isRegularFile(scan.buildProject)) throw new BuildFileException(scan.buildProject, "no such file");
                settings.add(BuildFiles.readProject(scan.buildProject, scan.configuration, scan.platform));
            }
            if (scan.compileCommands != null) {
                if (!Files.isRegularFile(scan.compileCommands)) throw new BuildFileException(scan.compileCommands, "no such file");
                settings.add(CompileCommands.read(scan.compileCommands));
            }
        } catch (BuildFileException e) {
            scan.top.err.println("lookaside-lint: " + e.getMessage());
            return false;
        }
        if (settings.isEmpty()) return true;
        BuildSettings build = BuildSettings.merge(settings);
        for (Path source : build.sources()) {
            if (Files.isRegularFile(source)) scan.paths.add(source);
            else scan.top.err.println("lookaside-lint: warning: " + source + ": listed by the build file but not found, skipped");
        }
        for (Path forced : build.forcedIncludes()) {
            if (Files.isRegularFile(forced)) scan.forcedIncludes.add(forced);
            else scan.top.err.println("lookaside-lint: warning: " + forced + ": forced include (/FI) of the build file not found, skipped");
        }
        scan.buildSdkVersion = build.targetPlatformVersion();
        scan.buildKmdfVersion = build.kmdfVersion();
        Map<String, String> defines = new LinkedHashMap<>();
        build.defines().forEach((k, v) -> defines.put(k, v));
        List<String> merged = new ArrayList<>();
        defines.forEach((k, v) -> merged.add(k + "=" + v));
        merged.addAll(scan.defines);
        scan.defines = merged;
        scan.includes.addAll(build.includeDirectories());
        return true;
    }
}
