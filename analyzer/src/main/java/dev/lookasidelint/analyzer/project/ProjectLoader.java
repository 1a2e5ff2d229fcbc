package dev.lookasidelint.analyzer.project;

import dev.lookasidelint.analyzer.frontend.Frontend;
import dev.lookasidelint.analyzer.frontend.FrontendOptions;
import dev.lookasidelint.analyzer.frontend.SourceTooLargeException;
import dev.lookasidelint.analyzer.frontend.UnreadableSourceException;
import dev.lookasidelint.analyzer.ir.ParseProblem;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.analyzer.ir.TranslationUnit;
import dev.lookasidelint.analyzer.report.ToolNotification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Parses and translates all files of a scan in parallel, isolating each file: a file that cannot be
 * read or that breaks the translator is reported and skipped, and the others are still analysed.
 */
public final class ProjectLoader {
    /** Deeply nested code recurses deeply in CDT and in the translator. */
    /** Stack for threads that walk deeply nested code (parsing, analyses): deep nesting must not overflow. */
    public static final long STACK_BYTES = 512L * 1024 * 1024;
    private static final int PROBLEMS_SHOWN = 3;

    public record LoadedProject(Program program, List<ToolNotification> notifications, long lines,
                                int filesWithParseProblems, long millis) {
    }

    private final Frontend frontend;
    private final int threads;

    private final ParseProgress progress;

    public ProjectLoader(FrontendOptions options, int threads) {
        this(options, threads, ParseProgress.NONE);
    }

    /** {@code progress} hears of each file as it is done. */
    public ProjectLoader(FrontendOptions options, int threads, ParseProgress progress) {
        this.frontend = new Frontend(options);
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    public LoadedProject load(Path root, List<Path> files) {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, bigStackThreads());
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>();
            AtomicInteger done = new AtomicInteger();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    FileOutcome outcome = loadOne(root, file);
                    progress.parsed(done.incrementAndGet(), files.size());
                    return outcome;
                }));
            }
            List<TranslationUnit> units = new ArrayList<>();
            List<ToolNotification> notes = new ArrayList<>();
            long lines = 0;
            int withProblems = 0;
            for (Future<FileOutcome> f : futures) {
                FileOutcome outcome = get(f);
                if (outcome.unit() != null) {
                    units.add(outcome.unit());
                    lines += outcome.unit().lines();
                    if (!outcome.unit().problems().isEmpty()) withProblems++;
                }
                if (outcome.notification() != null) notes.add(outcome.notification());
            }
            return new LoadedProject(new Program(units), notes, lines, withProblems,
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
    }

    /** What {@link #parseOnly} read: the files it could parse and their lines. */
    public record ParsedFiles(int files, long lines, long millis) {
    }

    /**
     * Parses every file with CDT on the loader's threads and does nothing else (no translation, no
     * analysis): the benchmark floor. Files that cannot be read or parsed are not counted.
     */
    public ParsedFiles parseOnly(List<Path> files) {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, bigStackThreads());
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Path file : files) futures.add(pool.submit(() -> parseOne(file)));
            int parsed = 0;
            long lines = 0;
            for (Future<Integer> f : futures) {
                int n = get(f);
                if (n >= 0) {
                    parsed++;
                    lines += n;
                }
            }
            return new ParsedFiles(parsed, lines, (System.nanoTime() - start) / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The file's line count, or -1 when it could not be read or parsed. */
    private int parseOne(Path file) {
        try {
            return frontend.parseOnly(file);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return -1;
        }
    }

    private record FileOutcome(TranslationUnit unit, ToolNotification notification) {
    }

    private FileOutcome loadOne(Path root, Path file) {
        String relative = relativePath(root, file);
        try {
            TranslationUnit unit = frontend.translate(file, relative);
            return new FileOutcome(unit, unit.problems().isEmpty() ? null : problemsNote(unit));
        } catch (UnreadableSourceException e) {
            return new FileOutcome(null, new ToolNotification(ToolNotification.Level.WARNING, relative, 0,
                    "skipped: " + e.getMessage()));
        } catch (IOException e) {
            return new FileOutcome(null, new ToolNotification(ToolNotification.Level.ERROR, relative, 0,
                    "cannot read the file: " + IoErrors.describe(e)));
        } catch (SourceTooLargeException e) {
            return new FileOutcome(null, new ToolNotification(ToolNotification.Level.ERROR, relative, 0,
                    "not analysed: " + e.getMessage()));
        } catch (StackOverflowError e) {
            return new FileOutcome(null, new ToolNotification(ToolNotification.Level.ERROR, relative, 0,
                    "not analysed: nesting too deep for the parser"));
        } catch (OutOfMemoryError e) {
            // the file's own data is garbage once its task unwinds: the other files go on
            return new FileOutcome(null, new ToolNotification(ToolNotification.Level.ERROR, relative, 0,
                    "not analysed: out of memory while reading this file (give the JVM more heap with -Xmx)"));
        } catch (RuntimeException e) {
            return new FileOutcome(null, new ToolNotification(ToolNotification.Level.ERROR, relative, 0,
                    "not analysed: internal error in the front end (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private static ToolNotification problemsNote(TranslationUnit unit) {
        List<ParseProblem> problems = unit.problems();
        String first = problems.stream().limit(PROBLEMS_SHOWN)
                .map(p -> p.location().line() + ":" + p.location().column() + " " + p.message())
                .collect(Collectors.joining("; "));
        String more = problems.size() > PROBLEMS_SHOWN ? "; ..." : "";
        return new ToolNotification(ToolNotification.Level.WARNING, unit.path(), problems.get(0).location().line(),
                problems.size() + " parse problem" + (problems.size() == 1 ? "" : "s")
                        + ", the code around them is not analysed: " + first + more);
    }

    /** The path of a file relative to the scan root, with forward slashes. */
    public static String relativePath(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path rel = abs.startsWith(base) ? base.relativize(abs) : abs;
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? abs.getFileName().toString() : s;
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            throw Tasks.interrupted(e);
        } catch (ExecutionException e) {
            throw Tasks.failure(e);
        }
    }

    /** Threads with a large stack, so that deep recursion in CDT does not overflow. */
    public static ThreadFactory bigStackThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "lookaside-lint-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
