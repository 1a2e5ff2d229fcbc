package dev.lookasidelint.analyzer.project.msbuild;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the parts of a WDK .vcxproj that change what the preprocessor sees, for one configuration and
 * platform. This is not MSBuild: imports (.props, .targets) are not followed, properties are not evaluated.
 * What it does evaluate: an element is used when it has no {@code Condition} or its condition is exactly
 * {@code '$(Configuration)|$(Platform)'=='C|P'} for the chosen pair (spaces and case ignored); in paths,
 * {@code $(ProjectDir)}, {@code $(MSBuildThisFileDirectory)}, {@code $(MSBuildProjectDirectory)} and
 * {@code $(SolutionDir)} (when a solution is known) are expanded, and entries with any other macro or with
 * {@code %(...)} are dropped; wildcards in items ({@code *.h}, {@code src\**\*.c}) are expanded as MSBuild
 * expands them (see {@link ItemWildcards}); paths are matched without regard to case, as on Windows.
 * Read:
 * <ul>
 * <li>{@code ClCompile Include=} and {@code ClInclude Include=} items;</li>
 * <li>in item definition groups, {@code ClCompile/PreprocessorDefinitions}, {@code AdditionalIncludeDirectories}
 *     and {@code ForcedIncludeFiles};</li>
 * <li>the folder of a precompiled header that sources use ({@code PrecompiledHeader}, {@code PrecompiledHeaderFile});</li>
 * <li>the properties {@code DriverType}, {@code KMDF_VERSION_MAJOR}/{@code KMDF_VERSION_MINOR},
 *     {@code ConfigurationType} and {@code TargetPlatformVersion} (or {@code WindowsTargetPlatformVersion}).</li>
 * </ul>
 */
public final class VcxprojReader {
    private final Path projectFile;
    private final Path projectDir;
    private final Path solutionDir;
    private final String wantedCondition;

    private VcxprojReader(Path projectFile, Path solutionDir, String configuration, String platform) {
        this.projectFile = projectFile;
        this.projectDir = projectFile.toAbsolutePath().normalize().getParent();
        this.solutionDir = solutionDir;
        this.wantedCondition = normalize("'$(Configuration)|$(Platform)'=='" + configuration + "|" + platform + "'");
    }

    /** Reads {@code projectFile}; {@code solutionDir} may be null when no solution named it. */
    public static BuildSettings read(Path projectFile, Path solutionDir, String configuration, String platform)
            throws BuildFileException {
        return new VcxprojReader(projectFile, solutionDir, configuration, platform).read();
    }

    private BuildSettings read() throws BuildFileException {
        Document doc = SafeXml.parse(projectFile);
        Element root = doc.getDocumentElement();
        if (!"Project".equals(root.getTagName())) throw new BuildFileException(projectFile, "not an MSBuild project (no <Project> root)");
        List<Path> sources = new ArrayList<>();
        Map<String, String> defines = new LinkedHashMap<>();
        List<Path> includes = new ArrayList<>();
        List<Path> forced = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element group : children(root)) {
            if (!applies(group)) continue;
            switch (group.getTagName()) {
                case "ItemGroup" -> {
                    for (Element item : children(group)) {
                        // headers too: an inline helper defined in one is part of what the sources call
                        boolean code = item.getTagName().equals("ClCompile") || item.getTagName().equals("ClInclude");
                        if (code && applies(item) && !item.getAttribute("Include").isEmpty()) {
                            for (String s : item.getAttribute("Include").split(";")) {
                                Path p = path(s);
                                if (p == null) continue;
                                if (ItemWildcards.isWildcard(p)) sources.addAll(ItemWildcards.expand(projectDir, p));
                                else sources.add(p);
                            }
                            precompiledHeader(item, includes);
                        }
                    }
                }
                case "ItemDefinitionGroup" -> {
                    for (Element tool : children(group)) {
                        if (!tool.getTagName().equals("ClCompile") || !applies(tool)) continue;
                        precompiledHeader(tool, includes);
                        for (Element setting : children(tool)) {
                            if (!applies(setting)) continue;
                            String text = setting.getTextContent();
                            if (setting.getTagName().equals("PreprocessorDefinitions")) {
                                for (String d : text.split(";")) {
                                    if (!d.contains("%(") && !d.contains("$(")) BuildSettings.addDefine(defines, d);
                                }
                            } else if (setting.getTagName().equals("AdditionalIncludeDirectories")) {
                                for (String d : text.split(";")) {
                                    Path p = path(d);
                                    if (p != null) includes.add(p);
                                }
                            } else if (setting.getTagName().equals("ForcedIncludeFiles")) {
                                for (String f : text.split(";")) {
                                    Path p = path(f);
                                    if (p != null) forced.add(p);
                                }
                            }
                        }
                    }
                }
                case "PropertyGroup" -> {
                    for (Element property : children(group)) {
                        if (applies(property)) properties.put(property.getTagName(), property.getTextContent().trim());
                    }
                }
                default -> { }
            }
        }
        String major = properties.get("KMDF_VERSION_MAJOR");
        String minor = properties.get("KMDF_VERSION_MINOR");
        String kmdf = major == null ? null : minor == null ? major : major + "." + minor;
        // TargetPlatformVersion is what WDK 10 projects set; WindowsTargetPlatformVersion what VS writes
        String sdk = properties.getOrDefault("TargetPlatformVersion", properties.get("WindowsTargetPlatformVersion"));
        return new BuildSettings(sources, defines, includes, forced, properties.get("DriverType"), kmdf,
                properties.get("ConfigurationType"), sdk);
    }

    /**
     * A source compiled with a precompiled header ({@code <PrecompiledHeader>Use</PrecompiledHeader>}) has its
     * {@code #include "precomp.h"} answered by the PCH built from the project's header, wherever the source
     * sits ({@code ..\pcidrv.c} in Windows-driver-samples' pcidrv): the folder of that header is searched.
     */
    private void precompiledHeader(Element clCompile, List<Path> includes) {
        String use = null;
        String file = null;
        for (Element setting : children(clCompile)) {
            if (!applies(setting)) continue;
            String tag = setting.getTagName().toLowerCase(Locale.ROOT);
            if (tag.equals("precompiledheader")) use = setting.getTextContent().trim();
            if (tag.equals("precompiledheaderfile")) file = setting.getTextContent().trim();
        }
        if (!"Use".equalsIgnoreCase(use)) return;
        Path header = path(file == null || file.isEmpty() ? "pch.h" : file);
        if (header != null && header.getParent() != null && !includes.contains(header.getParent())) includes.add(header.getParent());
    }

    private boolean applies(Element e) {
        String condition = e.getAttribute("Condition");
        return condition.isBlank() || normalize(condition).equals(wantedCondition);
    }

    private static String normalize(String condition) {
        return condition.replaceAll("\\s+", "").replace('"', '\'').toLowerCase(Locale.ROOT);
    }

    /** A project-relative path with backslashes, its known macros expanded; null when it cannot be used. */
    private Path path(String raw) {
        String s = raw.trim();
        if (s.isEmpty()) return null;
        s = s.replace("$(ProjectDir)", projectDir + "/")
                .replace("$(MSBuildThisFileDirectory)", projectDir + "/")
                .replace("$(MSBuildProjectDirectory)", projectDir.toString());
        if (solutionDir != null) s = s.replace("$(SolutionDir)", solutionDir + "/");
        if (s.contains("$(") || s.contains("%(")) return null;
        return WindowsPaths.existing(projectDir.resolve(s.replace('\\', '/')).normalize());
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) out.add(e);
        }
        return out;
    }
}
