package dev.lookasidelint.analyzer.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.DefaultLogService;
import org.eclipse.cdt.core.parser.ExtendedScannerInfo;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.core.runtime.AssertionFailedException;
import org.eclipse.core.runtime.CoreException;

/**
 * Runs the Eclipse CDT parser on one file: C with {@code GCCLanguage}, C++ with {@code GPPLanguage},
 * the built-in prelude read as a macro file (cut to the macros the file can use), project headers from
 * disk. Thread-safe: the languages are stateless and each parse gets its own include provider.
 */
final class CdtParser {
    private static final String PRELUDE_WDK = "/__lookaside_lint__/prelude-wdk.h";
    private static final String PRELUDE_MSVC = "/__lookaside_lint__/prelude-msvc.h";
    private static final String PRELUDE_C = "/__lookaside_lint__/prelude-c.h";
    private static final String PRELUDE_TYPES = "/__lookaside_lint__/prelude-types.h";
    private static final Prelude WDK = Prelude.parse(resource("prelude-wdk.h"));
    private static final Prelude MSVC = Prelude.parse(resource("prelude-msvc.h"));
    private static final char[] C = resource("prelude-c.h");
    private static final char[] TYPES = resource("prelude-types.h");

    /**
     * The Windows x64 data model (LLP64), as the {@code __SIZEOF_*__} macros CDT's layout reads
     * ({@code SizeofCalculator}); without them it has no size for the basic types. {@code long} and
     * {@code wchar_t} differ from the Linux model; {@code long double} is a {@code double}.
     */
    static final Map<String, String> X64_SIZES = Map.of("__SIZEOF_POINTER__", "8", "__SIZEOF_INT__", "4",
            "__SIZEOF_LONG__", "4", "__SIZEOF_LONG_LONG__", "8", "__SIZEOF_SHORT__", "2",
            "__SIZEOF_WCHAR_T__", "2", "__SIZEOF_FLOAT__", "4", "__SIZEOF_DOUBLE__", "8",
            "__SIZEOF_LONG_DOUBLE__", "8", "__SIZEOF_BOOL__", "1");

    private final FrontendOptions options;
    private final HeaderCache headers;
    private final String[] includeDirectories;
    private final UsedNames usedNames;
    private final Set<String> usedByDefines;
    private final String[] forcedIncludes;

    CdtParser(FrontendOptions options, HeaderCache headers) {
        this.options = options;
        this.headers = headers;
        // the project's folders first, then the kit's, as a WDK build searches them
        this.includeDirectories = Stream.concat(options.includeDirectories().stream(),
                        options.wdkIncludeDirectories().stream())
                .map(p -> p.toAbsolutePath().toString()).toArray(String[]::new);
        Set<String> preludeNames = new HashSet<>(WDK.names());
        preludeNames.addAll(MSVC.names());
        this.usedNames = new UsedNames(preludeNames, headers, List.of(includeDirectories));
        this.usedByDefines = new HashSet<>();
        this.forcedIncludes = options.forcedIncludes().stream()
                .map(p -> p.toAbsolutePath().normalize().toString()).toArray(String[]::new);
        options.defines().forEach((k, v) -> {
            usedByDefines.addAll(Prelude.identifiers(k));
            usedByDefines.addAll(Prelude.identifiers(v));
        });
    }

    IASTTranslationUnit parse(String absolutePath, char[] text, boolean cplusplus) throws UnreadableSourceException {
        return parse(absolutePath, text, cplusplus, null);
    }

    /** Parses a header with the macros of the place that includes it ({@code context} may be null). */
    IASTTranslationUnit parse(String absolutePath, char[] text, boolean cplusplus, HeaderContext context)
            throws UnreadableSourceException {
        List<String> macroFiles = new ArrayList<>();
        // the MSVC keywords and __try mapping are needed with real WDK headers too: CDT is not MSVC
        if (options.usePrelude()) macroFiles.add(PRELUDE_WDK);
        macroFiles.add(PRELUDE_MSVC);
        if (!cplusplus) macroFiles.add(PRELUDE_C);
        // the preludes cut to the macros this file and the headers it can include use (see Prelude)
        Set<String> used = usedNames.of(absolutePath, text, context);
        used.addAll(usedByDefines);
        for (String forced : forcedIncludes) used.addAll(usedNames.ofHeader(forced));
        Map<String, char[]> virtualFiles = new HashMap<>();
        virtualFiles.put(PRELUDE_WDK, WDK.select(used));
        virtualFiles.put(PRELUDE_MSVC, MSVC.select(used));
        virtualFiles.put(PRELUDE_C, C);
        virtualFiles.put(PRELUDE_TYPES, TYPES);
        if (context != null) {
            macroFiles.add(context.path());
            virtualFiles.put(context.path(), context.text());
        }
        Map<String, String> defines = new HashMap<>(options.defines());
        defines.putIfAbsent("_WIN32", "1");
        defines.putIfAbsent("_WIN64", "1");
        defines.putIfAbsent("_AMD64_", "1");
        defines.putIfAbsent("_M_AMD64", "100");
        defines.putIfAbsent("_MSC_VER", "1930");
        // with _MSC_VER, as cl.exe defines both: specstrings.h takes a compiler without _MSC_FULL_VER for
        // Visual Studio 2010 and redefines SAL 2 as its no-op, downlevel forms (no_sal2.h)
        defines.putIfAbsent("_MSC_FULL_VER", "193030705");
        defines.putIfAbsent("_KERNEL_MODE", "1");
        // the target version, as the WDK build passes it on the command line: Windows 10 and later
        // (sdkddkver.h would derive NTDDI_VERSION from _WIN32_WINNT the same way)
        defines.putIfAbsent("_WIN32_WINNT", "0x0A00");
        defines.putIfAbsent("WINVER", "0x0A00");
        defines.putIfAbsent("NTDDI_VERSION", "0x0A000010");
        X64_SIZES.forEach(defines::putIfAbsent);
        // /FI files come after the prelude's types, as if #included before the first line
        List<String> includeFiles = new ArrayList<>();
        if (options.usePrelude()) includeFiles.add(PRELUDE_TYPES);
        includeFiles.addAll(List.of(forcedIncludes));
        ExtendedScannerInfo info = new ExtendedScannerInfo(defines, includeDirectories,
                macroFiles.toArray(String[]::new), includeFiles.toArray(String[]::new));
        FileContent content = FileContent.create(absolutePath, text);
        IncludeProvider provider = new IncludeProvider(headers, virtualFiles);
        int parseOptions = ILanguage.OPTION_IS_SOURCE_UNIT | ILanguage.OPTION_NO_IMAGE_LOCATIONS;
        try {
            ILanguage language = BoundedLanguages.of(cplusplus, ExpansionLimit.forFile(text.length));
            return language.getASTTranslationUnit(content, info, provider, null, parseOptions,
                    new DefaultLogService());
        } catch (CoreException e) {
            throw new IllegalStateException("the C parser failed: " + e.getMessage(), e);
        } catch (IllegalArgumentException | AssertionFailedException e) {
            // CDT's parser asserts on some malformed code instead of recovering (found by fuzzing:
            // `k((p)=x;` fails in CASTAmbiguousDeclarator.setInitializer). That is CDT's defect on
            // broken input, not an error of ours: the file is skipped with a warning saying so.
            throw new UnreadableSourceException("the C parser (CDT) gave up on this file's syntax (" + cdtFrame(e) + ")");
        }
    }

    /** The innermost CDT parser frame of an exception, e.g. {@code CASTAmbiguousDeclarator.setInitializer}. */
    private static String cdtFrame(RuntimeException e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.eclipse.cdt.")) {
                return f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName();
            }
        }
        return e.getClass().getSimpleName();
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
