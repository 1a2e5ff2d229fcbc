package dev.lookasidelint.analyzer.frontend;

import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTGotoStatement;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTIfStatement;
import org.eclipse.cdt.core.dom.ast.IASTStatement;

/**
 * Recognises structured exception handling after the MSVC prelude has turned it into ordinary C:
 * {@code __try A __finally B} is {@code if (__lal_seh_try) A else if (__lal_seh_finally) B},
 * {@code __try A __except(f) B} is {@code if (__lal_seh_try) A else if (__lal_seh_except(f)) B},
 * and {@code __leave} is {@code goto __lal_seh_leave}.
 */
record SehStatement(IASTStatement body, IASTStatement handler, boolean isFinally) {
    static final String TRY = "__lal_seh_try";
    static final String FINALLY = "__lal_seh_finally";
    static final String EXCEPT = "__lal_seh_except";
    static final String LEAVE = "__lal_seh_leave";

    /** The try statement an if-statement stands for, or null when it is a plain {@code if}. */
    static SehStatement of(IASTIfStatement s) {
        if (!isId(s.getConditionExpression(), TRY)) return null;
        if (s.getElseClause() instanceof IASTIfStatement handler) {
            IASTExpression c = handler.getConditionExpression();
            if (isId(c, FINALLY)) return new SehStatement(s.getThenClause(), handler.getThenClause(), true);
            if (c instanceof IASTFunctionCallExpression call && isId(call.getFunctionNameExpression(), EXCEPT)) {
                return new SehStatement(s.getThenClause(), handler.getThenClause(), false);
            }
        }
        return new SehStatement(s.getThenClause(), null, false);
    }

    static boolean isLeave(IASTGotoStatement g) {
        return g.getName().toString().equals(LEAVE);
    }

    private static boolean isId(IASTExpression e, String name) {
        return e instanceof IASTIdExpression id && id.getName().toString().equals(name);
    }
}
