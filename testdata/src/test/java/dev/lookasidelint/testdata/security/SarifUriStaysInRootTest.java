package dev.lookasidelint.testdata.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lookasidelint.sarif.SarifSchemaValidator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SARIF {@code artifactLocation.uri} never points outside the scan root: every one is a relative
 * URI reference without {@code ..} segments, resolved against {@code %SRCROOT%} (the scan root), so
 * that a code-scanning service cannot be led to annotate (or a viewer to open) a file outside the
 * repository. However the paths are given (with {@code ..}, absolute, through a link, or included
 * from outside), what is reported is a file under the root, named by its path inside it.
 */
class SarifUriStaysInRootTest {
    private static final SarifSchemaValidator SCHEMA = new SarifSchemaValidator();
    private static final String BUGGY = BuggyDriver.DRAIN;

    @TempDir
    Path dir;

    /** Scans, validates the log, checks every artifact URI stays in the root, and returns the result URIs. */
    private Set<String> scan(String... paths) throws IOException {
        Path sarif = dir.resolve("out.sarif");
        String[] args = new String[paths.length + 6];
        args[0] = "scan";
        System.arraycopy(paths, 0, args, 1, paths.length);
        System.arraycopy(new String[] {"--format", "sarif", "--output", sarif.toString(), "--quiet"}, 0, args, paths.length + 1, 5);
        CliRun run = CliRun.of(args);
        assertTrue(run.exit() == 0 || run.exit() == 1, run.err());
        assertEquals(List.of(), SCHEMA.validate(Files.readString(sarif)));
        Set<String> uris = new TreeSet<>();
        for (JsonNode a : SarifUris.artifactLocations(sarif)) {
            String uri = a.path("uri").asText();
            URI parsed = URI.create(uri);
            assertEquals(null, parsed.getScheme(), "a relative URI: " + uri);
            assertFalse(uri.startsWith("/"), "not an absolute path: " + uri);
            assertFalse(("/" + parsed.getPath() + "/").contains("/../") || ("/" + parsed.getPath() + "/").contains("/./"),
                    "no dot segments: " + uri);
            assertEquals("%SRCROOT%", a.path("uriBaseId").asText(), uri);
            uris.add(uri);
        }
        Files.delete(sarif);
        return uris;
    }

    @Test
    void dotDotInAGivenPathIsResolvedBeforeItIsReported() throws IOException {
        Files.createDirectories(dir.resolve("root/sub"));
        Files.writeString(Files.createDirectories(dir.resolve("root/other")).resolve("x.c"), BUGGY);
        Files.writeString(dir.resolve("root/sub/a.c"), BUGGY);
        assertEquals(Set.of("x.c"), scan(dir.resolve("root/sub/../other/x.c").toString()));
        assertEquals(Set.of("other/x.c", "sub/a.c"),
                scan(dir.resolve("root/sub").toString(), dir.resolve("root/sub/../other/x.c").toString()));
    }

    @Test
    void relativeAndAbsolutePathsGiveTheSameUris() throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("root/src")).resolve("x.c"), BUGGY);
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("root"));
        assertEquals(Set.of("src/x.c"), scan(dir.resolve("root").toString()));
        assertEquals(Set.of("src/x.c"), scan(relative.toString()));
        assertEquals(Set.of("src/x.c"), scan(relative + "/src/../src/.."));
    }

    @Test
    void aLinkInsideTheRootToAFileOutsideIsNotFollowedWhenWalkingAndNamedByTheLinkWhenGiven() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside")).resolve("evil.c");
        Files.writeString(outside, BUGGY);
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.writeString(root.resolve("ok.c"), BUGGY);
        Files.createSymbolicLink(root.resolve("link.c"), outside);
        Files.createSymbolicLink(root.resolve("linkdir"), outside.getParent());
        assertEquals(Set.of("ok.c"), scan(root.toString()), "links are not followed while walking the tree");
        assertEquals(Set.of("link.c", "ok.c"), scan(root.toString(), root.resolve("link.c").toString()),
                "a link given by name is reported by its own path in the root");
    }

    @Test
    void codeIncludedFromOutsideTheRootIsReportedWhereItIsUsed() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("helpers.h"), """
                typedef struct _ENTRY { struct _ENTRY *Next; int Id; } ENTRY, *PENTRY;
                NPAGED_LOOKASIDE_LIST g_EntryList;
                #define DRAIN_ONE(e) do { ExFreeToNPagedLookasideList(&g_EntryList, (e)); (e)->Id = 0; } while (0)
                static VOID InlineDrain(PENTRY e) { ExFreeToNPagedLookasideList(&g_EntryList, e); e->Id = 0; }
                """);
        Path root = Files.createDirectories(dir.resolve("root/src"));
        Files.writeString(root.resolve("x.c"), """
                #include "../../outside/helpers.h"
                VOID Use(PENTRY e)
                {
                    DRAIN_ONE(e);
                }
                """);
        Set<String> uris = scan(dir.resolve("root").toString());
        assertEquals(Set.of("src/x.c"), uris, "the macro's finding is at its use inside the root; the header is not analysed");
    }
}
