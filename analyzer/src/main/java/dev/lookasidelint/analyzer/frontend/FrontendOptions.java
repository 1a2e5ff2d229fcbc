package dev.lookasidelint.analyzer.frontend;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How sources are preprocessed. {@code includeDirectories} are searched for {@code #include}s after
 * the including file's own folder; {@code defines} map a macro name (or {@code NAME(args)}) to its
 * value, where {@code "1"} is what a bare {@code /DNAME} means. With {@code usePrelude} false the
 * built-in stand-in for the WDK's SAL and declaration macros is left out (real WDK headers define
 * them); the MSVC keyword prelude is always read.
 */
public record FrontendOptions(List<Path> includeDirectories, Map<String, String> defines, boolean usePrelude) {

    public FrontendOptions {
        includeDirectories = List.copyOf(includeDirectories);
        defines = Map.copyOf(defines);
    }

    public static FrontendOptions defaults() {
        return new FrontendOptions(List.of(), Map.of(), true);
    }
}
