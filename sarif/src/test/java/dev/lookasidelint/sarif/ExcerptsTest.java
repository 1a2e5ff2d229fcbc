package dev.lookasidelint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lookasidelint.sarif.Excerpts.Excerpt;
import dev.lookasidelint.sarif.Excerpts.Place;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExcerptsTest {

    private static final Map<String, Integer> LINES = Map.of("a.c", 100, "b.c", 10);

    private static List<Excerpt> plan(Place... places) {
        return Excerpts.plan(List.of(places), path -> LINES.getOrDefault(path, 0));
    }

    @Test
    void threeLinesAroundAPlaceClampedToTheFile() {
        assertEquals(List.of(new Excerpt("a.c", 7, 13)), plan(new Place("a.c", 10)));
        assertEquals(List.of(new Excerpt("a.c", 1, 5)), plan(new Place("a.c", 2)));
        assertEquals(List.of(new Excerpt("b.c", 6, 10)), plan(new Place("b.c", 9)));
    }

    @Test
    void nearPlacesShareAnExcerptFarOnesGetTheirOwn() {
        assertEquals(List.of(new Excerpt("a.c", 7, 24)), plan(new Place("a.c", 10), new Place("a.c", 21)),
                "a gap of 4 hidden lines (14..17) is shown rather than split");
        assertEquals(List.of(new Excerpt("a.c", 7, 13), new Excerpt("a.c", 19, 25)),
                plan(new Place("a.c", 10), new Place("a.c", 22)), "5 hidden lines split");
    }

    @Test
    void excerptsComeInTheOrderTheirPlacesAreFirstMet() {
        assertEquals(List.of(new Excerpt("a.c", 47, 54), new Excerpt("b.c", 1, 6), new Excerpt("a.c", 7, 13)),
                plan(new Place("a.c", 50), new Place("b.c", 3), new Place("a.c", 10), new Place("a.c", 51)));
    }

    @Test
    void placesThatCannotBeShownGoUnderOneNotePerFile() {
        List<Excerpt> plan = plan(new Place("gone.c", 4), new Place("b.c", 40), new Place("b.c", 2), new Place("gone.c", 9));
        assertEquals(List.of(new Excerpt("gone.c", 0, 0), new Excerpt("b.c", 0, 0), new Excerpt("b.c", 1, 5)), plan);
        assertEquals(new Excerpt("b.c", 0, 0), Excerpts.showing(new Place("b.c", 40), plan));
        assertEquals(new Excerpt("b.c", 1, 5), Excerpts.showing(new Place("b.c", 2), plan));
    }
}
