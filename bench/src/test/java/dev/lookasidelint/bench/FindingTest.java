package dev.lookasidelint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each tool's output format is read into path, line and id; seeded bugs are matched on path and line. */
class FindingTest {

    @Test
    void readsEachToolsFormat() {
        assertEquals(List.of(new Finding("d/a.c", 14, "LAL004")), Finding.parseLookasideLint(
                "d/a.c:14:5: error: Block 'r' is dereferenced after it was freed [LAL004]\nnoise\n"));
        assertEquals(List.of(new Finding("d/a.c", 8, "unix.Malloc")), Finding.parseClang(
                "./d/a.c:8:73: warning: Use of memory after it is freed [unix.Malloc]\n1 warning generated.\n"));
        assertEquals(List.of(new Finding("d/a.c", 354, "memleak")), Finding.parseCppcheck("d/a.c:354:memleak:Memory leak: block\n"));
    }

    @Test
    void aLeakCountsAtItsAllocationOrWhereTheBlockIsDropped() {
        SeededBug leak = new SeededBug("d/a.c", 344, "LAL008", "leak", 354);
        SeededBug uaf = new SeededBug("d/a.c", 20, "LAL004", "use after free", 0);
        List<SeededBug> bugs = List.of(leak, uaf);
        assertEquals(1, Finding.seededFound(List.of(new Finding("d/a.c", 354, "memleak")), bugs));
        assertEquals(1, Finding.seededFound(List.of(new Finding("d/a.c", 344, "LAL008")), bugs));
        assertEquals(0, Finding.seededFound(List.of(new Finding("d/a.c", 21, "x"), new Finding("d/b.c", 20, "x")), bugs));
        assertEquals(2, Finding.seededFound(List.of(new Finding("d/a.c", 20, "x"), new Finding("d/a.c", 344, "y")), bugs));
        assertEquals(leak, SeededBug.parse(leak.tsv()));
        assertEquals(uaf, SeededBug.parse(uaf.tsv()));
    }
}
