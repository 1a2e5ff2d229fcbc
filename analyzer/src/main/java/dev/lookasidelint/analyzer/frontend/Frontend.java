package dev.lookasidelint.analyzer.frontend;

import dev.lookasidelint.analyzer.ir.TranslationUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;

/**
 * The C and C++ front end: reads a source file, parses it with CDT and translates it into IR and
 * control-flow graphs. Thread-safe; one instance serves a whole scan so headers are read once.
 */
public final class Frontend {
    private final CdtParser parser;

    public Frontend(FrontendOptions options) {
        this.parser = new CdtParser(options, new HeaderCache());
    }

    /** True for the file names the scan analyses, whatever their case ({@code PCIDRV.C}). */
    public static boolean isSource(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".c") || n.endsWith(".h") || isCplusplus(n);
    }

    static boolean isCplusplus(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".cpp") || n.endsWith(".cc") || n.endsWith(".cxx") || n.endsWith(".hpp")
                || n.endsWith(".hxx") || n.endsWith(".hh");
    }

    /**
     * Parses and translates one file. {@code relativePath} names it in findings. A {@code .h} file is
     * parsed as C, and again as C++ when C gives parse problems and C++ gives fewer: headers are shared
     * by both kinds of source.
     */
    public TranslationUnit translate(Path file, String relativePath) throws IOException {
        SourceText text = SourceText.read(file);
        String absolute = file.toAbsolutePath().toString();
        boolean cplusplus = isCplusplus(file.getFileName().toString());
        Locations locations = new Locations(relativePath, text);
        TranslationUnit unit = FileTranslator.translate(parser.parse(absolute, text.chars(), cplusplus), locations,
                text.lineCount());
        if (!cplusplus && !unit.problems().isEmpty() && relativePath.toLowerCase(Locale.ROOT).endsWith(".h")) {
            IASTTranslationUnit asCpp = parser.parse(absolute, text.chars(), true);
            TranslationUnit other = FileTranslator.translate(asCpp, locations, text.lineCount());
            if (other.problems().size() < unit.problems().size()) return other;
        }
        return unit;
    }
}
