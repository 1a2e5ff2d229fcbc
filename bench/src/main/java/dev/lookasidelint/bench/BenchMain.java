package dev.lookasidelint.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The harness's command line (what {@code bench/run} runs):
 * <pre>
 *   bench/run [--work DIR] [--repeat K] [--peers-lines N] [--jobs N] [--seed S] [--sizes 10000,100000,1000000]
 *   bench/run generate --lines N [--seed S] OUT
 *   bench/run tree DIR [--peers] [--repeat K] [--jobs N] [--work DIR]
 * </pre>
 * Markdown on standard output, progress on standard error. Exit code 2 on bad arguments.
 */
public final class BenchMain {
    private static final String USAGE = String.join("\n",
            "usage: bench/run [--work DIR] [--repeat K] [--peers-lines N] [--jobs N] [--seed S] [--sizes N,N,...]",
            "       bench/run generate --lines N [--seed S] OUT",
            "       bench/run tree DIR [--peers] [--repeat K] [--jobs N] [--work DIR]");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "default";
        List<String> rest = new ArrayList<>(List.of(args).subList(command.equals("default") ? 0 : 1, args.length));
        Path work = Path.of(System.getenv().getOrDefault("TMPDIR", "/tmp"), "lookaside-bench");
        int repeat = 1;
        long peersLines = 100_000;
        int jobs = Runtime.getRuntime().availableProcessors();
        long seed = 1;
        long lines = 0;
        boolean peers = false;
        List<Long> sizes = List.of(10_000L, 100_000L, 1_000_000L);
        List<String> positional = new ArrayList<>();
        try {
            for (int i = 0; i < rest.size(); i++) {
                String a = rest.get(i);
                switch (a) {
                    case "--work" -> work = Path.of(rest.get(++i));
                    case "--repeat" -> repeat = positive(rest.get(++i), a);
                    case "--peers-lines" -> peersLines = positive(rest.get(++i), a);
                    case "--jobs" -> jobs = positive(rest.get(++i), a);
                    case "--seed" -> seed = Long.parseLong(rest.get(++i));
                    case "--lines" -> lines = positive(rest.get(++i), a);
                    case "--peers" -> peers = true;
                    case "--sizes" -> {
                        List<Long> s = new ArrayList<>();
                        for (String n : rest.get(++i).split(",")) s.add((long) positive(n.trim(), a));
                        sizes = s;
                    }
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (a.startsWith("-")) throw new IllegalArgumentException("unknown option " + a);
                        positional.add(a);
                    }
                }
            }
        } catch (IndexOutOfBoundsException e) {
            err.println("bench: an option is missing its value\n" + USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        switch (command) {
            case "generate" -> {
                if (positional.size() != 1 || lines < 1000) {
                    err.println("bench: generate needs --lines N (at least 1000) and one output folder\n" + USAGE);
                    return 2;
                }
                CorpusGenerator.Result r = new CorpusGenerator(lines, seed).generate(Path.of(positional.get(0)));
                err.println("bench: " + r.lines() + " lines, " + r.files() + " files, " + r.drivers() + " drivers, "
                        + r.bugs().size() + " seeded bugs in " + r.root());
                return 0;
            }
            case "tree" -> {
                if (positional.size() != 1 || !Files.isDirectory(Path.of(positional.get(0)))) {
                    err.println("bench: tree needs one existing folder\n" + USAGE);
                    return 2;
                }
                new Benchmark(repo(), new Benchmark.Options(work, repeat, peersLines, jobs, seed, sizes), out, err)
                        .runTree(Path.of(positional.get(0)), peers);
                return 0;
            }
            case "default" -> {
                if (!positional.isEmpty()) {
                    err.println("bench: unexpected argument " + positional.get(0) + "\n" + USAGE);
                    return 2;
                }
                new Benchmark(repo(), new Benchmark.Options(work, repeat, peersLines, jobs, seed, sizes), out, err).runDefault();
                return 0;
            }
            default -> {
                err.println("bench: unknown command " + command + "\n" + USAGE);
                return 2;
            }
        }
    }

    private static int positive(String s, String option) {
        int n;
        try {
            n = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + s + "'");
        }
        if (n < 1) throw new IllegalArgumentException(option + " must be at least 1");
        return n;
    }

    /** The repository root: -Dbench.repo (bench/run sets it), else three levels above this jar. */
    private static Path repo() throws Exception {
        String p = System.getProperty("bench.repo");
        if (p != null) return Path.of(p).toAbsolutePath().normalize();
        Path jar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.getParent().getParent().getParent();
    }
}
