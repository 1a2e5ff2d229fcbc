package dev.lookasidelint.analyzer.frontend;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.cdt.core.dom.ast.IASTIfStatement;
import org.eclipse.cdt.core.dom.ast.IASTLabelStatement;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTStatement;

/**
 * How many {@code __try} bodies enclose each label of a function. A {@code goto} to a label at a lower
 * depth leaves try bodies, so their finally blocks must run on the way; gotos can jump forward, so the
 * depths are collected before the function is translated.
 */
final class LabelDepths {
    private LabelDepths() {
    }

    static Map<String, Integer> of(IASTStatement body) {
        Map<String, Integer> depths = new HashMap<>();
        collect(body, 0, depths);
        return depths;
    }

    private static void collect(IASTNode node, int depth, Map<String, Integer> depths) {
        if (node instanceof IASTLabelStatement l) depths.putIfAbsent(l.getName().toString(), depth);
        if (node instanceof IASTIfStatement i) {
            SehStatement seh = SehStatement.of(i);
            if (seh != null) {
                collect(seh.body(), depth + 1, depths);
                if (seh.handler() != null) collect(seh.handler(), depth, depths);
                return;
            }
        }
        for (IASTNode child : node.getChildren()) {
            if (child instanceof IASTStatement) collect(child, depth, depths);
        }
    }
}
