package dev.lookasidelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --format html} through the command: where the page goes and which findings it holds. */
class HtmlFormatTest {

    private static final String LEAK_AND_USE_AFTER_FREE = """
            #include <ntddk.h>
            typedef struct _ENTRY { struct _ENTRY *Next; int Id; } ENTRY, *PENTRY;
            NPAGED_LOOKASIDE_LIST g_EntryList;
            VOID Drain(PENTRY head)
            {
                PENTRY e;
                for (e = head; e != NULL; e = e->Next) {
                    ExFreeToNPagedLookasideList(&g_EntryList, e);
                }
            }
            int Peek(void)
            {
                PENTRY r;
                // lookaside-lint: ignore LAL004 the list is private to this thread
                r = ExAllocateFromNPagedLookasideList(&g_EntryList); if (r == NULL) return 0; ExFreeToNPagedLookasideList(&g_EntryList, r); return r->Id;
            }
            """;

    @TempDir
    Path dir;

    @Test
    void withoutOutputThePageGoesToStandardOutput() throws Exception {
        Files.writeString(dir.resolve("queue.c"), LEAK_AND_USE_AFTER_FREE);
        Run r = Run.of("scan", dir.toString(), "--format", "html", "--quiet");
        assertEquals(Main.EXIT_FINDINGS, r.exit(), r.err());
        assertTrue(r.out().startsWith("<!DOCTYPE html>\n") && r.out().endsWith("</html>\n"), "one whole page");
        assertTrue(r.out().contains("data-rule=\"LAL004\" data-line=\"7\""), r.out());
        assertEquals("", r.err());
    }

    @Test
    void suppressedFindingsAreShownOnlyWithIncludeSuppressedAndThenMarked() throws Exception {
        Files.writeString(dir.resolve("queue.c"), LEAK_AND_USE_AFTER_FREE);
        Path page = dir.resolve("out/report.html");
        Files.createDirectories(page.getParent());

        Run plain = Run.of("scan", dir.resolve("queue.c").toString(), "--format", "html", "-o", page.toString(), "--quiet");
        assertEquals(Main.EXIT_FINDINGS, plain.exit(), plain.err());
        String without = Files.readString(page);
        assertEquals(1, count(without, "<article class=\"finding"), "only the finding that is not suppressed");
        assertTrue(without.contains("1 suppressed in the source (not shown; --include-suppressed shows them)"));

        Run all = Run.of("scan", dir.resolve("queue.c").toString(), "--format", "html", "-o", page.toString(), "--quiet",
                "--include-suppressed");
        assertEquals(Main.EXIT_FINDINGS, all.exit(), all.err());
        String with = Files.readString(page);
        assertEquals(2, count(with, "<article class=\"finding"));
        assertTrue(with.contains("Suppressed in the source: the list is private to this thread"), with);
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsAClearErrorAndNoPartialFile() throws Exception {
        Files.writeString(dir.resolve("queue.c"), LEAK_AND_USE_AFTER_FREE);
        Path page = dir.resolve("no/such/folder/report.html");
        Run r = Run.of("scan", dir.toString(), "--format", "html", "-o", page.toString(), "--quiet");
        assertEquals(Main.EXIT_ERROR, r.exit(), r.all());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(page));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
