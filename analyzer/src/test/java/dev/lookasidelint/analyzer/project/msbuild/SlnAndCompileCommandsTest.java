package dev.lookasidelint.analyzer.project.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Solutions list their C/C++ projects; compile_commands.json gives files, /D, /I, /FI and response files. */
class SlnAndCompileCommandsTest {
    @TempDir Path dir;

    @Test
    void solutionListsOnlyVcxprojProjects() throws Exception {
        Path sln = Files.writeString(dir.resolve("all.sln"), """
                Microsoft Visual Studio Solution File, Format Version 12.00
                Project("{8BC9CEB8-8B4A-11D0-8D11-00A0C91BC942}") = "drv", "drv\\drv.vcxproj", "{11111111-1111-1111-1111-111111111111}"
                EndProject
                Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = "Docs", "Docs", "{22222222-2222-2222-2222-222222222222}"
                EndProject
                Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "tool", "tool\\tool.csproj", "{33333333-3333-3333-3333-333333333333}"
                EndProject
                """);
        assertEquals(List.of(dir.toAbsolutePath().normalize().resolve("drv/drv.vcxproj")), SlnReader.projects(sln));
    }

    @Test
    void compileCommandsReadsCommandAndArgumentsAndResponseFiles() throws Exception {
        Files.createDirectories(dir.resolve("build"));
        Files.writeString(dir.resolve("build/flags.rsp"), "/DFROM_RSP \"/IC:\\\\quoted dir\" -DNDIS630=1");
        Path cc = Files.writeString(dir.resolve("compile_commands.json"), """
                [ { "directory": "build", "file": "..\\\\src\\\\a.c",
                    "command": "cl.exe /nologo /DUSE_CACHE /D DEPTH=4 /Iinc /I ..\\\\shared /FIforce.h @flags.rsp /c ..\\\\src\\\\a.c" },
                  { "directory": "build", "file": "../src/b.c",
                    "arguments": ["clang-cl", "-DFLAG#7", "-Iother", "../src/b.c"] } ]
                """);
        BuildSettings s = CompileCommands.read(cc);
        Path b = dir.toAbsolutePath().normalize().resolve("build");
        assertEquals(List.of(b.resolve("../src/a.c").normalize(), b.resolve("../src/b.c").normalize()), s.sources());
        assertEquals(Map.of("USE_CACHE", "1", "DEPTH", "4", "FROM_RSP", "1", "NDIS630", "1", "FLAG", "7"), s.defines());
        assertEquals(List.of(b.resolve("inc"), b.resolve("../shared").normalize(), b.resolve("C:/quoted dir"),
                b.resolve("other")), s.includeDirectories());
        assertEquals(List.of(b.resolve("force.h")), s.forcedIncludes());
    }

    @Test
    void responseFileThatIncludesItselfIsAnError() throws Exception {
        Files.writeString(dir.resolve("loop.rsp"), "@loop.rsp");
        Path cc = Files.writeString(dir.resolve("cc.json"), "[{\"file\":\"a.c\",\"arguments\":[\"cl\",\"@loop.rsp\"]}]");
        assertThrows(BuildFileException.class, () -> CompileCommands.read(cc));
    }

    @Test
    void notAnArrayIsAnError() throws Exception {
        Path cc = Files.writeString(dir.resolve("cc.json"), "{}");
        assertThrows(BuildFileException.class, () -> CompileCommands.read(cc));
    }
}
