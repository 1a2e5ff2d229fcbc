package dev.lookasidelint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupCharactersAndQuotesAreEscaped() {
        assertEquals("&lt;/script&gt;&lt;img src=&quot;x&quot; alt=&#39;a&#39;&gt; &amp;amp;",
                Html.text("</script><img src=\"x\" alt='a'> &amp;"));
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String s = "ExFreeToNPagedLookasideList(&g_List, p)".replace("&", "and");
        assertSame(s, Html.text(s));
        assertEquals("", Html.text(null));
    }

    @Test
    void controlCharactersBecomeVisibleSymbolsTabsStay() {
        assertEquals("a\u2400b\u241bc\td", Html.text("a\u0000b\u001bc\td"));
    }
}
