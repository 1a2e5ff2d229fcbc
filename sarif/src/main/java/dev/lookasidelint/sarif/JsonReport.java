package dev.lookasidelint.sarif;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.analyzer.report.ScanStatistics;
import dev.lookasidelint.analyzer.report.ToolNotification;
import dev.lookasidelint.analyzer.report.TraceStep;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a scan in lookaside-lint's own JSON format: flatter than SARIF, for scripts.
 *
 * <pre>{@code
 * {
 *   "tool": "lookaside-lint",
 *   "version": "0.1.0",
 *   "root": "/src/driver",            // scan root as given, with '/' separators
 *   "executionSuccessful": true,      // false when some file could not be analysed at all
 *   "findings": [
 *     {
 *       "ruleId": "LAL001",
 *       "severity": "error",          // error | warning | note
 *       "message": "...",
 *       "path": "src/init.c",         // relative to root, '/' separators
 *       "line": 12, "column": 5,      // 1-based; columns in UTF-16 code units
 *       "endLine": 12, "endColumn": 40,  // endColumn is exclusive
 *       "function": "DriverEntry",    // null at file scope
 *       "related": [ { "id": 1, "path": "...", "line": 30, "column": 1, "message": "..." } ],
 *       "codeFlows": [ [ { "path": "...", "line": 12, "column": 5, "message": "..." } ] ]
 *     }
 *   ],
 *   "notifications": [ { "level": "warning", "path": "src/x.c", "line": 3, "message": "..." } ],
 *   "statistics": { "files": 1, "lines": 120, "functions": 4, "filesWithParseProblems": 0,
 *                   "parseMillis": 35, "analysisMillis": 12 }
 * }
 * }</pre>
 *
 * Findings keep the scan's order. In notifications, {@code path} is null and {@code line} is 0
 * when unknown. {@code statistics} is null when the scan has none. Keys always appear, in this
 * order; new keys may be added, existing ones keep their meaning.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = JsonOutput.newMapper();
    private static final ObjectWriter WRITER = JsonOutput.prettyWriter(MAPPER);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String toolVersion;

    public JsonReport(String toolVersion) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** Writes the report (pretty-printed, trailing newline); {@code out} is flushed, not closed. */
    public void write(ScanResult scan, Writer out) throws IOException {
        JsonOutput.writeDocument(WRITER, document(scan), out);
    }

    /** The report as a string, exactly as {@link #write} would write it. */
    public String render(ScanResult scan) {
        return JsonOutput.render(WRITER, document(scan));
    }

    private ObjectNode document(ScanResult scan) {
        ObjectNode doc = NODES.objectNode();
        doc.put("tool", SarifReport.TOOL_NAME);
        doc.put("version", toolVersion);
        doc.put("root", scan.root() == null ? null : scan.root().toString().replace('\\', '/'));
        doc.put("executionSuccessful", scan.executionSuccessful());
        ArrayNode findings = doc.putArray("findings");
        for (Finding f : scan.findings()) {
            findings.add(finding(f));
        }
        ArrayNode notifications = doc.putArray("notifications");
        for (ToolNotification n : scan.notifications()) {
            notifications.add(notification(n));
        }
        doc.set("statistics", statistics(scan.statistics()));
        return doc;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", f.ruleId());
        node.put("severity", f.severity().label());
        node.put("message", f.message());
        SourceLocation at = f.location();
        node.put("path", at.path());
        node.put("line", at.line());
        node.put("column", at.column());
        node.put("endLine", at.endLine());
        node.put("endColumn", at.endColumn());
        node.put("function", f.function());
        ArrayNode related = node.putArray("related");
        for (RelatedLocation r : f.related()) {
            ObjectNode rel = related.addObject();
            rel.put("id", r.id());
            point(rel, r.location(), r.message());
        }
        ArrayNode flows = node.putArray("codeFlows");
        for (List<TraceStep> path : f.codeFlows()) {
            ArrayNode steps = flows.addArray();
            for (TraceStep step : path) {
                point(steps.addObject(), step.location(), step.message());
            }
        }
        return node;
    }

    private static void point(ObjectNode node, SourceLocation at, String message) {
        node.put("path", at.path());
        node.put("line", at.line());
        node.put("column", at.column());
        node.put("message", message);
    }

    private static ObjectNode notification(ToolNotification n) {
        ObjectNode node = NODES.objectNode();
        node.put("level", n.level().name().toLowerCase(Locale.ROOT));
        node.put("path", n.path());
        node.put("line", n.line());
        node.put("message", n.message());
        return node;
    }

    private static ObjectNode statistics(ScanStatistics s) {
        if (s == null) {
            return null;
        }
        ObjectNode node = NODES.objectNode();
        node.put("files", s.files());
        node.put("lines", s.lines());
        node.put("functions", s.functions());
        node.put("filesWithParseProblems", s.filesWithParseProblems());
        node.put("parseMillis", s.parseMillis());
        node.put("analysisMillis", s.analysisMillis());
        return node;
    }
}
