package dev.lookasidelint.analyzer.frontend;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.EdgeKind;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.cdt.core.dom.ast.IASTBreakStatement;
import org.eclipse.cdt.core.dom.ast.IASTCaseStatement;
import org.eclipse.cdt.core.dom.ast.IASTCompoundStatement;
import org.eclipse.cdt.core.dom.ast.IASTContinueStatement;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarationStatement;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDefaultStatement;
import org.eclipse.cdt.core.dom.ast.IASTDoStatement;
import org.eclipse.cdt.core.dom.ast.IASTEqualsInitializer;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpressionStatement;
import org.eclipse.cdt.core.dom.ast.IASTForStatement;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTGotoStatement;
import org.eclipse.cdt.core.dom.ast.IASTIfStatement;
import org.eclipse.cdt.core.dom.ast.IASTInitializer;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTLabelStatement;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTNullStatement;
import org.eclipse.cdt.core.dom.ast.IASTProblemStatement;
import org.eclipse.cdt.core.dom.ast.IASTReturnStatement;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTStatement;
import org.eclipse.cdt.core.dom.ast.IASTSwitchStatement;
import org.eclipse.cdt.core.dom.ast.IASTWhileStatement;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTCatchHandler;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTRangeBasedForStatement;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTryBlockStatement;

/**
 * Translates statements into blocks and edges. Exact for if/else, loops, break/continue, switch with
 * fall-through, goto and labels, return, and {@code __try}: a {@code __finally} body is copied onto
 * every way out of its {@code __try} (fall-through, {@code __leave}, {@code return}, {@code break},
 * {@code continue}, {@code goto} out), and every block of a {@code __try} body can raise into its
 * {@code __except} handler.
 */
final class StatementTranslator {
    private record Target(Block block, int tryDepth) {
    }

    /** An enclosing {@code __try}: its finally body (null for __except) and where {@code __leave} goes. */
    private record TryContext(IASTStatement finallyBody, Block leaveTarget) {
    }

    private static final class SwitchContext {
        final Block dispatch;
        final AccessPath controller;
        final java.util.Set<String> caseValues = new java.util.LinkedHashSet<>();
        Block defaultTarget;
        SourceLocation defaultLocation;

        SwitchContext(Block dispatch, AccessPath controller) {
            this.dispatch = dispatch;
            this.controller = controller;
        }
    }

    private final GraphBuilder graph;
    private final Scopes scopes;
    private final Locations locations;
    private final ExpressionTranslator expressions;
    private final List<TryContext> tries = new ArrayList<>();
    private final Deque<Target> breakTargets = new ArrayDeque<>();
    private final Deque<Target> continueTargets = new ArrayDeque<>();
    private final Deque<SwitchContext> switches = new ArrayDeque<>();
    private final Map<String, Block> labels = new HashMap<>();
    private final Map<String, Integer> labelDepths;

    StatementTranslator(GraphBuilder graph, Scopes scopes, Locations locations, ExpressionTranslator expressions,
                        Map<String, Integer> labelDepths) {
        this.graph = graph;
        this.scopes = scopes;
        this.locations = locations;
        this.expressions = expressions;
        this.labelDepths = labelDepths;
    }

    void noReturn() {
        graph.stop();
    }

    void translate(IASTStatement s) {
        if (s == null || s instanceof IASTNullStatement || s instanceof IASTProblemStatement) return;
        if (s instanceof IASTCompoundStatement c) compound(c);
        else if (s instanceof IASTExpressionStatement e) expressions.translate(e.getExpression());
        else if (s instanceof IASTDeclarationStatement d) declaration(d.getDeclaration());
        else if (s instanceof IASTIfStatement i) ifStatement(i);
        else if (s instanceof IASTReturnStatement r) returnStatement(r);
        else if (s instanceof IASTWhileStatement w) whileLoop(w);
        else if (s instanceof IASTDoStatement d) doLoop(d);
        else if (s instanceof IASTForStatement f) forLoop(f);
        else if (s instanceof ICPPASTRangeBasedForStatement f) rangeFor(f);
        else if (s instanceof IASTSwitchStatement sw) switchStatement(sw);
        else if (s instanceof IASTCaseStatement c) caseLabel(c);
        else if (s instanceof IASTDefaultStatement d) defaultLabel(d);
        else if (s instanceof IASTBreakStatement) jumpTo(breakTargets.peek());
        else if (s instanceof IASTContinueStatement) jumpTo(continueTargets.peek());
        else if (s instanceof IASTGotoStatement g) gotoStatement(g);
        else if (s instanceof IASTLabelStatement l) label(l);
        else if (s instanceof ICPPASTTryBlockStatement t) cppTry(t);
        else {
            for (IASTNode child : s.getChildren()) {
                if (child instanceof IASTStatement st) translate(st);
                else if (child instanceof IASTExpression ex) expressions.translate(ex);
            }
        }
    }

    private void compound(IASTCompoundStatement c) {
        scopes.push();
        for (IASTStatement s : c.getStatements()) translate(s);
        List<String> locals = scopes.pop();
        if (graph.isReachable() && !locals.isEmpty()) graph.emit(new Op.ScopeEnd(locals, locations.endOf(c)));
    }

    void declaration(IASTDeclaration d) {
        if (!(d instanceof IASTSimpleDeclaration simple)) return;
        IASTDeclSpecifier spec = simple.getDeclSpecifier();
        if (spec.getStorageClass() == IASTDeclSpecifier.sc_typedef) return;
        boolean isStatic = spec.getStorageClass() == IASTDeclSpecifier.sc_static
                || spec.getStorageClass() == IASTDeclSpecifier.sc_extern;
        for (IASTDeclarator declarator : simple.getDeclarators()) {
            IASTDeclarator named = FileTranslator.innermost(declarator);
            String name = named.getName().toString();
            if (name.isEmpty()) continue;
            scopes.declare(name, isStatic);
            IASTInitializer init = declarator.getInitializer();
            if (init == null) continue;
            AccessPath target = AccessPath.variable(name, scopes.scopeOf(name));
            if (init instanceof IASTEqualsInitializer eq) {
                IASTInitializerClause value = eq.getInitializerClause();
                IASTFunctionCallExpression call = value instanceof IASTExpression e ? ExpressionTranslator.asCall(e) : null;
                if (call != null) {
                    expressions.call(call, target, expressions.storedType(value, () -> TypeSizes.typeOf(declarator)));
                } else {
                    Operand operand = expressions.translate(value);
                    expressions.assignValue(target, operand, declarator, operand.path() == null ? null
                            : expressions.storedType(value, () -> TypeSizes.typeOf(declarator)));
                }
            } else {
                for (IASTNode child : init.getChildren()) {
                    if (child instanceof IASTInitializerClause clause) expressions.translate(clause);
                }
                expressions.assignValue(target, Operand.opaque(""), declarator);
            }
        }
    }

    private void ifStatement(IASTIfStatement s) {
        SehStatement seh = SehStatement.of(s);
        if (seh != null) {
            sehTry(seh);
            return;
        }
        Block thenBlock = graph.newBlock();
        Block after = graph.newBlock();
        Block elseBlock = s.getElseClause() == null ? after : graph.newBlock();
        if (s.getConditionExpression() != null) {
            expressions.condition(s.getConditionExpression(), thenBlock, elseBlock);
        } else {
            for (IASTNode child : s.getChildren()) {
                if (child instanceof IASTDeclaration d) declaration(d);
            }
            Condition c = Condition.opaque(locations.text(s), locations.of(s));
            graph.branch(c, c, thenBlock, elseBlock);
        }
        graph.startAt(thenBlock);
        translate(s.getThenClause());
        graph.jump(after);
        if (s.getElseClause() != null) {
            graph.startAt(elseBlock);
            translate(s.getElseClause());
            graph.jump(after);
        }
        graph.startAt(after);
    }

    private void sehTry(SehStatement seh) {
        Block after = graph.newBlock();
        Block leave = graph.newBlock();
        Block body = graph.newBlock();
        graph.continueAt(body);
        tries.add(new TryContext(seh.isFinally() ? seh.handler() : null, leave));
        boolean raises = !seh.isFinally() && seh.handler() != null;
        if (raises) graph.enterRaisingRegion();
        translate(seh.body());
        Set<Block> bodyBlocks = raises ? graph.leaveRaisingRegion() : Set.of();
        tries.remove(tries.size() - 1);
        graph.continueAt(leave);
        if (seh.isFinally()) {
            translateFinally(seh.handler());
            graph.continueAt(after);
            return;
        }
        graph.jump(after);
        if (seh.handler() != null) {
            Block handler = graph.newBlock();
            for (Block b : bodyBlocks) b.connect(handler, EdgeKind.EXCEPTION, null);
            graph.startAt(handler);
            translate(seh.handler());
            graph.jump(after);
        }
        graph.startAt(after);
    }

    private void cppTry(ICPPASTTryBlockStatement t) {
        Block after = graph.newBlock();
        Block body = graph.newBlock();
        graph.continueAt(body);
        graph.enterRaisingRegion();
        translate(t.getTryBody());
        Set<Block> bodyBlocks = graph.leaveRaisingRegion();
        graph.jump(after);
        for (ICPPASTCatchHandler h : t.getCatchHandlers()) {
            Block handler = graph.newBlock();
            for (Block b : bodyBlocks) b.connect(handler, EdgeKind.EXCEPTION, null);
            graph.startAt(handler);
            translate(h.getCatchBody());
            graph.jump(after);
        }
        graph.startAt(after);
    }

    private void returnStatement(IASTReturnStatement r) {
        Operand value = Operand.opaque("");
        IASTExpression e = r.getReturnValue();
        int mark = expressions.liveTemporaries();
        if (e != null) value = expressions.usedValue(e); // return Foo(...) returns Foo's temporary
        expressions.endTemporaries(mark); // the function ends here: nothing to end in the graph
        Op.Constant constant = switch (value.constant()) {
            case ZERO -> Op.Constant.ZERO;
            case NONZERO -> Op.Constant.NONZERO;
            case UNKNOWN -> Op.Constant.UNKNOWN;
        };
        graph.emit(new Op.Return(value.path(), locations.of(r), locations.text(r), constant));
        leaveTries(0);
        graph.jump(graph.exit());
    }

    /** The implicit return at the closing brace of a function that falls off its end. */
    void implicitReturn(IASTNode body) {
        if (graph.isReachable()) graph.emit(new Op.Return(null, locations.endOf(body), "}"));
    }

    private void whileLoop(IASTWhileStatement w) {
        Block head = graph.newBlock();
        Block body = graph.newBlock();
        Block after = graph.newBlock();
        graph.continueAt(head);
        expressions.condition(w.getCondition(), body, after);
        loopBody(w.getBody(), body, after, head);
        graph.jump(head);
        graph.startAt(after);
    }

    private void doLoop(IASTDoStatement d) {
        Block body = graph.newBlock();
        Block test = graph.newBlock();
        Block after = graph.newBlock();
        graph.continueAt(body);
        loopBody(d.getBody(), body, after, test);
        graph.continueAt(test);
        expressions.condition(d.getCondition(), body, after);
        graph.startAt(after);
    }

    private void forLoop(IASTForStatement f) {
        scopes.push();
        translate(f.getInitializerStatement());
        Block head = graph.newBlock();
        Block body = graph.newBlock();
        Block next = graph.newBlock();
        Block after = graph.newBlock();
        graph.continueAt(head);
        if (f.getConditionExpression() != null) expressions.condition(f.getConditionExpression(), body, after);
        else graph.jump(body);
        loopBody(f.getBody(), body, after, next);
        graph.continueAt(next);
        if (f.getIterationExpression() != null) expressions.translate(f.getIterationExpression());
        graph.jump(head);
        graph.startAt(after);
        scopes.pop();
    }

    private void rangeFor(ICPPASTRangeBasedForStatement f) {
        Block head = graph.newBlock();
        Block body = graph.newBlock();
        Block after = graph.newBlock();
        if (f.getInitializerClause() != null) expressions.translate(f.getInitializerClause());
        graph.continueAt(head);
        Condition more = Condition.opaque(locations.text(f.getInitializerClause()), locations.of(f));
        graph.branch(more, more, body, after);
        scopes.push();
        declaration(f.getDeclaration());
        loopBody(f.getBody(), body, after, head);
        scopes.pop();
        graph.jump(head);
        graph.startAt(after);
    }

    private void loopBody(IASTStatement statement, Block body, Block breakTo, Block continueTo) {
        graph.startAt(body);
        breakTargets.push(new Target(breakTo, tries.size()));
        continueTargets.push(new Target(continueTo, tries.size()));
        translate(statement);
        breakTargets.pop();
        continueTargets.pop();
    }

    private void switchStatement(IASTSwitchStatement s) {
        AccessPath controller = null;
        if (s.getControllerExpression() != null) controller = expressions.translate(s.getControllerExpression()).path();
        Block dispatch = graph.newBlock();
        Block after = graph.newBlock();
        graph.continueAt(dispatch);
        graph.stop();
        SwitchContext context = new SwitchContext(dispatch, controller);
        switches.push(context);
        breakTargets.push(new Target(after, tries.size()));
        translate(s.getBody());
        breakTargets.pop();
        switches.pop();
        graph.continueAt(after);
        // the default edge is made last, when every case value is known: it holds none of them
        Block otherwise = context.defaultTarget != null ? context.defaultTarget : after;
        String text = context.defaultTarget != null ? "default" : "no case matched";
        SourceLocation where = context.defaultTarget != null ? context.defaultLocation : locations.endOf(s);
        dispatch.connect(otherwise, EdgeKind.CASE, context.controller == null || context.controller.addressOf()
                ? Condition.opaque(text, where)
                : new Condition(Condition.Kind.NONE_OF, context.controller, text, where, null, context.caseValues));
    }

    private void caseLabel(IASTCaseStatement c) {
        SwitchContext context = switches.peek();
        Block target = graph.newBlock();
        graph.continueAt(target);
        if (context != null) {
            String value = locations.text(c.getExpression());
            Condition taken = context.controller == null || context.controller.addressOf()
                    ? Condition.opaque("case " + value, locations.of(c))
                    : new Condition(Condition.Kind.EQUALS, context.controller, "case " + value, locations.of(c), value);
            context.caseValues.add(value);
            context.dispatch.connect(target, EdgeKind.CASE, taken);
        }
    }

    private void defaultLabel(IASTDefaultStatement d) {
        SwitchContext context = switches.peek();
        Block target = graph.newBlock();
        graph.continueAt(target);
        if (context != null) {
            context.defaultTarget = target;
            context.defaultLocation = locations.of(d);
        }
    }

    private void gotoStatement(IASTGotoStatement g) {
        if (SehStatement.isLeave(g)) {
            if (tries.isEmpty()) return;
            graph.jump(tries.get(tries.size() - 1).leaveTarget());
            return;
        }
        String name = g.getName().toString();
        jumpTo(new Target(labelBlock(name), labelDepths.getOrDefault(name, 0)));
    }

    private void label(IASTLabelStatement l) {
        graph.continueAt(labelBlock(l.getName().toString()));
        translate(l.getNestedStatement());
    }

    private Block labelBlock(String name) {
        return labels.computeIfAbsent(name, n -> graph.newBlock());
    }

    /** A jump that may leave {@code __try} bodies: their finally bodies run first, innermost first. */
    private void jumpTo(Target target) {
        if (target == null) { // break or continue outside any loop: the parser let bad code through
            graph.stop();
            return;
        }
        leaveTries(target.tryDepth());
        graph.jump(target.block());
    }

    private void leaveTries(int depth) {
        for (int i = tries.size() - 1; i >= depth && graph.isReachable(); i--) {
            TryContext context = tries.get(i);
            if (context.finallyBody() == null) continue;
            // translate a copy of the finally body as if at its own nesting level
            List<TryContext> inner = new ArrayList<>(tries.subList(i, tries.size()));
            tries.subList(i, tries.size()).clear();
            translateFinally(context.finallyBody());
            tries.addAll(inner);
        }
    }

    /**
     * Translates one copy of a finally body. Its labels belong to the copy: each copy gets fresh label
     * blocks, or a goto in one copy would join another copy and continue on that copy's way out. No
     * goto from outside can enter a finally body, so no other code refers to these labels.
     */
    private void translateFinally(IASTStatement finallyBody) {
        List<String> own = LabelDepths.of(finallyBody).keySet().stream().toList();
        own.forEach(labels::remove);
        translate(finallyBody);
        own.forEach(labels::remove);
    }
}
