package dev.lookasidelint.testdata;

import dev.lookasidelint.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code scan --quiet ...} through the real command line, in this JVM, with what it printed. */
record CliScan(int exit, String out, String err) {
    private static final Pattern FINDING = Pattern.compile("(?m)^(\\S+?):(\\d+):\\d+: .*\\[(LAL\\d{3})]$");

    static CliScan run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("scan", "--quiet"));
        all.addAll(List.of(args));
        int exit = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliScan(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The text report's findings as {@code file:line:RULE}, the file by its name alone. */
    List<String> findings() {
        List<String> found = new ArrayList<>();
        Matcher m = FINDING.matcher(out);
        while (m.find()) found.add(Path.of(m.group(1)).getFileName() + ":" + m.group(2) + ":" + m.group(3));
        return found;
    }
}
