package dev.lookasidelint.sarif;

import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.analyzer.report.ToolNotification;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Compiler-style text, one line per finding, so editors and CI logs that understand
 * {@code file:line:col: severity: message} make each line clickable:
 *
 * <pre>
 * src/init.c:12:5: error: List is never deleted. [LAL001]
 * src/bad.c:3: warning: 2 parse problems; results may be incomplete
 * lookaside-lint: error: cannot read src/gone.c
 * </pre>
 *
 * Findings come first in the scan's order, then notifications. Lines end with {@code "\n"}.
 * Line breaks inside a message become spaces, so one line is always one finding. No summary
 * line: that belongs to the command, which knows what else it printed.
 */
public final class TextReport {
    private static final String RESET = "\u001b[0m";
    private final boolean colour;

    /** Plain text, for files, pipes and CI logs. */
    public TextReport() {
        this(false);
    }

    /**
     * {@code colour}: the path bold, the severity red (error) or yellow (warning), the rule id dim; for a
     * person at a terminal only (the caller decides: a terminal, and no {@code NO_COLOR}).
     */
    public TextReport(boolean colour) {
        this.colour = colour;
    }

    /** Writes the report; {@code out} is flushed, not closed. */
    public void write(ScanResult scan, Writer out) throws IOException {
        for (Finding f : scan.findings()) {
            out.write(colour ? colouredLine(f) : findingLine(f));
            out.write('\n');
        }
        for (ToolNotification n : scan.notifications()) {
            out.write(notificationLine(n));
            out.write('\n');
        }
        out.flush();
    }

    /** The report as a string, exactly as {@link #write} would write it. */
    public String render(ScanResult scan) {
        StringWriter out = new StringWriter();
        try {
            write(scan, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /** {@code path:line:col: severity: message [RULE]}. */
    public static String findingLine(Finding f) {
        SourceLocation at = f.location();
        return at.path() + ":" + at.line() + ":" + at.column() + ": " + f.severity().label() + ": "
                + oneLine(f.message()) + " [" + f.ruleId() + "]";
    }

    /** {@link #findingLine} with ANSI colours, the same characters otherwise. */
    static String colouredLine(Finding f) {
        SourceLocation at = f.location();
        String severity = switch (f.severity()) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case NOTE -> "\u001b[1;36m";
        };
        return "\u001b[1m" + at.path() + ":" + at.line() + ":" + at.column() + ":" + RESET + " " + severity
                + f.severity().label() + ":" + RESET + " " + oneLine(f.message()) + " \u001b[2m[" + f.ruleId() + "]" + RESET;
    }

    /** {@code path:line: level: message}, {@code path: level: message}, or {@code lookaside-lint: level: message}. */
    public static String notificationLine(ToolNotification n) {
        String where;
        if (n.path() == null) {
            where = SarifReport.TOOL_NAME;
        } else if (n.line() > 0) {
            where = n.path() + ":" + n.line();
        } else {
            where = n.path();
        }
        return where + ": " + n.level().name().toLowerCase(Locale.ROOT) + ": " + oneLine(n.message());
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }
}
