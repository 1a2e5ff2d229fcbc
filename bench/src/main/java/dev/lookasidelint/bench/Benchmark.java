package dev.lookasidelint.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark runs: the default one (scaling over generated corpora, parse-only comparison, peers
 * side by side, the pre-commit case, a verdict per target) and one real tree. Markdown on
 * {@code out}, progress on {@code progress}.
 */
final class Benchmark {
    /** Targets of issue 5. */
    static final double MAX_FULL_OVER_PARSE_ONLY = 2.0;
    static final double MIN_RATIO_CLANG = 2.0;
    static final double MIN_RATIO_CPPCHECK = 20.0;
    static final double MAX_CHANGED_FILE_SECONDS = 1.0;
    static final double MAX_SCALING_SPREAD = 1.30;
    static final long PRECOMMIT_LINES = 20_000;

    record Options(Path work, int repeat, long peersLines, int jobs, long seed, List<Long> sizes) {
    }

    /** One measured scan of a corpus of known size. */
    record Scan(Path corpus, long lines, int files, LookasideLint.Result result) {
        double microsPerLine() {
            return result.measurement().wallSeconds() * 1e6 / lines;
        }

        double inProcessMicrosPerLine() {
            long ms = result.stats() == null ? -1 : result.stats().totalMillis();
            return ms < 0 ? Double.NaN : ms * 1e3 / lines;
        }
    }

    private final Path repo;
    private final Options options;
    private final PrintStream out;
    private final PrintStream progress;
    private final ProcessRunner runner;
    private final LookasideLint tool;
    private final List<String> verdicts = new ArrayList<>();

    Benchmark(Path repo, Options options, PrintStream out, PrintStream progress) {
        this.repo = repo;
        this.options = options;
        this.out = out;
        this.progress = progress;
        Path scratch = options.work().resolve("tmp");
        this.runner = new ProcessRunner(scratch);
        this.tool = new LookasideLint(repo, runner, scratch);
    }

    /** The default benchmark. */
    void runDefault() throws IOException, InterruptedException {
        header();
        List<Scan> scans = new ArrayList<>();
        MarkdownTable scaling = new MarkdownTable("lines", "files", "wall s", "CPU s", "peak RSS MB", "µs/line (process)",
                "µs/line (in-process)", "µs/line (marginal)", "parse share", "findings", "seeded bugs found");
        for (long size : options.sizes()) {
            Path corpus = corpus(size);
            Scan s = scanCorpus(corpus);
            Scan previous = scans.isEmpty() ? null : scans.get(scans.size() - 1);
            scans.add(s);
            List<SeededBug> bugs = CorpusGenerator.readBugs(corpus);
            scaling.row(s.lines(), s.files(), f2(s.result().measurement().wallSeconds()), cpu(s.result().measurement()),
                    rss(s.result().measurement()), f1(s.microsPerLine()), f1(s.inProcessMicrosPerLine()),
                    previous == null ? "n/a" : f1(marginalMicrosPerLine(previous, s)),
                    pct(s.result().stats() == null ? Double.NaN : s.result().stats().parseShare()),
                    s.result().findings().size(), Finding.seededFound(s.result().findings(), bugs) + "/" + bugs.size());
        }
        out.println("## Scaling (lookaside-lint, whole process, " + options.jobs() + " jobs, median of " + options.repeat() + ")");
        out.println();
        out.print(scaling);
        out.println();
        scalingVerdict(scans);

        Scan largest = scans.stream().max(Comparator.comparingLong(Scan::lines)).orElseThrow();
        parseOnly(largest.corpus(), largest);
        peers();
        precommit();

        out.println("## Verdicts");
        out.println();
        for (String v : verdicts) out.println("- " + v);
        out.println();
    }

    /** One real tree: its figures, parse-only, and (when asked) the peers. */
    void runTree(Path tree, boolean withPeers) throws IOException, InterruptedException {
        header();
        tree = tree.toAbsolutePath().normalize();
        long lines = SourceTree.lines(tree);
        List<String> units = SourceTree.compilationUnits(tree);
        progress.println("bench: scanning " + tree + " (" + units.size() + " files, " + lines + " lines)");
        LookasideLint.Result full = medianScan(tree, List.of("."), List.of(), false);
        MarkdownTable t = new MarkdownTable("figure", "value");
        ScanStats st = full.stats();
        t.row("files (tool)", st == null ? "n/a" : st.files());
        t.row("lines (tool)", st == null ? "n/a" : st.lines());
        t.row("lines (.c/.h on disk)", lines);
        t.row("functions", st == null ? "n/a" : st.functions());
        t.row("files with parse problems", st == null ? "n/a" : st.filesWithParseProblems());
        t.row("findings", full.findings().size());
        t.row("findings per rule", st == null ? "n/a" : st.findingsPerRule().toString());
        t.row("wall s", f2(full.measurement().wallSeconds()));
        t.row("CPU s", cpu(full.measurement()));
        t.row("peak RSS MB", rss(full.measurement()));
        t.row("lines/s", Math.round(lines / full.measurement().wallSeconds()));
        t.row("parse share (in-process)", pct(st == null ? Double.NaN : st.parseShare()));
        if (tool.hasParseOnly()) {
            LookasideLint.Result po = medianScan(tree, List.of("."), List.of(), true);
            t.row("parse-only wall s", f2(po.measurement().wallSeconds()));
            t.row("full ÷ parse-only", f2(full.measurement().wallSeconds() / po.measurement().wallSeconds()) + "x");
        } else {
            t.row("parse-only wall s", "n/a (this build has no --parse-only)");
        }
        out.println("## " + tree.getFileName());
        out.println();
        out.print(t);
        out.println();
        if (withPeers) peerTable(tree, units, List.of(), lines, full, List.of());
    }

    private void header() throws IOException, InterruptedException {
        out.println("# lookaside-lint benchmark");
        out.println();
        out.println("- tool: " + tool.version() + ", launcher `./lookaside-lint` (its default JVM options)");
        out.println("- machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version"));
        out.println("- measured: " + (ProcessRunner.hasGnuTime() ? "GNU time (wall, user+sys CPU of the process and its children, peak RSS)"
                : "wall clock only (no GNU time at /usr/bin/time: CPU and RSS unknown)"));
        out.println("- tool figures from: " + (tool.hasStats() ? "`scan --stats`" : "the summary line (this build has no --stats)"));
        out.println();
    }

    /** Generates (or regenerates) the corpus of {@code size} lines under the work folder. */
    private Path corpus(long size) throws IOException {
        Path dir = options.work().resolve("corpus-" + size + "-seed" + options.seed());
        Path marker = dir.resolve(".complete");
        String stamp = "lines=" + size + " seed=" + options.seed() + " generator=" + generatorStamp();
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) return dir;
        progress.println("bench: generating " + size + " lines into " + dir);
        deleteTree(dir);
        new CorpusGenerator(size, options.seed()).generate(dir);
        Files.writeString(marker, stamp);
        return dir;
    }

    /** Changes when the generator's classes change, so a stale corpus is regenerated. */
    private static String generatorStamp() {
        try {
            var src = CorpusGenerator.class.getProtectionDomain().getCodeSource();
            Path p = src == null ? null : Path.of(src.getLocation().toURI());
            return p == null ? "?" : Long.toString(Files.getLastModifiedTime(p).toMillis());
        } catch (Exception e) {
            return "?";
        }
    }

    private Scan scanCorpus(Path corpus) throws IOException, InterruptedException {
        long lines = SourceTree.lines(corpus);
        int files = SourceTree.compilationUnits(corpus).size();
        progress.println("bench: scanning " + corpus.getFileName() + " (" + lines + " lines)");
        return new Scan(corpus, lines, files, medianScan(corpus, List.of("."), List.of(corpus.resolve("include")), false));
    }

    private LookasideLint.Result medianScan(Path root, List<String> targets, List<Path> includes, boolean parseOnly)
            throws IOException, InterruptedException {
        List<LookasideLint.Result> runs = new ArrayList<>();
        for (int i = 0; i < options.repeat(); i++) runs.add(tool.scan(root, targets, includes, options.jobs(), parseOnly));
        runs.sort(Comparator.comparingDouble(r -> r.measurement().wallSeconds()));
        return runs.get(runs.size() / 2);
    }

    /**
     * What each line between two corpus sizes cost: the whole-process time added over the lines added.
     * Start-up and warm-up are paid once per process, so this is how the cost of a line itself grows.
     */
    static double marginalMicrosPerLine(Scan smaller, Scan larger) {
        double seconds = larger.result().measurement().wallSeconds() - smaller.result().measurement().wallSeconds();
        return seconds * 1e6 / (larger.lines() - smaller.lines());
    }

    private void scalingVerdict(List<Scan> scans) {
        if (scans.size() < 2) return;
        double min = scans.stream().mapToDouble(Scan::microsPerLine).min().orElseThrow();
        double max = scans.stream().mapToDouble(Scan::microsPerLine).max().orElseThrow();
        double inMin = scans.stream().mapToDouble(Scan::inProcessMicrosPerLine).min().orElseThrow();
        double inMax = scans.stream().mapToDouble(Scan::inProcessMicrosPerLine).max().orElseThrow();
        verdicts.add(verdict(max / min <= MAX_SCALING_SPREAD, "time per line flat within 30% from "
                + scans.get(0).lines() + " to " + scans.get(scans.size() - 1).lines() + " lines (whole process)",
                "largest ÷ smallest µs/line = " + f2(max / min) + " (" + f1(min) + " to " + f1(max) + " µs/line); in-process "
                        + f2(inMax / inMin) + marginalSpread(scans)));
    }

    /** The spread of the marginal cost per line, when there are at least three sizes. */
    private static String marginalSpread(List<Scan> scans) {
        if (scans.size() < 3) return "";
        List<Double> marginal = new ArrayList<>();
        for (int i = 1; i < scans.size(); i++) marginal.add(marginalMicrosPerLine(scans.get(i - 1), scans.get(i)));
        double min = marginal.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = marginal.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return "; marginal " + f2(max / min) + " (" + f1(min) + " to " + f1(max) + " µs/line)";
    }

    private void parseOnly(Path corpus, Scan full) throws IOException, InterruptedException {
        out.println("## Parse-only comparison (" + full.lines() + " lines)");
        out.println();
        if (!tool.hasParseOnly()) {
            out.println("Not measured: this build of the tool has no `scan --parse-only`.");
            out.println();
            verdicts.add("throughput within 2x of parse-only: not measured (no --parse-only in this build)");
            return;
        }
        progress.println("bench: parse-only scan of " + corpus.getFileName());
        LookasideLint.Result po = medianScan(corpus, List.of("."), List.of(corpus.resolve("include")), true);
        double ratio = full.result().measurement().wallSeconds() / po.measurement().wallSeconds();
        MarkdownTable t = new MarkdownTable("run", "wall s", "CPU s", "peak RSS MB", "lines/s");
        t.row("full scan", f2(full.result().measurement().wallSeconds()), cpu(full.result().measurement()),
                rss(full.result().measurement()), Math.round(full.lines() / full.result().measurement().wallSeconds()));
        t.row("--parse-only", f2(po.measurement().wallSeconds()), cpu(po.measurement()), rss(po.measurement()),
                Math.round(full.lines() / po.measurement().wallSeconds()));
        out.print(t);
        out.println();
        out.println("Full scan ÷ parse-only (whole-process wall): " + f2(ratio) + "x");
        out.println();
        verdicts.add(verdict(ratio <= MAX_FULL_OVER_PARSE_ONLY, "throughput within 2x of parse-only",
                "full ÷ parse-only = " + f2(ratio) + "x on " + full.lines() + " lines"));
    }

    private void peers() throws IOException, InterruptedException {
        Path corpus = corpus(options.peersLines());
        List<String> units = SourceTree.compilationUnits(corpus);
        long lines = SourceTree.lines(corpus);
        List<Path> includes = List.of(corpus.resolve("include"));
        progress.println("bench: peers on " + corpus.getFileName());
        LookasideLint.Result ours = medianScan(corpus, List.of("."), includes, false);
        peerTable(corpus, units, includes, lines, ours, CorpusGenerator.readBugs(corpus));
    }

    private void peerTable(Path root, List<String> units, List<Path> includes, long lines, LookasideLint.Result ours,
                           List<SeededBug> bugs) throws IOException, InterruptedException {
        out.println("## Peers side by side (" + lines + " lines, " + units.size() + " files, " + options.jobs() + " jobs)");
        out.println();
        MarkdownTable t = new MarkdownTable("tool", "version", "wall s", "CPU s", "peak RSS MB", "lines/s", "warnings",
                "seeded bugs found");
        double ourRate = lines / ours.measurement().wallSeconds();
        String seeded = bugs.isEmpty() ? "n/a" : Finding.seededFound(ours.findings(), bugs) + "/" + bugs.size();
        t.row("lookaside-lint", tool.version().replace("lookaside-lint ", ""), f2(ours.measurement().wallSeconds()),
                cpu(ours.measurement()), rss(ours.measurement()), Math.round(ourRate), ours.findings().size(), seeded);
        List<String> ratios = new ArrayList<>();
        List<String> configs = new ArrayList<>();
        Path scratch = options.work().resolve("tmp");
        for (Peer peer : List.of(new Peer.Clang(repo, runner, scratch), new Peer.Cppcheck(repo, runner, scratch))) {
            double target = peer instanceof Peer.Clang ? MIN_RATIO_CLANG : MIN_RATIO_CPPCHECK;
            String goal = "at least " + (int) target + "x the lines per second of " + peer.name();
            if (!peer.available()) {
                t.row(peer.name(), "not installed", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a");
                if (!bugs.isEmpty()) verdicts.add(goal + ": not measured (" + peer.executable() + " is not on the PATH)");
                continue;
            }
            progress.println("bench: running " + peer.name() + " on " + units.size() + " files");
            List<Peer.Result> runs = new ArrayList<>();
            for (int i = 0; i < options.repeat(); i++) runs.add(peer.run(root, units, includes, options.jobs()));
            runs.sort(Comparator.comparingDouble(r -> r.measurement().wallSeconds()));
            Peer.Result r = runs.get(runs.size() / 2);
            double rate = lines / r.measurement().wallSeconds();
            t.row(peer.name(), peer.version(), f2(r.measurement().wallSeconds()), cpu(r.measurement()), rss(r.measurement()),
                    Math.round(rate), r.warnings().size(),
                    bugs.isEmpty() ? "n/a" : Finding.seededFound(r.warnings(), bugs) + "/" + bugs.size());
            double ratio = ourRate / rate;
            ratios.add("lookaside-lint lines/s ÷ " + peer.name() + " lines/s: " + f1(ratio) + "x");
            configs.add(peer.name() + ": `" + peer.configuration() + "`");
            if (!bugs.isEmpty()) verdicts.add(verdict(ratio >= target, goal, f1(ratio) + "x"));
        }
        out.print(t);
        out.println();
        for (String r : ratios) out.println("- " + r);
        for (String c : configs) out.println("- " + c);
        out.println("- a peer's warning counts for a seeded bug at the bug's line, or, for a leak, at the line where "
                + "the block is dropped (peers report leaks there)");
        out.println();
    }

    private void precommit() throws IOException, InterruptedException {
        Path corpus = corpus(PRECOMMIT_LINES);
        List<Path> includes = List.of(corpus.resolve("include"));
        List<String> units = SourceTree.compilationUnits(corpus);
        String changed = units.stream().filter(u -> !u.endsWith("/driver.c") && !u.endsWith("/dispatch.c")
                && !u.endsWith("/request.c")).findFirst().orElse(units.get(0));
        Files.writeString(corpus.resolve(changed), "/* edited by the pre-commit benchmark */\n", StandardOpenOption.APPEND);
        Files.deleteIfExists(corpus.resolve(".complete"));
        progress.println("bench: pre-commit case on " + corpus.getFileName());
        LookasideLint.Result one = medianScan(corpus, List.of(changed), includes, false);
        LookasideLint.Result all = medianScan(corpus, List.of("."), includes, false);
        out.println("## Pre-commit case (" + SourceTree.lines(corpus) + "-line project, one file changed)");
        out.println();
        MarkdownTable t = new MarkdownTable("scan", "lines", "wall s", "CPU s", "peak RSS MB");
        t.row("the changed file alone (" + changed + ")", SourceTree.lineCount(corpus.resolve(changed)),
                f2(one.measurement().wallSeconds()), cpu(one.measurement()), rss(one.measurement()));
        t.row("the whole project", SourceTree.lines(corpus), f2(all.measurement().wallSeconds()), cpu(all.measurement()),
                rss(all.measurement()));
        out.print(t);
        out.println();
        verdicts.add(verdict(one.measurement().wallSeconds() < MAX_CHANGED_FILE_SECONDS,
                "a scan of one changed file in a 20,000-line project under 1 s wall",
                f2(one.measurement().wallSeconds()) + " s"));
    }

    static String verdict(boolean met, String target, String figure) {
        return (met ? "met" : "NOT met") + ": " + target + " (" + figure + ")";
    }

    static String f1(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f", v);
    }

    static String f2(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    static String pct(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String cpu(Measurement m) {
        return m.cpuSeconds() < 0 ? "n/a" : f2(m.cpuSeconds());
    }

    static String rss(Measurement m) {
        return m.peakRssKb() < 0 ? "n/a" : Long.toString(Math.round(m.peakRssKb() / 1024.0));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
