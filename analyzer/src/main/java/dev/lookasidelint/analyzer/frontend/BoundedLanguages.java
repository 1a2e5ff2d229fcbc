package dev.lookasidelint.analyzer.frontend;

import org.eclipse.cdt.core.dom.ast.gnu.c.GCCLanguage;
import org.eclipse.cdt.core.dom.ast.gnu.cpp.GPPLanguage;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.IParserLogService;
import org.eclipse.cdt.core.parser.IScanner;
import org.eclipse.cdt.core.parser.IScannerInfo;
import org.eclipse.cdt.core.parser.IncludeFileContentProvider;

/** CDT's C and C++ languages with the preprocessor's work bounded ({@link ExpansionLimit}); one per parse. */
final class BoundedLanguages {
    private BoundedLanguages() {
    }

    static ILanguage of(boolean cplusplus, long expansionLimit) {
        return cplusplus ? new Cpp(expansionLimit) : new C(expansionLimit);
    }

    private static final class C extends GCCLanguage {
        private final long limit;

        C(long limit) {
            this.limit = limit;
        }

        @Override
        protected IScanner createScanner(FileContent content, IScannerInfo info, IncludeFileContentProvider provider,
                                         IParserLogService log) {
            IScanner scanner = super.createScanner(content, info, provider, log);
            ExpansionLimit.install(scanner, limit);
            return scanner;
        }
    }

    private static final class Cpp extends GPPLanguage {
        private final long limit;

        Cpp(long limit) {
            this.limit = limit;
        }

        @Override
        protected IScanner createScanner(FileContent content, IScannerInfo info, IncludeFileContentProvider provider,
                                         IParserLogService log) {
            IScanner scanner = super.createScanner(content, info, provider, log);
            ExpansionLimit.install(scanner, limit);
            return scanner;
        }
    }
}
