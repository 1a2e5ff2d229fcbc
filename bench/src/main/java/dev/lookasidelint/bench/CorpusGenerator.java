package dev.lookasidelint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Generates a synthetic corpus of WDM drivers of about a chosen number of lines, the same bytes for
 * the same seed and size: {@code include/drvcommon.h}, then {@code driverNNN/} folders, each a driver
 * of several files (see {@link DriverWriter} and {@link ModuleWriter}), and {@code seeded-bugs.tsv}
 * listing the bugs put in on purpose (path, line, rule, description).
 */
public final class CorpusGenerator {
    static final String HEADER = "include/drvcommon.h";
    static final String BUGS_FILE = "seeded-bugs.tsv";
    private static final String[] FAMILIES = {"Usb", "Ser", "Nic", "Dsk", "Aud", "Hid", "Pci", "Vol"};
    private static final String[] MODULE_FILES = {"io", "queue", "power", "config", "stats", "transfer", "control", "buffer"};
    /** What drv.h, driver.c, request.c and dispatch.c take together, plus {@link #LINES_PER_MODULE} per module. */
    private static final int CORE_LINES = 400;
    /** A module's prototype in drv.h and its case in dispatch.c. */
    private static final int LINES_PER_MODULE = 4;

    /** What was generated. */
    public record Result(Path root, long lines, int files, int drivers, List<SeededBug> bugs) {
    }

    private final long targetLines;
    private final Random random;

    public CorpusGenerator(long targetLines, long seed) {
        if (targetLines < 1000) throw new IllegalArgumentException("--lines must be at least 1000");
        this.targetLines = targetLines;
        this.random = new Random(seed);
    }

    public Result generate(Path out) throws IOException {
        Files.createDirectories(out.resolve("include"));
        String common = resource("drvcommon.h");
        write(out.resolve(HEADER), common);
        long total = common.lines().count();
        int files = 1;
        int driver = 0;
        List<SeededBug> bugs = new ArrayList<>();
        BugPlan plan = new BugPlan(random);
        while (driver == 0 || total < targetLines - 1000) {
            long remaining = targetLines - total;
            long size = remaining < 18_000 ? remaining : 6_000 + random.nextInt(10_000);
            String family = FAMILIES[random.nextInt(FAMILIES.length)];
            String dir = String.format("driver%03d", driver);
            String fp = family + String.format("%03d", driver);
            DriverWriter dw = new DriverWriter(fp, fp.toUpperCase(), family, randomTag());
            List<String> entries = new ArrayList<>();
            long moduleBudget = size - CORE_LINES;
            long moduleLines = 0;
            int module = 0;
            while (moduleBudget - moduleLines - LINES_PER_MODULE * (module + 1) > 120) {
                long fileTarget = Math.min(400 + random.nextInt(1100), moduleBudget - moduleLines - LINES_PER_MODULE * (module + 1));
                String path = dir + "/" + MODULE_FILES[module % MODULE_FILES.length] + String.format("%02d", module) + ".c";
                SourceWriter w = dw.newWriter();
                long before = total + moduleLines;
                ModuleWriter mw = new ModuleWriter(w, random, path, "M" + module, () -> before, plan, bugs);
                mw.begin(family);
                do {
                    mw.addFunction();
                } while (mw.projectedLines() + 25 < fileTarget);
                mw.finish();
                entries.add(mw.entryName().replace("$P", fp));
                write(out.resolve(path), w.text());
                moduleLines += w.lineCount();
                module++;
                files++;
            }
            boolean unloadBug = driver % 3 == 0;
            int[] initLine = new int[1];
            String[] core = {dw.header(entries), dw.driverFile(unloadBug, initLine), dw.requestFile(), dw.dispatchFile(entries)};
            String[] names = {"drv.h", "driver.c", "request.c", "dispatch.c"};
            for (int i = 0; i < core.length; i++) {
                write(out.resolve(dir + "/" + names[i]), core[i]);
                total += core[i].lines().count();
                files++;
            }
            if (unloadBug) {
                bugs.add(new SeededBug(dir + "/driver.c", initLine[0], "LAL001",
                        "global Ex list initialized in DriverEntry is not deleted in the unload routine", 0));
            }
            total += moduleLines;
            driver++;
        }
        bugs.sort(Comparator.comparing(SeededBug::path).thenComparingInt(SeededBug::line));
        StringBuilder tsv = new StringBuilder();
        for (SeededBug b : bugs) tsv.append(b.tsv()).append('\n');
        write(out.resolve(BUGS_FILE), tsv.toString());
        return new Result(out, total, files, driver, bugs);
    }

    /** A pool tag of four printable letters, as drivers choose them. */
    private int randomTag() {
        int tag = 0;
        for (int i = 0; i < 4; i++) tag = (tag << 8) | ('A' + random.nextInt(26));
        return tag;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Reads the seeded bugs of a generated corpus. */
    public static List<SeededBug> readBugs(Path corpus) throws IOException {
        List<SeededBug> bugs = new ArrayList<>();
        for (String l : Files.readAllLines(corpus.resolve(BUGS_FILE))) {
            if (!l.isBlank()) bugs.add(SeededBug.parse(l));
        }
        return bugs;
    }
}
