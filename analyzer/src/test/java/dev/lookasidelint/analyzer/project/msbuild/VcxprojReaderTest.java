package dev.lookasidelint.analyzer.project.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .vcxproj reader takes the chosen configuration's settings and nothing it cannot evaluate. */
class VcxprojReaderTest {
    @TempDir Path dir;

    private static final String PROJECT = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <PropertyGroup Condition=" '$(Configuration)|$(Platform)' == 'Release|x64' " Label="Configuration">
                <ConfigurationType>Driver</ConfigurationType>
                <DriverType>KMDF</DriverType>
                <KMDF_VERSION_MAJOR>1</KMDF_VERSION_MAJOR>
                <KMDF_VERSION_MINOR>33</KMDF_VERSION_MINOR>
                <TargetPlatformVersion>10.0.22621.0</TargetPlatformVersion>
              </PropertyGroup>
              <ItemDefinitionGroup Condition="'$(Configuration)|$(Platform)'=='Release|x64'">
                <ClCompile>
                  <PreprocessorDefinitions>USE_CACHE;DEPTH=4;%(PreprocessorDefinitions);$(ExtraDefs)</PreprocessorDefinitions>
                  <AdditionalIncludeDirectories>inc;$(ProjectDir)shared\\inc;$(IntDir);%(AdditionalIncludeDirectories)</AdditionalIncludeDirectories>
                  <ForcedIncludeFiles>inc\\precomp.h;%(ForcedIncludeFiles)</ForcedIncludeFiles>
                </ClCompile>
              </ItemDefinitionGroup>
              <ItemDefinitionGroup Condition="'$(Configuration)|$(Platform)'=='Debug|x64'">
                <ClCompile><PreprocessorDefinitions>DBG=1</PreprocessorDefinitions></ClCompile>
              </ItemDefinitionGroup>
              <ItemDefinitionGroup>
                <ClCompile><PreprocessorDefinitions>ALWAYS</PreprocessorDefinitions></ClCompile>
              </ItemDefinitionGroup>
              <ItemGroup>
                <ClCompile Include="src\\driver.c" />
                <ClCompile Include="queue.c" />
                <ClInclude Include="inc\\driver.h" />
              </ItemGroup>
            </Project>
            """;

    @Test
    void readsReleaseX64SettingsByDefaultPair() throws Exception {
        Path p = Files.writeString(dir.resolve("drv.vcxproj"), PROJECT);
        BuildSettings s = VcxprojReader.read(p, null, "Release", "x64");
        Path d = dir.toAbsolutePath().normalize();
        // the project's headers are scanned too: an inline helper defined in one is part of the driver
        assertEquals(List.of(d.resolve("src/driver.c"), d.resolve("queue.c"), d.resolve("inc/driver.h")), s.sources());
        assertEquals(Map.of("USE_CACHE", "1", "DEPTH", "4", "ALWAYS", "1"), s.defines());
        assertEquals(List.of(d.resolve("inc"), d.resolve("shared/inc")), s.includeDirectories());
        assertEquals("KMDF", s.driverType());
        assertEquals("1.33", s.kmdfVersion());
        assertEquals("Driver", s.configurationType());
        assertEquals("10.0.22621.0", s.targetPlatformVersion());
        assertEquals(List.of(d.resolve("inc/precomp.h")), s.forcedIncludes());
    }

    @Test
    void aSourceUsingAPrecompiledHeaderFindsItInTheProjectFolder() throws Exception {
        // pcidrv's layout: the project in HW/, a source one folder up that includes "precomp.h" from HW/
        Path hw = Files.createDirectories(dir.resolve("HW"));
        Files.writeString(hw.resolve("precomp.h"), "");
        Files.writeString(dir.resolve("pcidrv.c"), "#include \"precomp.h\"\n");
        Path p = Files.writeString(hw.resolve("pci.vcxproj"), """
                <Project>
                  <ItemGroup>
                    <ClCompile Include="..\\pcidrv.c">
                      <PreCompiledHeaderFile>precomp.h</PreCompiledHeaderFile>
                      <PreCompiledHeader>Use</PreCompiledHeader>
                    </ClCompile>
                    <ClCompile Include="precompsrc.c">
                      <PreCompiledHeader>Create</PreCompiledHeader>
                    </ClCompile>
                  </ItemGroup>
                </Project>
                """);
        assertEquals(List.of(hw.toAbsolutePath().normalize()), VcxprojReader.read(p, null, "Release", "x64").includeDirectories());
        Files.writeString(p, Files.readString(p).replace(">Use<", ">NotUsing<"));
        assertEquals(List.of(), VcxprojReader.read(p, null, "Release", "x64").includeDirectories());
    }

    @Test
    void namesAreMatchedWithoutCaseAsOnWindows() throws Exception {
        Files.createDirectories(dir.resolve("Src"));
        Files.writeString(dir.resolve("Src/SampleOSService.c"), "");
        Path p = Files.writeString(dir.resolve("s.vcxproj"),
                "<Project><ItemGroup><ClCompile Include=\"src\\sampleosservice.c\" /></ItemGroup></Project>");
        assertEquals(List.of(dir.toAbsolutePath().normalize().resolve("Src/SampleOSService.c")),
                VcxprojReader.read(p, null, "Release", "x64").sources());
    }

    @Test
    void itemWildcardsListTheFilesThatExistAndNothingElse() throws Exception {
        Files.createDirectories(dir.resolve("lib/deep"));
        Files.writeString(dir.resolve("A.H"), "");
        Files.writeString(dir.resolve("b.h"), "");
        Files.writeString(dir.resolve("b.c"), "");
        Files.writeString(dir.resolve("lib/one.c"), "");
        Files.writeString(dir.resolve("lib/deep/two.c"), "");
        Path p = Files.writeString(dir.resolve("w.vcxproj"), """
                <Project>
                  <ItemGroup>
                    <ClInclude Include="*.h" />
                    <ClInclude Include="*.hpp" />
                    <ClCompile Include="lib\\**\\*.c" />
                  </ItemGroup>
                </Project>
                """);
        Path d = dir.toAbsolutePath().normalize();
        // *.h matches A.H as on Windows; *.hpp matches nothing and gives nothing; ** spans zero or more folders
        assertEquals(List.of(d.resolve("A.H"), d.resolve("b.h"), d.resolve("lib/deep/two.c"), d.resolve("lib/one.c")),
                VcxprojReader.read(p, null, "Release", "x64").sources());
    }

    @Test
    void anotherConfigurationTakesOnlyItsOwnGroups() throws Exception {
        Path p = Files.writeString(dir.resolve("drv.vcxproj"), PROJECT);
        BuildSettings s = VcxprojReader.read(p, null, "Debug", "x64");
        assertEquals(Map.of("DBG", "1", "ALWAYS", "1"), s.defines());
        assertTrue(s.includeDirectories().isEmpty());
        assertEquals(null, s.driverType());
    }

    @Test
    void notAProjectIsAOneLineError() throws Exception {
        Path p = Files.writeString(dir.resolve("x.vcxproj"), "<Other/>");
        BuildFileException e = assertThrows(BuildFileException.class, () -> VcxprojReader.read(p, null, "Release", "x64"));
        assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
        Path broken = Files.writeString(dir.resolve("y.vcxproj"), "<Project>");
        e = assertThrows(BuildFileException.class, () -> VcxprojReader.read(broken, null, "Release", "x64"));
        assertFalse(e.getMessage().contains("\n"));
    }
}
