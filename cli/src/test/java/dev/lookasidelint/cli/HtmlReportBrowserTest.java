package dev.lookasidelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: {@code scan --format html} through the command, opened from a
 * {@code file:} URL in headless Chromium, read and clicked through its DOM, and photographed.
 *
 * <p>Needs {@code /usr/bin/chromium} (Debian: {@code apt-get install chromium chromium-driver}); CI
 * installs it. Without it the test fails, so that CI can never pass without running it; a developer
 * without a browser skips it explicitly with {@code -Dhtml.browser.skip=true}.
 */
class HtmlReportBrowserTest {

    /** The fixture: two LAL002 findings whose flows go back and forth between two files. */
    private static final Path PROJECT = Path.of("../testdata/fixtures/projects/lal002_init_helper_other_file_bad");
    /** Where the screenshot is kept for a person to look at. */
    private static final Path SCREENSHOT = Path.of("target/html-report/lal002-step2.png");
    private static final Path FLOW_SHOT = Path.of("target/html-report/lal002-flow1-step2.png");
    private static final Path REFERENCE = Path.of("src/test/resources/html-report/lal002-flow1-step2.png");
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 900;
    /** {@code --current-bg} of the page's style: the current step's line. */
    private static final int HIGHLIGHT = 0xffd33d;
    private static final String INJECTED = "</script><img src=x onerror=\"window.pwned=1\">";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HeadlessChromium browser;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeFalse(Boolean.getBoolean("html.browser.skip"), "-Dhtml.browser.skip=true: the browser test is skipped");
        assertTrue(Files.isExecutable(HeadlessChromium.BINARY), "The HTML report test needs a real Chromium at "
                + HeadlessChromium.BINARY + ": install it with `apt-get install chromium chromium-driver` (Debian), or skip"
                + " this test on purpose with -Dhtml.browser.skip=true");
        browser = HeadlessChromium.start(WIDTH, HEIGHT);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) browser.close();
    }

    /** Scans {@code project} through the command, in {@code format}, into a file. */
    private static Path scan(Path project, String format, String name, String... more) throws Exception {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("scan", project.toString(), "--format", format, "-o", out.toString(), "--quiet"));
        args.addAll(List.of(more));
        Run r = Run.of(args.toArray(String[]::new));
        assertEquals(Main.EXIT_FINDINGS, r.exit(), r.all());
        return out;
    }

    private static String url(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    /** {@code path:line RULE} of every {@code // expect: RULE} marker in the fixture's C files. */
    private static Set<String> expectedFindings(Path project) throws Exception {
        Set<String> expected = new TreeSet<>();
        Pattern marker = Pattern.compile("//\\s*expect:\\s*(LAL\\d{3})");
        try (Stream<Path> files = Files.list(project)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".c")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = marker.matcher(lines.get(i));
                    if (m.find()) expected.add(f.getFileName() + ":" + (i + 1) + " " + m.group(1));
                }
            }
        }
        return expected;
    }

    @SuppressWarnings("unchecked")
    private static <T> T js(String expression) throws Exception {
        return (T) browser.evaluate(expression);
    }

    @Test
    void theFindingsAndEveryStepOfTheirFlowsAreOnTheRightLinesInOrder() throws Exception {
        Path html = scan(PROJECT, "html", "report.html");
        JsonNode json = JSON.readTree(scan(PROJECT, "json", "report.json").toFile());
        browser.open(url(html));

        List<String> shown = js("[...document.querySelectorAll('article.finding')].map(a =>"
                + " a.querySelector('.where a.loc').textContent.replace(/:\\d+$/, '') + ' ' + a.dataset.rule)");
        assertEquals(expectedFindings(PROJECT), new TreeSet<>(shown), "the findings the fixture's markers expect, each once");
        assertEquals(2, shown.size());
        assertEquals("2 findings", js("document.getElementById('finding-count').textContent"));

        int flowsChecked = 0;
        for (int f = 0; f < json.get("findings").size(); f++) {
            JsonNode flow = json.get("findings").get(f).get("codeFlows").get(0);
            List<String> expected = new ArrayList<>();
            for (JsonNode step : flow) expected.add(step.get("path").asText() + ":" + step.get("line").asInt());
            // Per step, in the list's order: the list entry, and where its note is drawn (the file of its
            // excerpt and the line number of the row just above the note).
            List<Map<String, Object>> steps = js("[...document.querySelectorAll('#f" + (f + 1) + "-p1 ol.steps li')].map(li => {"
                    + " const n = li.dataset.step;"
                    + " const note = document.getElementById('f" + (f + 1) + "-p1-s' + n);"
                    + " const row = document.getElementById(note.dataset.row);"
                    + " let above = note.closest('tr').previousElementSibling;"
                    + " while (above.classList.contains('note-row')) above = above.previousElementSibling;"
                    + " return { n: Number(n), listed: li.querySelector('a').textContent,"
                    + "   drawn: note.closest('.excerpt').querySelector('.excerpt-path').textContent + ':' + row.querySelector('.ln').textContent,"
                    + "   under: above === row, marked: row.querySelector('.mark[data-step=\"' + n + '\"]') !== null,"
                    + "   visible: note.offsetHeight > 0 }; })");
            assertEquals(expected.size(), steps.size(), "finding " + (f + 1) + ": every step of the flow is listed");
            for (int s = 0; s < steps.size(); s++) {
                Map<String, Object> step = steps.get(s);
                String what = "finding " + (f + 1) + " step " + (s + 1);
                assertEquals(s + 1, ((Number) step.get("n")).intValue(), what + ": in order");
                assertEquals(expected.get(s), step.get("listed"), what + ": listed at its place");
                assertEquals(expected.get(s), step.get("drawn"), what + ": drawn on its line of its file");
                assertEquals(true, step.get("under"), what + ": its note sits right under its line");
                assertEquals(true, step.get("marked"), what + ": its number is on its line");
                assertEquals(true, step.get("visible"), what);
            }
            flowsChecked++;
        }
        assertEquals(2, flowsChecked);
        assertEquals(Boolean.TRUE, js("[...document.querySelectorAll('article.finding')].every(a =>"
                + " a.querySelector('tr.line.primary') !== null)"), "every finding's own line is marked on the source");
    }

    @Test
    void nextPreviousKeysAndStepLinksMoveTheHighlightAndTheScreenShowsIt() throws Exception {
        browser.open(url(scan(PROJECT, "html", "steps.html")));
        String flow = "#f1-p1";
        assertEquals("1", current(flow), "the first step is current at the start");
        String firstRow = js("document.querySelector('" + flow + " .step-note.current').dataset.row");

        browser.click(flow + " button.next");
        assertEquals("2", current(flow));
        assertEquals("Step 2 of 4", js("document.querySelector('" + flow + " .pos').textContent"));
        String secondRow = js("document.querySelector('" + flow + " .step-note.current').dataset.row");
        assertNotEquals(firstRow, secondRow);
        assertEquals(List.of(secondRow), js("[...document.querySelectorAll('" + flow + " tr.line.current')].map(r => r.id)"),
                "exactly the current step's line is highlighted");
        assertEquals(List.of("2"), js("[...document.querySelectorAll('" + flow + " li.current')].map(l => l.dataset.step)"));
        screenshotShowsTheHighlightOn(secondRow, firstRow);

        browser.type("n");
        assertEquals("3", current(flow), "n goes on in the flow last used");
        browser.click(flow + " ol.steps li[data-step=\"1\"] a");
        assertEquals("1", current(flow), "a step in the list is a link to it");
        browser.click(flow + " button.prev");
        assertEquals("1", current(flow), "no step before the first");
        browser.type("p");
        browser.click(flow + " ol.steps li[data-step=\"4\"] a");
        browser.click(flow + " button.next");
        assertEquals("4", current(flow), "no step after the last");
        browser.click("#f2-p1 button.next");
        assertEquals("2", current("#f2-p1"));
        assertEquals("4", current(flow), "each flow keeps its own step");
    }

    private static String current(String flow) throws Exception {
        List<String> steps = js("[...document.querySelectorAll('" + flow + " .step-note.current')].map(n => n.dataset.step)");
        assertEquals(1, steps.size(), "one current step in " + flow + ": " + steps);
        return steps.get(0);
    }

    /**
     * The screenshot, kept under target/ for a person, must show the page (not blank) and the current
     * step's line in the highlight colour, and the step before it no longer highlighted. Pixels are
     * read where the DOM says the rows are, so fonts and anti-aliasing do not matter.
     */
    private static void screenshotShowsTheHighlightOn(String currentRow, String previousRow) throws Exception {
        byte[] png = browser.screenshot();
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());

        Set<Integer> colours = new HashSet<>();
        int nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) nonWhite++;
            }
        }
        assertTrue(colours.size() > 50 && nonWhite > image.getWidth() * image.getHeight() / 4 / 50,
                "the page is drawn, not blank: " + colours.size() + " colours, " + nonWhite + " sampled pixels not white");

        double current = highlighted(image, currentRow);
        assertTrue(current > 0.6, "the current step's line is drawn in the highlight colour (" + current + " of its pixels); see " + SCREENSHOT);
        if (Boolean.TRUE.equals(browser.evaluate("(() => { const r = document.getElementById('" + previousRow
                + "').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()"))) {
            double previous = highlighted(image, previousRow);
            assertTrue(previous < 0.05, "the previous step's line is no longer highlighted (" + previous + "); see " + SCREENSHOT);
        }
    }

    /** The share of the row's pixels (its code cell, in the screenshot) that have the highlight colour. */
    private static double highlighted(BufferedImage image, String rowId) throws Exception {
        Map<String, Number> r = js("(() => { const r = document.querySelector('#" + rowId + " td.code').getBoundingClientRect();"
                + " return {x: r.left, y: r.top, w: r.width, h: r.height}; })()");
        int x0 = (int) Math.ceil(r.get("x").doubleValue());
        int y0 = (int) Math.ceil(r.get("y").doubleValue());
        int x1 = Math.min(image.getWidth(), (int) Math.floor(r.get("x").doubleValue() + r.get("w").doubleValue()));
        int y1 = Math.min(image.getHeight(), (int) Math.floor(r.get("y").doubleValue() + r.get("h").doubleValue()));
        assertTrue(x0 >= 0 && y0 >= 0 && x1 - x0 > 100 && y1 - y0 > 10, "row " + rowId + " is on screen: " + r);
        int hits = 0;
        int all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                all++;
                if (near(image.getRGB(x, y), HIGHLIGHT)) hits++;
            }
        }
        return hits / (double) all;
    }

    private static boolean near(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((expected >> shift) & 0xff)) > 6) return false;
        }
        return true;
    }

    /**
     * The first finding's flow at step 2 looks as it did when a person last reviewed it: compared with
     * the committed reference in 8x8-pixel blocks of mean colour, which absorbs anti-aliasing and
     * small font-rendering differences but not a moved, missing or recoloured part. Only the flow is
     * compared, not the header (which holds the scan root and the version). After a deliberate change of
     * the page, look at the new picture and update the reference with {@code -Dhtml.browser.updateReference=true}.
     */
    @Test
    void theFlowLooksAsTheReviewedReference() throws Exception {
        browser.open(url(scan(PROJECT, "html", "look.html")));
        browser.click("#f1-p1 button.next");
        browser.moveMouseAway();
        byte[] png = browser.screenshotOf("#f1-p1");
        Files.createDirectories(FLOW_SHOT.getParent());
        Files.write(FLOW_SHOT, png);
        if (Boolean.getBoolean("html.browser.updateReference")) {
            Files.write(REFERENCE, png);
            return;
        }
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage expected = ImageIO.read(REFERENCE.toFile());
        String see = "; compare " + FLOW_SHOT + " with " + REFERENCE
                + " (after a deliberate change: -Dhtml.browser.updateReference=true)";
        assertEquals(expected.getWidth() + "x" + expected.getHeight(), actual.getWidth() + "x" + actual.getHeight(), "size" + see);
        int blocks = 0;
        int differ = 0;
        for (int by = 0; by + 8 <= actual.getHeight(); by += 8) {
            for (int bx = 0; bx + 8 <= actual.getWidth(); bx += 8) {
                blocks++;
                if (blocksDiffer(actual, expected, bx, by)) differ++;
            }
        }
        assertTrue(differ <= blocks / 100, differ + " of " + blocks + " blocks differ" + see);
    }

    /** True when the 8x8 blocks at {@code x, y} differ by more than 24 (of 255) in their mean red, green or blue. */
    private static boolean blocksDiffer(BufferedImage a, BufferedImage b, int x, int y) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(mean(a, x, y, shift) - mean(b, x, y, shift)) > 24) return true;
        }
        return false;
    }

    private static double mean(BufferedImage image, int x, int y, int shift) {
        double sum = 0;
        for (int j = 0; j < 8; j++) {
            for (int i = 0; i < 8; i++) sum += (image.getRGB(x + i, y + j) >> shift) & 0xff;
        }
        return sum / 64;
    }

    @Test
    void sourceAndMessagesFromTheScanCannotInjectMarkupOrScript() throws Exception {
        Path evil = dir.resolve("evil");
        Files.createDirectories(evil);
        String fixture = Files.readString(Path.of("../testdata/fixtures/LAL004/bad/field_read_after_free.c"));
        int line = fixture.substring(0, fixture.indexOf("// expect: LAL004")).split("\n", -1).length;
        String code = fixture.replace("// expect: LAL004", "// " + INJECTED);
        // A file name cannot hold '/', so the name carries the rest of the attack.
        String name = "<img src=x onerror=window.pwned=2>.c";
        Files.writeString(evil.resolve(name), code);
        browser.open(url(scan(evil, "html", "evil.html")));

        assertEquals(0, ((Number) js("document.images.length")).intValue(), "no <img> element was made");
        assertEquals("undefined", js("typeof window.pwned"), "no injected handler ran");
        assertEquals(1, ((Number) js("document.scripts.length")).intValue(), "only the report's own script");
        assertEquals(name + ":" + line + ":33", js("document.querySelector('article.finding .where a.loc').textContent"));
        String shown = js("document.querySelector('tr.line.primary td.code').textContent");
        assertTrue(shown.endsWith("// " + INJECTED), "the source line is shown as text: " + shown);
        assertEquals(1, ((Number) js("document.querySelectorAll('article.finding').length")).intValue());
    }

    @Test
    void withJavaScriptOffTheFindingsStepsAndSourceAreStillThere() throws Exception {
        Path html = scan(PROJECT, "html", "nojs.html");
        browser.call("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open(url(html));
            assertEquals(2, ((Number) js("document.querySelectorAll('article.finding').length")).intValue());
            assertEquals(Boolean.TRUE, js("[...document.querySelectorAll('.step-note, tr.line')].every(e => e.offsetHeight > 0)"),
                    "every step note and source line is visible");
            assertEquals(Boolean.TRUE, js("[...document.querySelectorAll('.flow-controls')].every(c => c.offsetHeight === 0)"),
                    "the step buttons, which need the script, are hidden");
            assertEquals(0, ((Number) js("document.querySelectorAll('.current').length")).intValue(), "the script did not run");
        } finally {
            browser.call("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
