package dev.lookasidelint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeUriTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "src/driver.c            | src/driver.c",
            "src/my dir/größe.c      | src/my%20dir/gr%C3%B6%C3%9Fe.c",
            "a-b_c.d~e/F1.h          | a-b_c.d~e/F1.h",
            "100%/x#y?.c             | 100%25/x%23y%3F.c",
            "c:odd/[x]+(y).c         | c%3Aodd/%5Bx%5D%2B%28y%29.c",
            "日本/a.c                 | %E6%97%A5%E6%9C%AC/a.c",
    })
    void encodesEverythingButUnreservedCharactersAndSlashes(String path, String expected) {
        String encoded = RelativeUri.encodePath(path);
        assertEquals(expected, encoded);
        // A consumer decoding the URI reference gets the path back.
        URI uri = URI.create(encoded);
        assertEquals(null, uri.getScheme());
        assertEquals(path, uri.getPath());
    }
}
