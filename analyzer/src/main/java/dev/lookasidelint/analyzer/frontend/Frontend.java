package dev.lookasidelint.analyzer.frontend;

import dev.lookasidelint.analyzer.ir.ParseProblem;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.ir.TranslationUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;

/**
 * The C and C++ front end: reads a source file, parses it with CDT and translates it into IR and
 * control-flow graphs. Thread-safe; one instance serves a whole scan so headers are read once.
 */
public final class Frontend {
    private final HeaderCache headers;
    private final CdtParser parser;
    private final WdkMacros wdkMacros;

    public Frontend(FrontendOptions options) {
        this.headers = new HeaderCache(options.usePrelude() ? null
                : new WdkCallMacros(options.wdkIncludeDirectories(), options.callNames()));
        this.parser = new CdtParser(options, headers);
        this.wdkMacros = options.usePrelude() ? null : new WdkMacros(options.wdkIncludeDirectories());
    }

    /** True for the file names the scan analyses, whatever their case ({@code PCIDRV.C}). */
    public static boolean isSource(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".c") || n.endsWith(".h") || isCplusplus(n);
    }

    static boolean isHeader(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".h") || n.endsWith(".hpp") || n.endsWith(".hxx") || n.endsWith(".hh");
    }

    static boolean isCplusplus(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".cpp") || n.endsWith(".cc") || n.endsWith(".cxx") || n.endsWith(".hpp")
                || n.endsWith(".hxx") || n.endsWith(".hh");
    }

    /**
     * Parses and translates one file. {@code relativePath} names it in findings. A {@code .h} file is
     * parsed as C, and again as C++ when C gives parse problems: headers are shared by both kinds of
     * source. The C++ reading wins when it leaves less code unanalysed (fewer lines inside problems, then
     * fewer problems): C reads a whole {@code class} as one problem where C++ finds a few small ones.
     * A header that still has problems is read once more with the macros of a file next to it that
     * includes it ({@link HeaderContext}), and that reading is kept when it leaves less unanalysed.
     */
    public TranslationUnit translate(Path file, String relativePath) throws IOException {
        SourceText text = SourceText.read(file);
        MsvcSource source = MsvcSource.of(text.chars());
        String absolute = file.toAbsolutePath().toString();
        String name = file.getFileName().toString();
        boolean cplusplus = isCplusplus(name);
        Locations locations = new Locations(relativePath, text, source);
        TranslationUnit unit = FileTranslator.translate(parser.parse(absolute, source.chars(), cplusplus), locations,
                text.lineCount(), wdkMacros);
        if (unit.problems().isEmpty() || !isHeader(name)) return unit;
        if (!cplusplus) {
            IASTTranslationUnit asCpp = parser.parse(absolute, source.chars(), true);
            TranslationUnit other = FileTranslator.translate(asCpp, locations, text.lineCount(), wdkMacros);
            if (lessUnanalysed(other, unit)) {
                unit = other;
                cplusplus = true;
            }
        }
        if (unit.problems().isEmpty()) return unit;
        Optional<HeaderContext> context = HeaderContext.of(file, headers);
        if (context.isPresent()) {
            String includer = context.get().includer();
            boolean asCpp = isHeader(includer) ? cplusplus : isCplusplus(includer);
            IASTTranslationUnit inContext = parser.parse(absolute, source.chars(), asCpp, context.get());
            TranslationUnit other = FileTranslator.translate(inContext, locations, text.lineCount(), wdkMacros);
            if (lessUnanalysed(other, unit)) unit = other;
        }
        return unit;
    }

    /**
     * Only reads and parses one file with CDT, the way {@link #translate} first parses it, and throws the
     * tree away: the parser's share of a scan, which benchmarks take as the floor of a scan's time.
     * Returns the file's line count.
     */
    public int parseOnly(Path file) throws IOException {
        SourceText text = SourceText.read(file);
        MsvcSource source = MsvcSource.of(text.chars());
        parser.parse(file.toAbsolutePath().toString(), source.chars(), isCplusplus(file.getFileName().toString()));
        return text.lineCount();
    }

    /** True when {@code a} leaves fewer lines inside parse problems than {@code b}, or as many in fewer problems. */
    static boolean lessUnanalysed(TranslationUnit a, TranslationUnit b) {
        int c = Integer.compare(linesInProblems(a), linesInProblems(b));
        return c != 0 ? c < 0 : a.problems().size() < b.problems().size();
    }

    private static int linesInProblems(TranslationUnit unit) {
        BitSet lines = new BitSet();
        for (ParseProblem p : unit.problems()) {
            SourceLocation l = p.location();
            lines.set(l.line(), Math.max(l.line(), l.endLine()) + 1);
        }
        return lines.cardinality();
    }
}
