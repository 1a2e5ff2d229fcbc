package dev.lookasidelint.sarif;

import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.sarif.Excerpts.Excerpt;
import dev.lookasidelint.sarif.Excerpts.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One finding of the HTML report: its title, where it is, and each code flow drawn on the source,
 * every step a numbered marker on its line with its message under it. Works without JavaScript
 * (everything is in the page, step links are anchors); the page's script only adds stepping.
 *
 * <p>Element ids: {@code f3} the finding, {@code f3-p1} its first flow, {@code f3-p1-s2} that
 * flow's second step, {@code f3-p1-e1-L12} line 12 in the flow's first excerpt.
 */
final class HtmlFinding {

    /** Longer source lines are cut: one minified line must not make the report huge. */
    static final int MAX_LINE_CHARS = 400;

    private final ReportSources sources;
    private final Set<String> rulesWithHelp;

    HtmlFinding(ReportSources sources, Set<String> rulesWithHelp) {
        this.sources = sources;
        this.rulesWithHelp = rulesWithHelp;
    }

    /** Writes finding number {@code n}; {@code suppressedBecause} is null unless it was suppressed in the source. */
    void write(StringBuilder out, int n, Finding f, String suppressedBecause) {
        String id = "f" + n;
        SourceLocation at = f.location();
        out.append("<article class=\"finding sev-").append(f.severity().label())
                .append(suppressedBecause != null ? " suppressed" : "")
                .append("\" id=\"").append(id).append("\" data-rule=\"").append(Html.text(f.ruleId()))
                .append("\" data-line=\"").append(at.line()).append("\">\n<header>\n<h3>")
                .append("<span class=\"sev\">").append(f.severity().label()).append("</span> ");
        if (rulesWithHelp.contains(f.ruleId())) {
            out.append("<a class=\"rule\" href=\"#rule-").append(Html.text(f.ruleId())).append("\" title=\"the rule's help\">")
                    .append(Html.text(f.ruleId())).append("</a>");
        } else {
            out.append("<span class=\"rule\">").append(Html.text(f.ruleId())).append("</span>");
        }
        String title = firstSentence(f.message());
        out.append(" <span class=\"title\">").append(Html.text(title)).append("</span></h3>\n");
        List<View> views = views(id, f);
        out.append("<p class=\"where\"><a class=\"loc\" href=\"#").append(views.get(0).rowOf(place(at))).append("\">")
                .append(Html.text(at.path())).append(':').append(at.line()).append(':').append(at.column()).append("</a>");
        if (f.function() != null && !f.function().isEmpty()) {
            out.append(" in <code class=\"fn\">").append(Html.text(f.function())).append("</code>");
        }
        out.append("</p>\n");
        if (suppressedBecause != null) {
            out.append("<p class=\"suppressed-note\">Suppressed in the source")
                    .append(suppressedBecause.isEmpty() ? " (no reason given)" : ": " + Html.text(suppressedBecause))
                    .append("</p>\n");
        }
        if (!title.equals(f.message())) {
            out.append("<p class=\"message\">").append(Html.text(f.message())).append("</p>\n");
        }
        out.append("</header>\n");

        for (View v : views) view(out, v, f);
        related(out, f);
        out.append("</article>\n");
    }

    /** One flow and the excerpts that show it (for a finding without a flow: its location, no steps). */
    private record View(String id, List<TraceStep> steps, int number, int of, List<Excerpt> excerpts) {
        /** The id of the row (or the note) that shows {@code p}. */
        String rowOf(Place p) {
            Excerpt x = Excerpts.showing(p, excerpts);
            String excerptId = id + "-e" + (excerpts.indexOf(x) + 1);
            return x.hasSource() ? excerptId + "-L" + p.line() : excerptId;
        }
    }

    private List<View> views(String id, Finding f) {
        List<List<TraceStep>> flows = f.codeFlows().stream().filter(p -> !p.isEmpty()).toList();
        if (flows.isEmpty()) return List.of(view(id + "-p1", f, List.of(), 1, 1));
        List<View> views = new ArrayList<>();
        for (int k = 0; k < flows.size(); k++) {
            views.add(view(id + "-p" + (k + 1), f, flows.get(k), k + 1, flows.size()));
        }
        return views;
    }

    /** Places to show: the steps in order, then the finding's own line, then (first view only) related locations. */
    private View view(String viewId, Finding f, List<TraceStep> steps, int number, int of) {
        List<Place> places = new ArrayList<>();
        for (TraceStep s : steps) places.add(place(s.location()));
        places.add(place(f.location()));
        if (number == 1) {
            for (RelatedLocation r : f.related()) places.add(place(r.location()));
        }
        return new View(viewId, steps, number, of, Excerpts.plan(places, path -> sources.of(path).lineCount()));
    }

    private void view(StringBuilder out, View v, Finding f) {
        List<TraceStep> steps = v.steps();
        String viewId = v.id();
        out.append("<section class=\"flow\" id=\"").append(viewId).append("\" data-steps=\"").append(steps.size()).append("\">\n");
        if (!steps.isEmpty()) {
            out.append("<h4>Code flow").append(v.of() > 1 ? " " + v.number() + " of " + v.of() : "").append(": ")
                    .append(steps.size()).append(steps.size() == 1 ? " step" : " steps").append("</h4>\n");
            out.append("<div class=\"flow-controls\" hidden><button type=\"button\" class=\"prev\" title=\"previous step (p)\">&#9664; Previous</button>")
                    .append(" <span class=\"pos\">Step 1 of ").append(steps.size()).append("</span> ")
                    .append("<button type=\"button\" class=\"next\" title=\"next step (n)\">Next &#9654;</button></div>\n");
            out.append("<ol class=\"steps\">\n");
            for (int j = 0; j < steps.size(); j++) {
                TraceStep s = steps.get(j);
                out.append("<li data-step=\"").append(j + 1).append("\"><a href=\"#").append(viewId).append("-s").append(j + 1)
                        .append("\">").append(Html.text(s.location().path())).append(':').append(s.location().line())
                        .append("</a> ").append(Html.text(s.message())).append("</li>\n");
            }
            out.append("</ol>\n");
        }
        Place primary = place(f.location());
        // The steps on each line, in step order: excerpts look them up line by line.
        Map<Place, List<Integer>> stepsAt = new HashMap<>();
        for (int j = 0; j < steps.size(); j++) {
            stepsAt.computeIfAbsent(place(steps.get(j).location()), p -> new ArrayList<>()).add(j);
        }
        List<Excerpt> excerpts = v.excerpts();
        for (int e = 0; e < excerpts.size(); e++) {
            Excerpt x = excerpts.get(e);
            String excerptId = viewId + "-e" + (e + 1);
            if (x.hasSource()) {
                sourceExcerpt(out, excerptId, x, f, steps, stepsAt, viewId, v.number() == 1);
            } else {
                missingSource(out, excerptId, x, excerpts, steps, viewId, primary);
            }
        }
        out.append("</section>\n");
    }

    private void sourceExcerpt(StringBuilder out, String excerptId, Excerpt x, Finding f, List<TraceStep> steps,
                               Map<Place, List<Integer>> stepsAt, String viewId, boolean withRelated) {
        ReportSources.Source source = sources.of(x.path());
        out.append("<div class=\"excerpt\" id=\"").append(excerptId).append("\">\n<div class=\"excerpt-path\">")
                .append(Html.text(x.path())).append("</div>\n<table class=\"src\">\n");
        for (int line = x.from(); line <= x.to(); line++) {
            String text = source.text().line(line);
            String rowId = excerptId + "-L" + line;
            boolean primary = f.location().path().equals(x.path()) && f.location().line() == line;
            List<Integer> here = stepsAt.getOrDefault(new Place(x.path(), line), List.of());
            out.append("<tr class=\"line").append(primary ? " primary" : "").append("\" id=\"").append(rowId)
                    .append("\"><td class=\"ln\">").append(line).append("</td><td class=\"marks\">");
            for (int j : here) {
                out.append("<a class=\"mark\" data-step=\"").append(j + 1).append("\" href=\"#").append(viewId)
                        .append("-s").append(j + 1).append("\">").append(j + 1).append("</a>");
            }
            if (withRelated) {
                for (RelatedLocation r : f.related()) {
                    if (at(r.location(), x.path(), line)) {
                        out.append("<span class=\"mark related\" title=\"").append(Html.text(r.message())).append("\">R")
                                .append(r.id()).append("</span>");
                    }
                }
            }
            out.append("</td><td class=\"code\">").append(Html.text(cut(text))).append("</td></tr>\n");
            for (int j : here) {
                TraceStep s = steps.get(j);
                out.append("<tr class=\"note-row\"><td></td><td></td><td><div class=\"step-note\" id=\"").append(viewId)
                        .append("-s").append(j + 1).append("\" data-step=\"").append(j + 1).append("\" data-row=\"")
                        .append(rowId).append("\" style=\"margin-left:").append(indent(text, s.location().column()))
                        .append("ch\"><span class=\"badge\">").append(j + 1).append("</span> ")
                        .append(Html.text(s.message())).append("</div></td></tr>\n");
            }
        }
        out.append("</table>\n</div>\n");
    }

    /** The places of a file that cannot be shown: the reason, then each step that lies there. */
    private void missingSource(StringBuilder out, String excerptId, Excerpt x, List<Excerpt> all, List<TraceStep> steps,
                               String viewId, Place primary) {
        ReportSources.Source source = sources.of(x.path());
        String why = source.problem() != null ? source.problem()
                : "the lines are past the end of the file as it is now (" + source.lineCount() + " lines)";
        out.append("<div class=\"excerpt missing\" id=\"").append(excerptId).append("\">\n<div class=\"excerpt-path\">")
                .append(Html.text(x.path())).append("</div>\n<p class=\"no-source\">Source not shown: ")
                .append(Html.text(why)).append(".</p>\n");
        if (Excerpts.showing(primary, all) == x) {
            out.append("<p class=\"line primary\">line ").append(primary.line()).append(": the finding</p>\n");
        }
        for (int j = 0; j < steps.size(); j++) {
            TraceStep s = steps.get(j);
            // Not on a line of the file as it is now: the steps no source excerpt shows.
            boolean placeless = s.location().line() < 1 || s.location().line() > source.lineCount();
            if (!s.location().path().equals(x.path()) || !placeless) continue;
            out.append("<div class=\"step-note\" id=\"").append(viewId).append("-s").append(j + 1).append("\" data-step=\"")
                    .append(j + 1).append("\"><span class=\"badge\">").append(j + 1).append("</span> line ")
                    .append(s.location().line()).append(": ").append(Html.text(s.message())).append("</div>\n");
        }
        out.append("</div>\n");
    }

    private static void related(StringBuilder out, Finding f) {
        if (f.related().isEmpty()) return;
        out.append("<div class=\"related\"><h4>Related locations</h4>\n<ul>\n");
        for (RelatedLocation r : f.related()) {
            SourceLocation at = r.location();
            out.append("<li><span class=\"mark related\">R").append(r.id()).append("</span> ")
                    .append(Html.text(at.path())).append(':').append(at.line()).append(' ')
                    .append(Html.text(r.message())).append("</li>\n");
        }
        out.append("</ul></div>\n");
    }

    private static boolean at(SourceLocation l, String path, int line) {
        return l.line() == line && l.path().equals(path);
    }

    private static Place place(SourceLocation l) {
        return new Place(l.path(), l.line());
    }

    private static String cut(String line) {
        return line.length() <= MAX_LINE_CHARS ? line : line.substring(0, MAX_LINE_CHARS) + " \u2026";
    }

    /** The screen column (tabs every 4, as the page sets {@code tab-size}) of a 1-based UTF-16 column. */
    static int indent(String line, int column) {
        int width = 0;
        int end = Math.min(Math.max(0, column - 1), line.length());
        for (int i = 0; i < end; i++) {
            width = line.charAt(i) == '\t' ? (width / 4 + 1) * 4 : width + 1;
        }
        return Math.min(width, 80);
    }

    /**
     * The message up to the end of its first sentence (". " or the end), as GitHub titles an alert.
     */
    static String firstSentence(String message) {
        int i = message.indexOf(". ");
        return i < 0 ? message : message.substring(0, i + 1);
    }
}
