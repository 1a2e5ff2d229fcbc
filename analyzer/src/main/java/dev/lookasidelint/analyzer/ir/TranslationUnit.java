package dev.lookasidelint.analyzer.ir;

import java.util.List;

/**
 * What the frontend produced for one source file: its functions, its file-scope variables, how many
 * lines it has and the parse problems found in it (syntax the parser could not handle).
 */
public record TranslationUnit(String path, List<Function> functions, List<GlobalVariable> globals,
                              int lines, List<ParseProblem> problems) {

    public TranslationUnit {
        functions = List.copyOf(functions);
        globals = List.copyOf(globals);
        problems = List.copyOf(problems);
    }
}
