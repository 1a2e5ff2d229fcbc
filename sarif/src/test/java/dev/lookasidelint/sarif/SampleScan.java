package dev.lookasidelint.sarif;

import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.analyzer.report.ScanStatistics;
import dev.lookasidelint.analyzer.report.Severity;
import dev.lookasidelint.analyzer.report.ToolNotification;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import java.nio.file.Path;
import java.util.List;

/** A hand-built catalog and scan that exercise every part of the writers. */
final class SampleScan {

    static final String SPACED_PATH = "src/my dir/größe.c";
    static final String SPACED_URI = "src/my%20dir/gr%C3%B6%C3%9Fe.c";

    private SampleScan() {
    }

    static List<RuleInfo> rules() {
        return List.of(
                rule("LAL001", "list-not-deleted", Severity.ERROR, List.of("correctness", "external/cwe/cwe-401"), "high"),
                rule("LAL004", "block-used-after-free", Severity.ERROR, List.of("security", "external/cwe/cwe-416"), "high"),
                // WARNING is java-sarif's default level: the case where levels used to vanish.
                rule("LAL008", "block-leaked", Severity.WARNING, List.of("correctness"), "medium"),
                rule("LAL099", "a-note-rule", Severity.NOTE, List.of(), null));
    }

    private static RuleInfo rule(String id, String name, Severity severity, List<String> tags, String precision) {
        return new RuleInfo(id, name, severity, "Short " + name + ".", "Full description of " + name + ".",
                "Help for " + name + ".", "# " + name + "\n\nHelp in *Markdown*.", tags, precision);
    }

    static ScanResult scan() {
        SourceLocation init = new SourceLocation("src/init.c", 12, 5, 12, 40);
        SourceLocation unload = new SourceLocation("src/unload.c", 30, 1, 30, 2);
        Finding notDeleted = new Finding("LAL001", Severity.ERROR,
                "Lookaside list 'g_List' is initialized but not deleted on unload.", init, "DriverEntry",
                List.of(new RelatedLocation(1, unload, "DriverUnload returns without deleting the list.")),
                List.of(List.of(
                        new TraceStep(init, "list initialized"),
                        new TraceStep(unload, "unload routine returns; list still initialized"))));

        SourceLocation free = new SourceLocation(SPACED_PATH, 5, 5, 5, 48);
        SourceLocation use = new SourceLocation(SPACED_PATH, 7, 9, 7, 20);
        SourceLocation otherFree = new SourceLocation(SPACED_PATH, 6, 9, 6, 52);
        Finding useAfterFree = new Finding("LAL004", Severity.ERROR,
                "Block 'blk' is used after it was freed to its lookaside list.", use, "FreeThenUse",
                List.of(new RelatedLocation(1, free, "freed here")),
                List.of(
                        List.of(new TraceStep(free, "freed to g_List"), new TraceStep(use, "used")),
                        List.of(new TraceStep(otherFree, "freed to g_List on the error path"), new TraceStep(use, "used"))));

        SourceLocation alloc = new SourceLocation(SPACED_PATH, 20, 15, 20, 58);
        SourceLocation ret = new SourceLocation(SPACED_PATH, 25, 5, 25, 11);
        Finding leaked = new Finding("LAL008", Severity.WARNING,
                "Block allocated from Ext->Lists[0] is leaked.", alloc, null,
                List.of(new RelatedLocation(1, ret, "return [early] \\ path")),
                List.of());

        return new ScanResult(Path.of("/src/drv"),
                List.of(notDeleted, useAfterFree, leaked),
                List.of(new ToolNotification(ToolNotification.Level.WARNING, "src/bad.c", 3, "2 parse problems; results may be incomplete"),
                        new ToolNotification(ToolNotification.Level.NOTE, "src/odd.c", 0, "no functions"),
                        new ToolNotification(ToolNotification.Level.ERROR, null, 0, "cannot read src/gone.c")),
                new ScanStatistics(4, 1234, 17, 1, 250, 80));
    }

    static ScanResult emptyScan() {
        return new ScanResult(Path.of("/src/drv"), List.of(), List.of(), new ScanStatistics(1, 10, 1, 0, 5, 1));
    }
}
