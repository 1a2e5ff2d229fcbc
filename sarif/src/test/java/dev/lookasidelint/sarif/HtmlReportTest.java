package dev.lookasidelint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.analyzer.report.ScanStatistics;
import dev.lookasidelint.analyzer.report.Severity;
import dev.lookasidelint.analyzer.report.Suppressed;
import dev.lookasidelint.analyzer.report.ToolNotification;
import dev.lookasidelint.analyzer.report.TraceStep;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report as text: what it shows, what it escapes, and that it never needs more than the scan. */
class HtmlReportTest {

    private static final String INJECTION = "</script><img src=x onerror=\"window.pwned=1\">";

    @TempDir
    Path root;

    private final HtmlReport report = new HtmlReport(SampleScan.rules(), "1.2.3");

    private Path source(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A C file of {@code n} numbered lines, {@code line N;}. */
    private static String numbered(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "line " + i + ";").collect(Collectors.joining("\n", "", "\n"));
    }

    private static Finding finding(String rule, String path, int line, List<TraceStep> steps) {
        return new Finding(rule, Severity.ERROR, "Block 'b' is used after free. More words here.",
                SourceLocation.point(path, line, 1), "F", List.of(), steps.isEmpty() ? List.of() : List.of(steps));
    }

    private static TraceStep step(String path, int line, String message) {
        return new TraceStep(SourceLocation.point(path, line, 5), message);
    }

    private ScanResult scan(List<Finding> findings) {
        return new ScanResult(root, findings, List.of(), new ScanStatistics(1, 10, 1, 0, 5, 1));
    }

    private static List<String> all(String regex, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    @Test
    void sourceLinesPathsMessagesAndNamesAreTextNeverMarkup() throws Exception {
        String path = "src/" + INJECTION + ".c";
        source("src/evil.c", "int a;\n/* " + INJECTION + " */ use(b);\n");
        Finding inSource = new Finding("LAL004", Severity.ERROR, "Used <b>after</b> free. " + INJECTION,
                SourceLocation.point("src/evil.c", 2, 3), INJECTION, List.of(),
                List.of(List.of(new TraceStep(SourceLocation.point("src/evil.c", 2, 3), INJECTION))));
        Finding inPath = finding("LAL004", path, 1, List.of());
        String html = report.render(new ScanResult(root, List.of(inSource, inPath), List.of(),
                List.of(new ToolNotification(ToolNotification.Level.WARNING, path, 1, INJECTION)), null));

        assertFalse(html.contains("<img"), "no element made of scanned text");
        assertFalse(html.contains("<b>"));
        assertEquals(1, count(html, "<script"), "only the report's own script");
        assertEquals(1, count(html, "</script>"));
        assertTrue(html.contains("/* &lt;/script&gt;&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt; */ use(b);"),
                "the source line is shown as written");
        assertTrue(html.contains("src/&lt;/script&gt;&lt;img"), "the path too");
    }

    @Test
    void theReportLoadsNothingFromOutside() throws Exception {
        source("a.c", numbered(20));
        String html = report.render(scan(List.of(finding("LAL001", "a.c", 5, List.of(step("a.c", 3, "s"))))));
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(?!#)", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "every link is to an anchor in the page; nothing is loaded");
        assertFalse(html.contains("url("));
        assertFalse(html.contains("@import"));
        assertTrue(html.contains("default-src 'none'"), "the page's policy refuses any resource");
    }

    @Test
    void everyStepIsDrawnOnItsLineInOrderAndOtherFilesGetTheirOwnExcerpt() throws Exception {
        source("driver.c", numbered(60));
        source("lists.c", numbered(30));
        Finding f = finding("LAL001", "lists.c", 12, List.of(
                step("driver.c", 32, "calls init"), step("lists.c", 12, "initialized"),
                step("driver.c", 33, "status false"), step("driver.c", 50, "returns")));
        String html = report.render(scan(List.of(f)));

        assertEquals(List.of("f1-p1-e1-L32", "f1-p1-e2-L12", "f1-p1-e1-L33", "f1-p1-e3-L50"), stepRows(html),
                "step n sits under its line: driver.c 29-36 first, lists.c next, driver.c 50 far away in a third excerpt");
        assertEquals(List.of("driver.c", "lists.c", "driver.c"), all("<div class=\"excerpt-path\">([^<]+)</div>", html));
        assertTrue(html.contains("<tr class=\"line primary\" id=\"f1-p1-e2-L12\">"), "the finding's own line is marked");
        assertTrue(html.contains("<td class=\"ln\">29</td>") && !html.contains("<td class=\"ln\">28</td>"),
                "three lines of context before the first step");
        assertTrue(html.contains("<a class=\"loc\" href=\"#f1-p1-e2-L12\">lists.c:12:1</a>"));
    }

    /** The row each step's note points to, in step order. */
    private static List<String> stepRows(String html) {
        List<String> rows = new ArrayList<>();
        for (int s = 1; ; s++) {
            Matcher m = Pattern.compile("id=\"f1-p1-s" + s + "\" data-step=\"" + s + "\" data-row=\"([^\"]+)\"").matcher(html);
            if (!m.find()) return rows;
            rows.add(m.group(1));
        }
    }

    @Test
    void aSourceThatIsGoneStillShowsTheFindingAndItsStepsWithANote() {
        Finding f = finding("LAL004", "gone.c", 7, List.of(step("gone.c", 5, "freed"), step("gone.c", 7, "used")));
        String html = report.render(scan(List.of(f)));
        assertTrue(html.contains("Source not shown: the file is not there any more."));
        assertTrue(html.contains("id=\"f1-p1-s1\""), "step 1 is still listed");
        assertTrue(html.contains("line 7: used"));
        assertTrue(html.contains("<a class=\"loc\" href=\"#f1-p1-e1\">gone.c:7:1</a>"));
    }

    @Test
    void aLinePastTheEndOfTheFileAsItIsNowGetsANoteNotAnException() throws Exception {
        source("short.c", numbered(3));
        Finding f = finding("LAL004", "short.c", 40, List.of(step("short.c", 2, "freed"), step("short.c", 40, "used")));
        String html = report.render(scan(List.of(f)));
        assertTrue(html.contains("the lines are past the end of the file as it is now (3 lines)"));
        assertTrue(html.contains("<td class=\"ln\">2</td>"), "the step that is still there is shown on the source");
    }

    @Test
    void filesAreSortedAndFindingsInLineOrder() throws Exception {
        source("b.c", numbered(50));
        source("a.c", numbered(50));
        String html = report.render(scan(List.of(finding("LAL004", "b.c", 30, List.of()), finding("LAL001", "b.c", 4, List.of()),
                finding("LAL008", "a.c", 9, List.of()))));
        assertEquals(List.of("a.c", "b.c"), all("<h2 class=\"path\">([^ ]+) ", html));
        assertEquals(List.of("LAL008", "LAL001", "LAL004"), all("data-rule=\"([^\"]+)\"", html));
        assertEquals(List.of("9", "4", "30"), all("data-rule=\"[^\"]+\" data-line=\"(\\d+)\"", html));
        assertTrue(html.contains("<a class=\"rule\" href=\"#rule-LAL004\""), "the rule id links to its help");
        assertTrue(html.contains("<article class=\"rule-help\" id=\"rule-LAL004\">"));
        assertTrue(html.contains("Help for block-used-after-free."));
        assertFalse(html.contains("id=\"rule-LAL099\""), "only the rules that have findings");
    }

    @Test
    void suppressedFindingsAreLeftOutUnlessAskedForThenMarkedWithTheirReason() throws Exception {
        source("a.c", numbered(20));
        Finding shown = finding("LAL004", "a.c", 3, List.of());
        Finding silenced = finding("LAL008", "a.c", 10, List.of());
        ScanResult scan = new ScanResult(root, List.of(shown), List.of(new Suppressed(silenced, "the DPC frees it")),
                List.of(), new ScanStatistics(1, 20, 1, 0, 1, 1));

        String without = report.render(scan);
        assertEquals(List.of("LAL004"), all("data-rule=\"([^\"]+)\"", without));
        assertTrue(without.contains("1 suppressed in the source (not shown; --include-suppressed shows them)"));

        String with = report.withSuppressed(true).render(scan);
        assertEquals(List.of("LAL004", "LAL008"), all("data-rule=\"([^\"]+)\"", with));
        assertTrue(with.contains("<article class=\"finding sev-error suppressed\""));
        assertTrue(with.contains("Suppressed in the source: the DPC frees it"));
        assertTrue(with.contains("<strong id=\"finding-count\">1 finding</strong>"), "suppressed ones are not counted as findings");
    }

    @Test
    void sameScanSameBytesAndNoDate() throws Exception {
        source("src/init.c", numbered(40));
        ScanResult scan = new ScanResult(root, SampleScan.scan().findings(), SampleScan.scan().notifications(),
                SampleScan.scan().statistics());
        String first = report.render(scan);
        StringWriter written = new StringWriter();
        new HtmlReport(SampleScan.rules(), "1.2.3").write(scan, written);
        assertEquals(first, written.toString());
        assertFalse(Pattern.compile("20\\d\\d-\\d\\d-\\d\\d").matcher(first).find(), "no date: reruns give the same file");
    }

    @Test
    void headerCountsPerRuleAndSeverityAndNotificationsHaveTheirSection() {
        String html = report.render(SampleScan.scan());
        assertTrue(html.contains("<strong id=\"finding-count\">3 findings</strong>: <span class=\"sev-error\">2 errors</span>,"
                + " <span class=\"sev-warning\">1 warning</span>"));
        assertTrue(html.contains("4 files scanned, 1234 lines, 17 functions"));
        assertTrue(html.contains("<a href=\"#notifications\">1 file with parse problems</a>"));
        assertTrue(html.contains("<tr><td><a href=\"#rule-LAL008\">LAL008</a></td><td>block-leaked</td><td class=\"sev-warning\">warning</td>"
                + "<td class=\"num\">1</td></tr>"));
        assertTrue(html.contains("<code>src/bad.c:3</code></td><td>2 parse problems; results may be incomplete</td>"));
        assertTrue(html.contains("<code></code></td><td>cannot read src/gone.c</td>"));
    }

    @Test
    void eachCodeFlowIsDrawnOnItsOwn() throws Exception {
        source("a.c", numbered(30));
        Finding f = new Finding("LAL004", Severity.ERROR, "Used after free.", SourceLocation.point("a.c", 20, 1), "F", List.of(),
                List.of(List.of(step("a.c", 5, "freed here"), step("a.c", 20, "used")),
                        List.of(step("a.c", 12, "freed on the error path"), step("a.c", 20, "used"))));
        String html = report.render(scan(List.of(f)));
        assertTrue(html.contains("<h4>Code flow 1 of 2: 2 steps</h4>") && html.contains("<h4>Code flow 2 of 2: 2 steps</h4>"));
        assertTrue(html.contains("id=\"f1-p2-s1\" data-step=\"1\" data-row=\"f1-p2-e1-L12\""), "flow 2 step 1 on line 12");
        assertTrue(html.contains("id=\"f1-p1-s1\" data-step=\"1\" data-row=\"f1-p1-e1-L5\""), "flow 1 step 1 on line 5");
    }

    @Test
    void aCleanScanSaysSo() {
        String html = report.render(SampleScan.emptyScan());
        assertTrue(html.contains("<p class=\"clean\">No findings.</p>"));
        assertFalse(html.contains("id=\"notifications\""));
    }

    @Test
    void sourcesAreDecodedAsTheScannerDecodesThemSoLinesMatch() throws Exception {
        // Windows-1252 (0xE9 is e-acute, invalid as UTF-8) with CR line ends: line 3 is line 3.
        byte[] bytes = "int a;\r/* caf\u00e9 */\rfree(b);\ruse(b);\r".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(root.resolve("old.c"), bytes);
        String html = report.render(scan(List.of(finding("LAL004", "old.c", 4, List.of(step("old.c", 3, "freed"))))));
        assertTrue(html.contains("<td class=\"ln\">2</td><td class=\"marks\"></td><td class=\"code\">/* caf\u00e9 */</td>"));
        assertTrue(html.contains("<td class=\"ln\">3</td><td class=\"marks\"><a class=\"mark\" data-step=\"1\" href=\"#f1-p1-s1\">1</a></td>"
                + "<td class=\"code\">free(b);</td>"));
    }

    @Test
    void onlyExcerptsAreShownAndLongLinesAreCut() throws Exception {
        source("big.c", numbered(5000).replace("line 100;", "x".repeat(10_000)));
        String html = report.render(scan(List.of(finding("LAL004", "big.c", 100, List.of()))));
        assertEquals(7, count(html, "<td class=\"ln\">"), "three lines either side, not the file");
        assertTrue(html.contains("x".repeat(HtmlFinding.MAX_LINE_CHARS) + " \u2026</td>"));
        assertFalse(html.contains("x".repeat(HtmlFinding.MAX_LINE_CHARS + 1)));
    }

    @Test
    void relatedLocationsAreListedAndMarkedOnTheirLine() throws Exception {
        source("a.c", numbered(20));
        Finding f = new Finding("LAL001", Severity.ERROR, "Not deleted.", SourceLocation.point("a.c", 5, 1), "F",
                List.of(new RelatedLocation(1, SourceLocation.point("a.c", 15, 1), "unload returns here")), List.of());
        String html = report.render(scan(List.of(f)));
        assertTrue(html.contains("<span class=\"mark related\" title=\"unload returns here\">R1</span>"));
        assertTrue(html.contains("<li><span class=\"mark related\">R1</span> a.c:15 unload returns here</li>"));
    }

    @Test
    void stepNotesStartAtTheStepsColumnWithTabsExpanded() {
        assertEquals(4, HtmlFinding.indent("    x = 1;", 5));
        assertEquals(8, HtmlFinding.indent("\t\tx = 1;", 3));
        assertEquals(4, HtmlFinding.indent("ab\tx", 4), "a tab after two characters goes on to the next stop");
        assertEquals(0, HtmlFinding.indent("x", 0));
    }

    @Test
    void theTitleIsTheFirstSentence() {
        assertEquals("Block 'b' is used after free.", HtmlFinding.firstSentence("Block 'b' is used after free. More words here."));
        assertEquals("No dot", HtmlFinding.firstSentence("No dot"));
        assertEquals("Freed (line 22).", HtmlFinding.firstSentence("Freed (line 22). Then used."));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
