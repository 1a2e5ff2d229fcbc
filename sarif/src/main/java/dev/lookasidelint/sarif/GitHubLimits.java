package dev.lookasidelint.sarif;

import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * GitHub code scanning's upload limits, applied before the log is written so that an upload is
 * never refused or silently truncated by GitHub: at most {@link #maxResults} results per run, at
 * most {@link #maxRelatedLocations} related locations per result and {@link #maxFlowSteps}
 * thread-flow locations per result (over all its code flows), and at most {@link #maxUploadBytes} for the
 * whole log once gzip-compressed, as upload-sarif sends it. Whatever is cut is counted, and the report says
 * so in a tool notification (see {@link Cuts#notes()}).
 */
final class GitHubLimits {

    private static final long GITHUB_UPLOAD_BYTES = 10 * 1024 * 1024;
    static final GitHubLimits GITHUB = new GitHubLimits(25_000, 1_000, 10_000, GITHUB_UPLOAD_BYTES);

    final int maxResults;
    final int maxRelatedLocations;
    final int maxFlowSteps;
    final long maxUploadBytes;
    /** False once code flows were dropped to fit the upload size. */
    final boolean codeFlows;

    GitHubLimits(int maxResults, int maxRelatedLocations, int maxFlowSteps, long maxUploadBytes) {
        this(maxResults, maxRelatedLocations, maxFlowSteps, maxUploadBytes, true);
    }

    GitHubLimits(int maxResults, int maxRelatedLocations, int maxFlowSteps) {
        this(maxResults, maxRelatedLocations, maxFlowSteps, GITHUB_UPLOAD_BYTES);
    }

    private GitHubLimits(int maxResults, int maxRelatedLocations, int maxFlowSteps, long maxUploadBytes,
                         boolean codeFlows) {
        this.maxResults = maxResults;
        this.maxRelatedLocations = maxRelatedLocations;
        this.maxFlowSteps = maxFlowSteps;
        this.maxUploadBytes = maxUploadBytes;
        this.codeFlows = codeFlows;
    }

    /**
     * Tighter limits for a log of {@code results} findings that was over the upload size: first without code
     * flows (most of a log's bytes), then with half the results each time. Null when nothing is left to cut.
     */
    GitHubLimits smaller(int results) {
        if (codeFlows) return new GitHubLimits(maxResults, maxRelatedLocations, maxFlowSteps, maxUploadBytes, false);
        int fewer = Math.min(maxResults, results) / 2;
        if (fewer == Math.min(maxResults, results)) return null;
        return new GitHubLimits(fewer, maxRelatedLocations, maxFlowSteps, maxUploadBytes, false);
    }

    /** True when {@code log} gzip-compressed is within the upload size (compressed only when it could be over). */
    boolean fitsUpload(String log) {
        byte[] bytes = log.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxUploadBytes) return true;
        CountingStream counter = new CountingStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(counter)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: nothing is written anywhere
        }
        return counter.count <= maxUploadBytes;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** What one report cut; each count is 0 when nothing of that kind was cut. */
    static final class Cuts {
        int results;
        int resultsWithRelatedCut;
        int flowsCut;
        private final GitHubLimits limits;

        Cuts(GitHubLimits limits) {
            this.limits = limits;
        }

        /** Plain sentences for tool notifications, one per kind of cut. */
        List<String> notes() {
            List<String> notes = new ArrayList<>();
            String upload = "GitHub's upload limit of " + limits.maxUploadBytes / (1024 * 1024) + " MB gzip-compressed";
            if (results > 0) {
                notes.add(results + " results left out of the SARIF log: " + (limits.codeFlows
                        ? "GitHub accepts at most " + limits.maxResults + " per run"
                        : "with them it was over " + upload) + " (the most severe were kept).");
            }
            if (resultsWithRelatedCut > 0) {
                notes.add(resultsWithRelatedCut + " results had related locations left out: GitHub accepts at most "
                        + limits.maxRelatedLocations + " per result.");
            }
            if (!limits.codeFlows) notes.add("Code flows left out of the SARIF log: with them it was over " + upload + ".");
            if (flowsCut > 0) {
                notes.add(flowsCut + " code flows were shortened or left out: GitHub accepts at most "
                        + limits.maxFlowSteps + " thread-flow locations per result (of a shortened flow, the first steps and the last were kept).");
            }
            return notes;
        }
    }

    /**
     * The findings to write: all of them when within the limit, else the most severe ones (a
     * stable choice: severity first, then the scan's own order), returned in the scan's order.
     */
    List<Finding> results(List<Finding> findings, Cuts cuts) {
        if (findings.size() <= maxResults) {
            return findings;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            order.add(i);
        }
        // Severity is declared most severe first (ERROR, WARNING, NOTE).
        order.sort(Comparator.comparing((Integer i) -> findings.get(i).severity()).thenComparing(i -> i));
        List<Integer> kept = new ArrayList<>(order.subList(0, maxResults));
        kept.sort(null);
        List<Finding> out = new ArrayList<>(maxResults);
        for (int i : kept) {
            out.add(findings.get(i));
        }
        cuts.results += findings.size() - maxResults;
        return out;
    }

    List<RelatedLocation> related(List<RelatedLocation> related, Cuts cuts) {
        if (related.size() <= maxRelatedLocations) {
            return related;
        }
        cuts.resultsWithRelatedCut++;
        return related.subList(0, maxRelatedLocations);
    }

    /**
     * The steps of one flow that fit in {@code budget}, what is left of the result's allowance of
     * thread-flow locations (GitHub counts them per result, over all its flows): all of them when
     * they fit, else the first steps and the last one (the last step is where the problem
     * happens, the first where the object's story begins), or none when nothing is left.
     */
    List<TraceStep> flow(List<TraceStep> steps, int budget, Cuts cuts) {
        if (steps.size() <= budget) {
            return steps;
        }
        cuts.flowsCut++;
        if (budget < 1) {
            return List.of();
        }
        List<TraceStep> out = new ArrayList<>(steps.subList(0, budget - 1));
        out.add(steps.get(steps.size() - 1));
        return out;
    }
}
