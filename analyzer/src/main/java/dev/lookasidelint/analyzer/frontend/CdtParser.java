package dev.lookasidelint.analyzer.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.gnu.c.GCCLanguage;
import org.eclipse.cdt.core.dom.ast.gnu.cpp.GPPLanguage;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.DefaultLogService;
import org.eclipse.cdt.core.parser.ExtendedScannerInfo;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.core.runtime.CoreException;

/**
 * Runs the Eclipse CDT parser on one file: C with {@code GCCLanguage}, C++ with {@code GPPLanguage},
 * the built-in prelude read as a macro file, project headers from disk. Thread-safe: the languages are
 * stateless and each parse gets its own include provider.
 */
final class CdtParser {
    private static final String PRELUDE_WDK = "/__lookaside_lint__/prelude-wdk.h";
    private static final String PRELUDE_MSVC = "/__lookaside_lint__/prelude-msvc.h";
    private static final String PRELUDE_C = "/__lookaside_lint__/prelude-c.h";
    private static final Map<String, char[]> VIRTUAL_FILES = Map.of(
            PRELUDE_WDK, resource("prelude-wdk.h"),
            PRELUDE_MSVC, resource("prelude-msvc.h"),
            PRELUDE_C, resource("prelude-c.h"));

    private final FrontendOptions options;
    private final HeaderCache headers;
    private final String[] includeDirectories;

    CdtParser(FrontendOptions options, HeaderCache headers) {
        this.options = options;
        this.headers = headers;
        this.includeDirectories = options.includeDirectories().stream()
                .map(p -> p.toAbsolutePath().toString()).toArray(String[]::new);
    }

    IASTTranslationUnit parse(String absolutePath, char[] text, boolean cplusplus) {
        List<String> macroFiles = new ArrayList<>();
        // the MSVC keywords and __try mapping are needed with real WDK headers too: CDT is not MSVC
        if (options.usePrelude()) macroFiles.add(PRELUDE_WDK);
        macroFiles.add(PRELUDE_MSVC);
        if (!cplusplus) macroFiles.add(PRELUDE_C);
        Map<String, String> defines = new HashMap<>(options.defines());
        defines.putIfAbsent("_WIN32", "1");
        defines.putIfAbsent("_WIN64", "1");
        defines.putIfAbsent("_AMD64_", "1");
        defines.putIfAbsent("_M_AMD64", "100");
        defines.putIfAbsent("_MSC_VER", "1930");
        defines.putIfAbsent("_KERNEL_MODE", "1");
        ExtendedScannerInfo info = new ExtendedScannerInfo(defines, includeDirectories,
                macroFiles.toArray(String[]::new), new String[0]);
        FileContent content = FileContent.create(absolutePath, text);
        IncludeProvider provider = new IncludeProvider(headers, VIRTUAL_FILES);
        int parseOptions = ILanguage.OPTION_IS_SOURCE_UNIT | ILanguage.OPTION_NO_IMAGE_LOCATIONS;
        try {
            ILanguage language = cplusplus ? GPPLanguage.getDefault() : GCCLanguage.getDefault();
            return language.getASTTranslationUnit(content, info, provider, null, parseOptions,
                    new DefaultLogService());
        } catch (CoreException e) {
            throw new IllegalStateException("the C parser failed: " + e.getMessage(), e);
        }
    }

    private static char[] resource(String name) {
        try (InputStream in = CdtParser.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
