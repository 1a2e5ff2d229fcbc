package dev.lookasidelint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Tables paste into Markdown as they are: padded columns, numbers right-aligned, pipes escaped. */
class MarkdownTableTest {

    @Test
    void padsColumnsAndRightAlignsNumbers() {
        String table = new MarkdownTable("tool", "wall s", "share").row("lookaside-lint", "1.50", "47%").row("cppcheck", "12.25", "n/a")
                .toString();
        assertEquals(String.join("\n",
                "| tool           | wall s | share |",
                "| -------------- | -----: | ----: |",
                "| lookaside-lint |   1.50 |   47% |",
                "| cppcheck       |  12.25 |   n/a |",
                ""), table);
    }

    @Test
    void escapesPipesAndChecksTheCellCount() {
        String table = new MarkdownTable("a").row("x|y").toString();
        assertEquals("| a    |\n| ---- |\n| x\\|y |\n", table);
        assertThrows(IllegalArgumentException.class, () -> new MarkdownTable("a", "b").row("only one"));
    }
}
