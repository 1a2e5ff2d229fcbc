package dev.lookasidelint.analyzer.frontend;

import dev.lookasidelint.analyzer.ir.Initializer;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTEqualsInitializer;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializer;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTInitializerList;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.c.ICASTDesignatedInitializer;
import org.eclipse.cdt.core.dom.ast.c.ICASTDesignator;
import org.eclipse.cdt.core.dom.ast.c.ICASTFieldDesignator;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTDesignatedInitializer;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTDesignator;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTFieldDesignator;

/**
 * Reads the shape of a file-scope initializer ({@link Initializer}): which identifiers sit at which
 * positional or designated slots of its brace lists. Only names are kept, which is what registration
 * tables ({@code FLT_REGISTRATION}, {@code FLT_OPERATION_REGISTRATION[]}) need.
 */
final class InitializerShapes {
    private InitializerShapes() {
    }

    /** The shape of {@code = ...}, or null for no initializer or a constructor-style one. */
    static Initializer of(IASTInitializer init) {
        if (init instanceof IASTEqualsInitializer eq) return clause(null, eq.getInitializerClause());
        if (init instanceof IASTInitializerList list) return clause(null, list);
        return null;
    }

    private static Initializer clause(String designator, IASTInitializerClause c) {
        if (c instanceof ICASTDesignatedInitializer d) return clause(field(d.getDesignators()), d.getOperand());
        if (c instanceof ICPPASTDesignatedInitializer d) return clause(field(d.getDesignators()), d.getOperand());
        if (c instanceof IASTInitializerList list) {
            List<Initializer> elements = new ArrayList<>();
            for (IASTInitializerClause e : list.getClauses()) elements.add(clause(null, e));
            return new Initializer(designator, null, elements);
        }
        return Initializer.leaf(designator, c instanceof IASTExpression e ? name(e) : null);
    }

    /** The field a designator chain names first ({@code .a.b = x} gives {@code a}), or null for {@code [i]}. */
    private static String field(ICASTDesignator[] designators) {
        if (designators.length > 0 && designators[0] instanceof ICASTFieldDesignator f) return f.getName().toString();
        return null;
    }

    private static String field(ICPPASTDesignator[] designators) {
        if (designators.length > 0 && designators[0] instanceof ICPPASTFieldDesignator f) return f.getName().toString();
        return null;
    }

    /** {@code X}, {@code &X}, {@code (T)X}, {@code (X)}: the identifier; anything else: null. */
    private static String name(IASTExpression e) {
        IASTExpression x = ExpressionTranslator.stripParensAndCasts(e);
        if (x instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_amper) {
            x = ExpressionTranslator.stripParensAndCasts(u.getOperand());
        }
        return x instanceof IASTIdExpression id ? id.getName().toString() : null;
    }
}
