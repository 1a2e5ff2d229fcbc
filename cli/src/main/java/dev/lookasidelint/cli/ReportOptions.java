package dev.lookasidelint.cli;

import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.rules.RuleCatalog;
import dev.lookasidelint.sarif.HtmlReport;
import dev.lookasidelint.sarif.JsonReport;
import dev.lookasidelint.sarif.SarifReport;
import dev.lookasidelint.sarif.TextReport;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of {@code scan} that say what the report looks like and where it goes. */
final class ReportOptions {
    enum Format { text, json, sarif, html }

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif or html (one self-contained page: findings per file, the source around each, code flows step by step; default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--sarif-category", paramLabel = "NAME",
            description = "SARIF only: the run's automationDetails.id (NAME/), which GitHub code scanning uses to keep the alerts of separate scans of one repository apart.")
    String sarifCategory;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path output;

    @Option(names = "--include-suppressed",
            description = "SARIF and HTML only: also write the findings suppressed in the source, marked as suppressed with their reason.")
    boolean includeSuppressed;

    @Option(names = "--stats", paramLabel = "FILE",
            description = "Also write the run's figures as JSON: files, lines, functions, findings per rule, parse and analysis time.")
    Path stats;

    /** True when the report is a text listing on a terminal, where notifications are already in it. */
    boolean isTextOnStandardOutput() {
        return format == Format.text && output == null;
    }

    String render(ScanResult result) {
        return switch (format) {
            case sarif -> new SarifReport(RuleCatalog.infos(), Version.get()).withCategory(sarifCategory)
                    .withSuppressed(includeSuppressed).render(result);
            case json -> new JsonReport(Version.get()).render(result);
            case html -> new HtmlReport(RuleCatalog.infos(), Version.get()).withSuppressed(includeSuppressed).render(result);
            case text -> new TextReport(output == null && Terminal.wantsColour()).render(result);
        };
    }
}
