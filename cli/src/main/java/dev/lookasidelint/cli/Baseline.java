package dev.lookasidelint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lookasidelint.analyzer.project.IoErrors;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.sarif.SourceLineHashes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code --write-baseline FILE} records today's findings; {@code --baseline FILE} then reports only new
 * ones. A finding is known by its rule, its function and GitHub's hash of the code at its line (the
 * fingerprint code scanning uses), not by its line number: code that moves up or down keeps its
 * findings in the baseline. Path and line are written too, for people reading the file.
 */
final class Baseline {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;

    private final Set<String> keys;

    private Baseline(Set<String> keys) {
        this.keys = keys;
    }

    /** Reads a baseline file; a missing or malformed one is a {@link BaselineException} naming the problem. */
    static Baseline read(Path file) throws BaselineException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BaselineException(file + ": not a baseline file (" + IoErrors.describe(e) + ")");
        }
        if (root == null || root.path("version").asInt() != VERSION || !root.path("findings").isArray()) {
            throw new BaselineException(file + ": not a baseline file of this version (write it again with --write-baseline)");
        }
        Set<String> keys = new HashSet<>();
        for (JsonNode f : root.path("findings")) {
            keys.add(key(f.path("rule").asText(), f.path("function").asText(), f.path("fingerprint").asText()));
        }
        return new Baseline(keys);
    }

    /** The baseline of {@code result}'s findings, as JSON. */
    static String of(ScanResult result) {
        SourceLineHashes hashes = new SourceLineHashes(result.root());
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode o = findings.addObject();
            o.put("rule", f.ruleId());
            o.put("function", f.function());
            o.put("fingerprint", fingerprint(f, hashes));
            o.put("path", f.location().path());
            o.put("line", f.location().line());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code result} without the findings this baseline knows, and how many were left out. */
    ScanResult newFindingsOf(ScanResult result) {
        SourceLineHashes hashes = new SourceLineHashes(result.root());
        List<Finding> fresh = result.findings().stream()
                .filter(f -> !keys.contains(key(f.ruleId(), f.function(), fingerprint(f, hashes)))).toList();
        return new ScanResult(result.root(), fresh, result.suppressed(), result.notifications(), result.statistics());
    }

    /** GitHub's line hash of the finding's line, or its path and line when the file cannot be read again. */
    private static String fingerprint(Finding f, SourceLineHashes hashes) {
        String hash = hashes.at(f.location().path(), f.location().line());
        return hash != null ? hash : f.location().path() + ":" + f.location().line();
    }

    private static String key(String rule, String function, String fingerprint) {
        return rule + "\u0000" + function + "\u0000" + fingerprint;
    }

    /** A baseline file that cannot be used: one line for the user. */
    static final class BaselineException extends Exception {
        BaselineException(String message) {
            super(message);
        }
    }
}
