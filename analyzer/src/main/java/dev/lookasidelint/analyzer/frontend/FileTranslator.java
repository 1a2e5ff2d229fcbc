package dev.lookasidelint.analyzer.frontend;

import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.GlobalVariable;
import dev.lookasidelint.analyzer.ir.ParseProblem;
import dev.lookasidelint.analyzer.ir.TranslationUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTArrayDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTNamedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorFunctionStyleMacroDefinition;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroDefinition;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTProblemHolder;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTStandardFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.gnu.c.ICASTKnRFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTLinkageSpecification;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNamespaceDefinition;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIncludeStatement;
import org.eclipse.cdt.core.parser.IProblem;

/**
 * Translates one parsed file: every function defined in it (not in the headers it includes) into IR
 * and a control-flow graph, its file-scope variables, and its parse problems. This is the only place
 * that walks the CDT tree; nothing later sees CDT types.
 */
final class FileTranslator {
    private static final int MAX_PROBLEMS = 1000;

    private final Locations locations;
    private final TypeSizes sizes;
    private final WdkMacros wdkMacros;
    private final List<Function> functions = new ArrayList<>();
    private final List<GlobalVariable> globals = new ArrayList<>();
    private final List<ParseProblem> problems = new ArrayList<>();

    private FileTranslator(Locations locations, TypeSizes sizes, WdkMacros wdkMacros) {
        this.locations = locations;
        this.sizes = sizes;
        this.wdkMacros = wdkMacros;
    }

    /** {@code wdkMacros} is null when the prelude stands in for the WDK headers. */
    static TranslationUnit translate(IASTTranslationUnit tu, Locations locations, int lines, WdkMacros wdkMacros) {
        FileTranslator t = new FileTranslator(locations, new TypeSizes(tu), wdkMacros);
        t.collectProblems(tu);
        for (IASTDeclaration d : tu.getDeclarations()) t.declaration(d);
        return new TranslationUnit(locations.path(), t.functions, t.globals, lines, t.problems);
    }

    private void declaration(IASTDeclaration d) {
        if (!locations.isInThisFile(d)) return;
        if (wdkMacros != null && wdkMacros.isWrittenByKit(d)) return;
        if (d instanceof IASTFunctionDefinition f) {
            definition(f, "");
        } else if (d instanceof IASTSimpleDeclaration s) {
            if (s.getDeclSpecifier() instanceof ICPPASTCompositeTypeSpecifier c) memberFunctions(c, "");
            globals(s);
        } else if (d instanceof ICPPASTLinkageSpecification l) {
            for (IASTDeclaration inner : l.getDeclarations()) declaration(inner);
        } else if (d instanceof ICPPASTNamespaceDefinition n) {
            for (IASTDeclaration inner : n.getDeclarations()) declaration(inner);
        } else if (d instanceof ICPPASTTemplateDeclaration t) {
            declaration(t.getDeclaration());
        }
    }

    /**
     * Member functions defined inside a C++ class body, named {@code Class::Method} as a definition
     * outside the class would be. Data members are not file-scope variables, so they are not recorded.
     */
    private void memberFunctions(ICPPASTCompositeTypeSpecifier c, String outer) {
        String qualifier = outer + c.getName().toString() + "::";
        for (IASTDeclaration member : c.getMembers()) {
            IASTDeclaration d = member instanceof ICPPASTTemplateDeclaration t ? t.getDeclaration() : member;
            if (d instanceof IASTFunctionDefinition f) {
                definition(f, qualifier);
            } else if (d instanceof IASTSimpleDeclaration s && s.getDeclSpecifier() instanceof ICPPASTCompositeTypeSpecifier nested) {
                memberFunctions(nested, qualifier);
            }
        }
    }

    /**
     * Translates one function definition. One that has no body ({@code = default}, {@code = delete})
     * has nothing to analyse; one that breaks the translator is reported and the file's other
     * functions are still translated.
     */
    private void definition(IASTFunctionDefinition f, String qualifier) {
        if (f.getBody() == null) return;
        try {
            functions.add(function(f, qualifier));
        } catch (RuntimeException | StackOverflowError e) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(new ParseProblem(locations.of(f), "function '" + qualifier
                        + innermost(f.getDeclarator()).getName() + "' could not be translated ("
                        + e.getClass().getSimpleName() + ")"));
            }
        }
    }

    private void globals(IASTSimpleDeclaration s) {
        IASTDeclSpecifier spec = s.getDeclSpecifier();
        if (spec.getStorageClass() == IASTDeclSpecifier.sc_typedef) return;
        for (IASTDeclarator declarator : s.getDeclarators()) {
            IASTDeclarator named = innermost(declarator);
            if (isFunctionDeclarator(declarator)) continue; // a prototype, not a variable
            String name = named.getName().toString();
            if (name.isEmpty()) continue;
            boolean isExtern = spec.getStorageClass() == IASTDeclSpecifier.sc_extern;
            globals.add(new GlobalVariable(name, locations.of(named.getName()), isExtern,
                    spec.getStorageClass() == IASTDeclSpecifier.sc_static,
                    !isExtern && startsZero(declarator.getInitializer()),
                    InitializerShapes.of(declarator.getInitializer()), typeName(spec, declarator)));
        }
    }

    /** The typedef name of a plain declaration ({@code KDEFERRED_ROUTINE MyDpc;}), null for anything else. */
    private static String typeName(IASTDeclSpecifier spec, IASTDeclarator declarator) {
        if (!(spec instanceof IASTNamedTypeSpecifier named) || declarator.getPointerOperators().length > 0
                || declarator.getNestedDeclarator() != null || declarator instanceof IASTArrayDeclarator) {
            return null;
        }
        return named.getName().toString();
    }

    /**
     * True when a declarator declares a function ({@code int *f(void)}, {@code int (f)(void)}), false for
     * a function pointer ({@code int (*f)(void)}). The derivation nearest the name decides; within one
     * declarator the parameter list binds tighter than the pointer operators.
     */
    static boolean isFunctionDeclarator(IASTDeclarator outer) {
        List<IASTDeclarator> chain = new ArrayList<>();
        for (IASTDeclarator d = outer; d != null; d = d.getNestedDeclarator()) chain.add(d);
        for (int i = chain.size() - 1; i >= 0; i--) {
            IASTDeclarator d = chain.get(i);
            if (d instanceof IASTFunctionDeclarator) return true;
            if (d.getPointerOperators().length > 0) return false;
        }
        return false;
    }

    /** No initializer, or {@code = 0}, {@code = FALSE}, {@code = NULL}. */
    private static boolean startsZero(org.eclipse.cdt.core.dom.ast.IASTInitializer init) {
        if (init == null) return true;
        if (!(init instanceof org.eclipse.cdt.core.dom.ast.IASTEqualsInitializer eq)) return false;
        String value = eq.getInitializerClause().getRawSignature().replaceAll("[()\\s]", "");
        return value.equals("0") || value.equals("FALSE") || value.equals("NULL") || value.equals("false");
    }

    static IASTDeclarator innermost(IASTDeclarator d) {
        while (d.getNestedDeclarator() != null) d = d.getNestedDeclarator();
        return d;
    }

    private Function function(IASTFunctionDefinition def, String qualifier) {
        IASTDeclarator declarator = innermost(def.getDeclarator());
        String name = qualifier + declarator.getName().toString();
        Scopes scopes = new Scopes();
        List<String> parameters = parameters(def.getDeclarator());
        parameters.forEach(scopes::addParameter);
        GraphBuilder graph = new GraphBuilder();
        ExpressionTranslator expressions = new ExpressionTranslator(graph, scopes, locations, sizes, wdkMacros);
        StatementTranslator statements = new StatementTranslator(graph, scopes, locations, expressions,
                LabelDepths.of(def.getBody()));
        expressions.setStatements(statements);
        statements.translate(def.getBody());
        statements.implicitReturn(def.getBody());
        boolean isStatic = def.getDeclSpecifier().getStorageClass() == IASTDeclSpecifier.sc_static;
        return new Function(name, locations.path(), isStatic, parameters, locations.of(declarator.getName()),
                locations.endOf(def.getBody()), graph.finish());
    }

    private static List<String> parameters(IASTDeclarator declarator) {
        List<String> names = new ArrayList<>();
        IASTDeclarator d = declarator;
        while (d != null && !(d instanceof IASTFunctionDeclarator)) d = d.getNestedDeclarator();
        if (d instanceof IASTStandardFunctionDeclarator f) {
            for (IASTParameterDeclaration p : f.getParameters()) {
                names.add(innermost(p.getDeclarator()).getName().toString());
            }
        } else if (d instanceof ICASTKnRFunctionDeclarator k) {
            for (var n : k.getParameterNames()) names.add(n.toString());
        }
        return names;
    }

    private void collectProblems(IASTTranslationUnit tu) {
        Set<String> functionStyleMacros = null;
        for (IASTProblem p : tu.getPreprocessorProblems()) {
            if (p.getID() == IProblem.PREPROCESSOR_INCLUSION_NOT_FOUND) continue; // expected without the WDK
            if (!locations.isInThisFile(p)) continue;
            if (p.getID() == IProblem.PREPROCESSOR_MACRO_PASTING_ERROR) {
                if (functionStyleMacros == null) functionStyleMacros = functionStyleMacros(tu);
                if (pastesAsMsvc(p, functionStyleMacros)) continue;
            }
            addProblem(p);
        }
        tu.accept(new ASTVisitor() {
            {
                shouldVisitProblems = true;
                shouldVisitDeclarations = true;
                shouldVisitStatements = true;
                shouldVisitExpressions = true;
                shouldVisitDeclarators = true;
                shouldVisitDeclSpecifiers = true;
                shouldVisitParameterDeclarations = true;
                shouldVisitInitializers = true;
                shouldVisitTypeIds = true;
            }

            @Override
            public int visit(IASTProblem problem) {
                if (locations.isInThisFile(problem)) addProblem(problem);
                return PROCESS_SKIP;
            }
        });
    }

    /**
     * True for {@code "a" ## "b"} in a function-like macro: the pasted text is not one token, and CDT
     * then keeps the two tokens side by side, which is what MSVC does and what driver debug-print macros
     * count on. (In an object-like macro CDT drops them instead, and the problem stays.)
     */
    private static boolean pastesAsMsvc(IASTProblem p, Set<String> functionStyleMacros) {
        String[] arguments = p.getArguments();
        return arguments.length > 0 && functionStyleMacros.contains(arguments[0]);
    }

    /** Names defined only as function-like macros in this translation unit. */
    private static Set<String> functionStyleMacros(IASTTranslationUnit tu) {
        Set<String> functionStyle = new HashSet<>();
        Set<String> objectStyle = new HashSet<>();
        for (IASTPreprocessorMacroDefinition m : tu.getMacroDefinitions()) {
            String name = m.getName().toString();
            if (m instanceof IASTPreprocessorFunctionStyleMacroDefinition) functionStyle.add(name);
            else objectStyle.add(name);
        }
        functionStyle.removeAll(objectStyle);
        return functionStyle;
    }

    private void addProblem(IASTNode node) {
        if (problems.size() >= MAX_PROBLEMS) return;
        IASTProblem p = node instanceof IASTProblemHolder h ? h.getProblem() : (IASTProblem) node;
        problems.add(new ParseProblem(locations.of(node), p.getMessage()));
    }
}
