package dev.lookasidelint.analyzer.frontend;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How sources are preprocessed. {@code includeDirectories} are searched for {@code #include}s after
 * the including file's own folder, then {@code wdkIncludeDirectories}, the header folders of an
 * installed WDK. {@code defines} map a macro name (or {@code NAME(args)}) to its value, where
 * {@code "1"} is what a bare {@code /DNAME} means. {@code forcedIncludes} are read before every
 * source, as MSVC's {@code /FI}. Without WDK folders the built-in stand-in for the WDK's SAL and
 * declaration macros is read (the prelude); with them it is left out, since the real headers define
 * those macros. The MSVC keyword prelude is always read. {@code callNames} are the names the analysis reads
 * as calls: where the WDK headers define one of them as a macro, it is kept unexpanded, as the prelude
 * leaves it.
 */
public record FrontendOptions(List<Path> includeDirectories, Map<String, String> defines, List<Path> forcedIncludes,
                              List<Path> wdkIncludeDirectories, Set<String> callNames) {

    public FrontendOptions {
        includeDirectories = List.copyOf(includeDirectories);
        defines = Map.copyOf(defines);
        forcedIncludes = List.copyOf(forcedIncludes);
        wdkIncludeDirectories = List.copyOf(wdkIncludeDirectories);
        callNames = Set.copyOf(callNames);
    }

    /** Options that read the built-in prelude instead of WDK headers. */
    public FrontendOptions(List<Path> includeDirectories, Map<String, String> defines) {
        this(includeDirectories, defines, List.of(), List.of(), Set.of());
    }

    public static FrontendOptions defaults() {
        return new FrontendOptions(List.of(), Map.of());
    }

    /** True when the built-in stand-in for the WDK headers is read: no installed WDK was given. */
    public boolean usePrelude() {
        return wdkIncludeDirectories.isEmpty();
    }
}
