package dev.lookasidelint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.contrastsecurity.sarif.ArtifactLocation;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where artifact URIs point: inside the scan root relative to %SRCROOT%, outside it as absolute file URIs. */
class SarifLocationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "src/driver.c | src/driver.c",
            "a b/x.c      | a%20b/x.c",
    })
    void aFileInsideTheRootIsRelativeToSrcRoot(String path, String uri) {
        ArtifactLocation a = SarifLocations.artifact(path);
        assertEquals(uri, a.getUri());
        assertEquals(SarifLocations.SRCROOT, a.getUriBaseId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/work/other/x.c         | file:///work/other/x.c",
            "/work/my dir/größe.c    | file:///work/my%20dir/gr%C3%B6%C3%9Fe.c",
            "C:/src/drv/x.c          | file:///C:/src/drv/x.c",
            "C:\\src\\drv\\x.c       | file:///C:/src/drv/x.c",
            "\\\\server\\share\\x.c  | file://server/share/x.c",
    })
    void aFileOutsideTheRootIsAnAbsoluteFileUriWithoutBase(String path, String uri) {
        ArtifactLocation a = SarifLocations.artifact(path);
        assertEquals(uri, a.getUri());
        assertNull(a.getUriBaseId(), "an absolute URI takes no uriBaseId");
        URI parsed = URI.create(a.getUri());
        assertEquals("file", parsed.getScheme());
    }
}
