package dev.lookasidelint.analyzer.frontend;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.cdt.core.index.IIndexFileLocation;
import org.eclipse.cdt.internal.core.parser.IMacroDictionary;
import org.eclipse.cdt.internal.core.parser.scanner.CharArray;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContent;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContentProvider;

/**
 * Gives the preprocessor the headers that exist on disk (through the shared {@link HeaderCache}) and
 * the built-in prelude at its virtual paths. Includes that do not resolve, such as the WDK's
 * {@code <ntddk.h>} when no WDK is given, are skipped: that is expected, not an error.
 * One instance per parse: CDT keeps per-translation-unit state in it.
 */
final class IncludeProvider extends InternalFileContentProvider {
    private final HeaderCache headers;
    private final Map<String, char[]> virtualFiles;

    IncludeProvider(HeaderCache headers, Map<String, char[]> virtualFiles) {
        this.headers = headers;
        this.virtualFiles = virtualFiles;
    }

    @Override
    public boolean getInclusionExists(String path) {
        return virtualFiles.containsKey(path) || headers.resolve(path).isPresent();
    }

    @Override
    public InternalFileContent getContentForInclusion(String path, IMacroDictionary macroDictionary) {
        char[] virtual = virtualFiles.get(path);
        if (virtual != null) return new InternalFileContent(path, new CharArray(virtual));
        Optional<Path> file = headers.resolve(path);
        if (file.isEmpty()) return null;
        Optional<char[]> text = headers.read(file.get());
        return text.map(chars -> new InternalFileContent(file.get().toString(), new CharArray(chars))).orElse(null);
    }

    @Override
    public InternalFileContent getContentForInclusion(IIndexFileLocation ifl, String astPath) {
        return getContentForInclusion(astPath, null);
    }
}
