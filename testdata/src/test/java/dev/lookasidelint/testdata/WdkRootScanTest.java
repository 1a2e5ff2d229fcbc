package dev.lookasidelint.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan --wdk-root} parses with an installed kit's headers instead of the prelude, and finds the
 * same bugs: the test kit ({@code testdata/wdk-kit}, written by us in the WDK's layout and spelling)
 * defines status codes as casts of literals, {@code ExFreePool} and {@code KeRaiseIrql} as macros over
 * other functions and writes the KMDF context accessor into the driver's file, as the real kit does.
 * Each source of {@code projects-wdk/kit_spellings} has one bug that only reads right if the frontend
 * undoes those spellings; {@code kit_marker.c} has one that only the kit's own ntddk.h selects.
 */
class WdkRootScanTest {
    private static final Path KIT = Path.of("wdk-kit", "Windows Kits", "10");
    private static final Path SOURCES = Path.of("projects-wdk", "kit_spellings");
    private static final Pattern EXPECT = Pattern.compile("// expect: (LAL\\d{3})");

    @TempDir Path tmp;

    /** file:line:rule of every {@code // expect:} marker, in the scan's order (by file, then line). */
    private static List<String> expected() throws IOException {
        List<String> marks = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = EXPECT.matcher(lines.get(i));
                    if (m.find()) marks.add(f.getFileName() + ":" + (i + 1) + ":" + m.group(1));
                }
            }
        }
        return marks;
    }

    @Test
    void withTheKitEveryMarkedBugIsFoundAndNothingElse() throws IOException {
        CliScan run = CliScan.run(SOURCES.toString(), "--wdk-root", KIT.toString());
        assertEquals(expected(), run.findings(), run.out() + run.err());
        assertEquals("", run.err(), "no warnings: the kit has the SDK version it picks");
        assertEquals(Main.EXIT_FINDINGS, run.exit());
    }

    @Test
    void withThePreludeTheSameBugsButTheKitOnlyOne() throws IOException {
        List<String> withoutKitOnly = expected().stream().filter(f -> !f.startsWith("kit_marker.c")).toList();
        CliScan run = CliScan.run(SOURCES.toString());
        assertEquals(withoutKitOnly, run.findings(), run.out() + run.err());
    }

    @Test
    void theKitFolderMayBeItsIncludeFolderOrOneSdkVersion() throws IOException {
        for (Path root : List.of(KIT.resolve("Include"), KIT.resolve("Include").resolve("10.0.22621.0"))) {
            CliScan run = CliScan.run(SOURCES.toString(), "--wdk-root", root.toString());
            assertEquals(expected(), run.findings(), root + ": " + run.out() + run.err());
        }
    }

    @Test
    void aProjectAskingForAnSdkTheKitLacksGetsTheNewestWithAWarning() throws IOException {
        Path status = SOURCES.toAbsolutePath().resolve("status.c");
        Path project = Files.writeString(tmp.resolve("rcv.vcxproj"), """
                <Project>
                  <PropertyGroup Label="Configuration">
                    <DriverType>WDM</DriverType>
                    <TargetPlatformVersion>10.0.17763.0</TargetPlatformVersion>
                  </PropertyGroup>
                  <ItemGroup><ClCompile Include="%s" /></ItemGroup>
                </Project>
                """.formatted(status));
        CliScan run = CliScan.run("--project", project.toString(), "--wdk-root", KIT.toString());
        assertTrue(run.err().contains("warning: the project asks for Windows SDK 10.0.17763.0, which the kit does not have:"
                + " using 10.0.22621.0"), run.err());
        assertEquals(List.of("status.c:31:LAL002"), run.findings(), run.out());
    }

    /** A KMDF driver whose bug is only compiled from KMDF 1.33 on, and its project asking for KMDF {@code kmdf}. */
    private Path kmdfProject(String minorElement) throws IOException {
        Files.writeString(tmp.resolve("queue.c"), """
                #include <ntddk.h>
                #include <wdf.h>
                extern NPAGED_LOOKASIDE_LIST g_ReqList;
                ULONG QueTakeOne(VOID)
                {
                    PULONG slot = (PULONG)ExAllocateFromNPagedLookasideList(&g_ReqList);
                    ULONG value;
                    if (slot == NULL) {
                        return 0;
                    }
                    *slot = 7;
                    ExFreeToNPagedLookasideList(&g_ReqList, slot);
                #if KMDF_VERSION_MINOR >= 33
                    value = *slot;
                #else
                    value = 7;
                #endif
                    return value;
                }
                """);
        return Files.writeString(tmp.resolve("que.vcxproj"), """
                <Project>
                  <PropertyGroup Label="Configuration">
                    <DriverType>KMDF</DriverType>
                    <KMDF_VERSION_MAJOR>1</KMDF_VERSION_MAJOR>
                    %s
                  </PropertyGroup>
                  <ItemGroup><ClCompile Include="queue.c" /></ItemGroup>
                </Project>
                """.formatted(minorElement));
    }

    @Test
    void aKmdfProjectIsCompiledWithItsKmdfVersionDefined() throws IOException {
        // major alone: the kit's newest 1.x (1.33) is used and defined; without the kit the minor is unknown
        Path majorOnly = kmdfProject("");
        assertEquals(List.of("queue.c:14:LAL004"), CliScan.run("--project", majorOnly.toString(), "--wdk-root", KIT.toString()).findings());
        assertEquals(List.of(), CliScan.run("--project", majorOnly.toString()).findings());
        Path older = kmdfProject("<KMDF_VERSION_MINOR>15</KMDF_VERSION_MINOR>");
        assertEquals(List.of(), CliScan.run("--project", older.toString(), "--wdk-root", KIT.toString()).findings());
        Path newer = kmdfProject("<KMDF_VERSION_MINOR>33</KMDF_VERSION_MINOR>");
        assertEquals(List.of("queue.c:14:LAL004"), CliScan.run("--project", newer.toString()).findings());
    }

    @Test
    void aFolderThatIsNotAKitStopsTheScanOnOneLine() {
        CliScan run = CliScan.run(SOURCES.toString(), "--wdk-root", SOURCES.toString());
        assertEquals(Main.EXIT_ERROR, run.exit());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("not a Windows Driver Kit: no Include/<version>/km/wdm.h under it"), run.err());
    }

    @Test
    void aForcedIncludeIsReadBeforeEverySource() throws IOException {
        // the msbuild fixture's LAL004 sits under #if USE_LOOKASIDE_CACHE, which /FI can define as well as /D
        Path project = Path.of("projects-msbuild", "vcxproj_defines_select_code");
        Path forced = Files.writeString(tmp.resolve("force.h"), "#define USE_LOOKASIDE_CACHE 1\n");
        CliScan without = CliScan.run(project.toString());
        assertEquals(List.of(), without.findings(), without.out());
        CliScan with = CliScan.run(project.toString(), "--force-include", forced.toString());
        assertEquals(1, with.findings().size(), with.out() + with.err());
        assertTrue(with.findings().get(0).endsWith(":LAL004"), with.out());
        CliScan missing = CliScan.run(project.toString(), "--force-include", tmp.resolve("none.h").toString());
        assertEquals(Main.EXIT_ERROR, missing.exit());
        assertTrue(missing.err().contains("forced include not found"), missing.err());
    }
}
