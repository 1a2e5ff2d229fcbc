package dev.lookasidelint.analyzer.project.msbuild;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project file with a DTD is refused before any entity is read: no XXE, no entity expansion bombs. */
class SafeXmlTest {
    @TempDir Path dir;

    @Test
    void externalEntityIsRefusedAndNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path p = Files.writeString(dir.resolve("xxe.vcxproj"), """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "%s">]>
                <Project><ItemDefinitionGroup><ClCompile>
                  <PreprocessorDefinitions>&e;</PreprocessorDefinitions>
                </ClCompile></ItemDefinitionGroup></Project>
                """.formatted(secret.toUri()));
        BuildFileException e = assertThrows(BuildFileException.class, () -> VcxprojReader.read(p, null, "Release", "x64"));
        assertTrue(e.getMessage().contains("DOCTYPE is not allowed"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void internalEntityBombIsRefused() throws Exception {
        Path p = Files.writeString(dir.resolve("bomb.vcxproj"), """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <Project><PropertyGroup><DriverType>&b;</DriverType></PropertyGroup></Project>
                """);
        assertThrows(BuildFileException.class, () -> VcxprojReader.read(p, null, "Release", "x64"));
    }
}
