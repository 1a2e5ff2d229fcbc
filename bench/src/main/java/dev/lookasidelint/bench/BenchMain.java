package dev.lookasidelint.bench;

import java.nio.file.Path;

/** Entry point of the harness (bench/run). */
public final class BenchMain {
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("generate")) {
            long lines = 0;
            long seed = 1;
            Path out = null;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--lines" -> lines = Long.parseLong(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    default -> out = Path.of(args[i]);
                }
            }
            CorpusGenerator.Result r = new CorpusGenerator(lines, seed).generate(out);
            System.err.println(r.lines() + " lines, " + r.files() + " files, " + r.drivers() + " drivers, " + r.bugs().size() + " seeded bugs");
        }
    }
}
