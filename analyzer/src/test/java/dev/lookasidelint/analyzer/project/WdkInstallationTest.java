package dev.lookasidelint.analyzer.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --wdk-root finds the kit's folders in the WDK's own layout and picks the versions a build would. */
class WdkInstallationTest {
    @TempDir Path tmp;
    private Path kit;

    @BeforeEach
    void kitWithTwoSdksAndTwoKmdfs() throws IOException {
        kit = tmp.resolve("Windows Kits/10");
        for (String sdk : List.of("10.0.9200.0", "10.0.22621.0")) {
            Path km = Files.createDirectories(kit.resolve("Include").resolve(sdk).resolve("km/crt"));
            Files.writeString(km.getParent().resolve("wdm.h"), "");
            Files.createDirectories(kit.resolve("Include").resolve(sdk).resolve("shared"));
        }
        // an SDK without kernel headers (user mode only) is not a candidate
        Files.createDirectories(kit.resolve("Include/10.0.99999.0/um"));
        for (String kmdf : List.of("1.9", "1.15", "1.33")) Files.createDirectories(kit.resolve("Include/wdf/kmdf").resolve(kmdf));
    }

    private Path include(String sdk, String sub) {
        return kit.resolve("Include").resolve(sdk).resolve(sub);
    }

    @Test
    void newestVersionsByNumberNotByText() throws Exception {
        WdkInstallation w = WdkInstallation.locate(kit, null, null);
        // 22621 > 9200 and 1.33 > 1.15 > 1.9 as numbers, though not as strings
        assertEquals("10.0.22621.0", w.sdkVersion());
        assertEquals("1.33", w.kmdfVersion());
        assertEquals(List.of(kit.resolve("Include/wdf/kmdf/1.33"), include("10.0.22621.0", "km"),
                include("10.0.22621.0", "km/crt"), include("10.0.22621.0", "shared")), w.includeDirectories());
        assertEquals(List.of(), w.notes());
    }

    @Test
    void theProjectsVersionsWhenInstalled() throws Exception {
        WdkInstallation w = WdkInstallation.locate(kit, "10.0.9200.0", "1.15");
        assertEquals("10.0.9200.0", w.sdkVersion());
        assertEquals("1.15", w.kmdfVersion());
        assertEquals(List.of(), w.notes());
    }

    @Test
    void aKmdfMajorAloneMeansTheNewestMinorOfIt() throws Exception {
        WdkInstallation w = WdkInstallation.locate(kit, null, "1");
        assertEquals("1.33", w.kmdfVersion());
        assertEquals(List.of(), w.notes());
    }

    @Test
    void aVersionTheKitLacksIsANoteAndTheNewestIsUsed() throws Exception {
        WdkInstallation w = WdkInstallation.locate(kit, "10.0.17763.0", "1.31");
        assertEquals("10.0.22621.0", w.sdkVersion());
        assertEquals("1.33", w.kmdfVersion());
        assertEquals(List.of("the project asks for Windows SDK 10.0.17763.0, which the kit does not have: using 10.0.22621.0",
                "the project asks for KMDF 1.31, which the kit does not have: using 1.33"), w.notes());
    }

    @Test
    void theIncludeFolderOrOneSdkFolderWorkToo() throws Exception {
        assertEquals("10.0.22621.0", WdkInstallation.locate(kit.resolve("Include"), null, null).sdkVersion());
        WdkInstallation one = WdkInstallation.locate(kit.resolve("Include/10.0.9200.0"), null, null);
        assertEquals("10.0.9200.0", one.sdkVersion());
        assertEquals("1.33", one.kmdfVersion(), "the KMDF folders beside the SDK folder are found");
    }

    @Test
    void namesAreMatchedWithoutCase() throws Exception {
        Path copied = tmp.resolve("copied");
        Files.createDirectories(copied.resolve("INCLUDE/10.0.22621.0/KM"));
        Files.writeString(copied.resolve("INCLUDE/10.0.22621.0/KM/WDM.H"), "");
        WdkInstallation w = WdkInstallation.locate(copied, null, "1.33");
        assertEquals(List.of(copied.resolve("INCLUDE/10.0.22621.0/KM")), w.includeDirectories());
        assertTrue(w.notes().get(0).contains("KMDF 1.33 driver, but the kit has no KMDF headers"), w.notes().toString());
    }

    @Test
    void notAKitOrNoFolderSaysWhy() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        var e = assertThrows(WdkInstallation.NotAWdkException.class, () -> WdkInstallation.locate(empty, null, null));
        assertTrue(e.getMessage().contains("not a Windows Driver Kit"), e.getMessage());
        e = assertThrows(WdkInstallation.NotAWdkException.class, () -> WdkInstallation.locate(tmp.resolve("none"), null, null));
        assertTrue(e.getMessage().endsWith("no such folder (--wdk-root)"), e.getMessage());
    }
}
