package dev.lookasidelint.analyzer.frontend;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Condition;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.ir.StoredType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.cdt.core.dom.ast.IASTArraySubscriptExpression;
import org.eclipse.cdt.core.dom.ast.IASTBinaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTCastExpression;
import org.eclipse.cdt.core.dom.ast.IASTConditionalExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpressionList;
import org.eclipse.cdt.core.dom.ast.IASTFieldReference;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTInitializerList;
import org.eclipse.cdt.core.dom.ast.IASTLiteralExpression;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTTypeIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.IArrayType;
import org.eclipse.cdt.core.dom.ast.IType;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPField;
import org.eclipse.cdt.core.dom.ast.gnu.IGNUASTCompoundStatementExpression;

/**
 * Flattens C expressions into {@link Op}s in evaluation order, and conditions into branches with
 * short-circuit evaluation of {@code &&}, {@code ||}, {@code ?:} and {@code !}.
 */
final class ExpressionTranslator {
    /** Calls after which control never comes back. */
    private static final Set<String> NO_RETURN = Set.of("KeBugCheckEx", "KeBugCheck", "ExRaiseStatus",
            "ExRaiseAccessViolation", "ExRaiseDatatypeMisalignment", "ExRaiseException", "RtlRaiseStatus",
            "RtlRaiseException", "RtlFailFast", "__fastfail", "abort", "exit", "_exit");
    private static final Set<String> SUCCESS_CONSTANTS = AccessPath.SUCCESS_CONSTANTS;

    private final GraphBuilder graph;
    private final Scopes scopes;
    private final Locations locations;
    private final TypeSizes sizes;
    /** Null without WDK headers: then their constants are never expanded in the first place. */
    private final WdkMacros wdkMacros;
    private StatementTranslator statements;
    /** Temporaries holding the value of a call in the condition or return being translated. */
    private final List<String> liveTemporaries = new ArrayList<>();

    ExpressionTranslator(GraphBuilder graph, Scopes scopes, Locations locations, TypeSizes sizes, WdkMacros wdkMacros) {
        this.wdkMacros = wdkMacros;
        this.graph = graph;
        this.scopes = scopes;
        this.locations = locations;
        this.sizes = sizes;
    }

    void setStatements(StatementTranslator statements) {
        this.statements = statements;
    }

    // ---- values ----

    Operand translate(IASTInitializerClause clause) {
        if (clause instanceof IASTExpression e) return translate(e);
        if (clause instanceof IASTInitializerList list) {
            for (IASTInitializerClause c : list.getClauses()) translate(c);
            return Operand.opaque(locations.text(clause));
        }
        translateChildren(clause);
        return Operand.opaque(locations.text(clause));
    }

    Operand translate(IASTExpression e) {
        Operand value = translateExpression(e);
        if (wdkMacros == null || value.path() != null || value.constant() == Operand.Constant.UNKNOWN || !isLiteralShaped(e)) {
            return value;
        }
        // a WDK constant reads as its name, as when the prelude leaves it unexpanded
        String name = wdkMacros.constantName(e);
        return name == null ? value : named(name, null);
    }

    /** The shapes a constant macro of the WDK expands to: {@code 0x00}, {@code ((NTSTATUS)0xC000009AL)}. */
    private static boolean isLiteralShaped(IASTExpression e) {
        return e instanceof IASTLiteralExpression || e instanceof IASTCastExpression
                || e instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_bracketedPrimary;
    }

    private Operand translateExpression(IASTExpression e) {
        if (e instanceof IASTIdExpression id) return identifier(id);
        if (e instanceof IASTLiteralExpression lit) return literal(lit);
        if (e instanceof IASTUnaryExpression u) return unary(u);
        if (e instanceof IASTBinaryExpression b) return binary(b);
        if (e instanceof IASTFieldReference f) return field(f);
        if (e instanceof IASTArraySubscriptExpression a) return subscript(a);
        if (e instanceof IASTFunctionCallExpression c) return call(c, null);
        if (e instanceof IASTCastExpression c) {
            Operand inner = translate(c.getOperand());
            return new Operand(inner.path(), inner.constant(), locations.text(e));
        }
        if (e instanceof IASTConditionalExpression c) return conditional(c);
        if (e instanceof IASTExpressionList list) {
            Operand last = Operand.opaque("");
            for (IASTExpression part : list.getExpressions()) last = translate(part);
            return last;
        }
        if (e instanceof IASTTypeIdExpression) return Operand.opaque(locations.text(e)); // sizeof(T)
        if (e instanceof IGNUASTCompoundStatementExpression g) {
            statements.translate(g.getCompoundStatement());
            return Operand.opaque(locations.text(e));
        }
        translateChildren(e);
        return Operand.opaque(locations.text(e));
    }

    /** Evaluates every sub-expression of a node whose own meaning is not modelled (C++ new, lambdas, ...). */
    private void translateChildren(IASTNode node) {
        for (IASTNode child : node.getChildren()) {
            if (child instanceof IASTInitializerClause c) translate(c);
        }
    }

    private Operand identifier(IASTIdExpression id) {
        return named(locations.intern(id.getName().toString()), id);
    }

    /** The value a name stands for; {@code id} is null for the name of a WDK macro. */
    private Operand named(String name, IASTIdExpression id) {
        switch (name) {
            case "NULL", "FALSE", "nullptr", "false":
                return new Operand(null, Operand.Constant.ZERO, name);
            case "TRUE", "true":
                return new Operand(null, Operand.Constant.NONZERO, name);
            default:
                if (name.isEmpty() || name.contains("::")) return Operand.opaque(name);
                AccessPath.Scope scope = scopes.scopeOf(name);
                if (scope == AccessPath.Scope.GLOBAL && id != null && isMember(id)) {
                    // a C++ data member named inside a method is this->name, as if spelled out
                    return Operand.of(THIS.select("->" + name), name);
                }
                return Operand.of(AccessPath.variable(name, scope), name);
        }
    }

    /** The object a C++ method runs on: a parameter the call passes implicitly. */
    static final AccessPath THIS = AccessPath.variable("this", AccessPath.Scope.PARAM);

    /** True when {@code id} names a non-static data member of a class (only in C++ methods). */
    private static boolean isMember(IASTIdExpression id) {
        // name resolution is costly: only C++ has members to find
        if (!(id instanceof org.eclipse.cdt.core.dom.ast.cpp.ICPPASTExpression)) return false;
        try {
            return id.getName().resolveBinding() instanceof ICPPField field && !field.isStatic();
        } catch (RuntimeException e) {
            return false; // CDT could not resolve the name: read it as before
        }
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Operand literal(IASTLiteralExpression lit) {
        String value = String.valueOf(lit.getValue());
        if (lit.getKind() == IASTLiteralExpression.lk_this) return Operand.of(THIS, value);
        if (lit.getKind() == IASTLiteralExpression.lk_integer_constant) {
            return new Operand(null, isZero(value) ? Operand.Constant.ZERO : Operand.Constant.NONZERO, value);
        }
        if (lit.getKind() == IASTLiteralExpression.lk_nullptr || lit.getKind() == IASTLiteralExpression.lk_false) {
            return new Operand(null, Operand.Constant.ZERO, value);
        }
        if (lit.getKind() == IASTLiteralExpression.lk_true) return new Operand(null, Operand.Constant.NONZERO, value);
        return Operand.opaque(value);
    }

    /**
     * True for an integer literal that is zero: {@code 0}, {@code 0UL}, {@code 0x00}. Written by hand:
     * a regular expression here was compiled for every literal of every file.
     */
    static boolean isZero(String literal) {
        int end = literal.length();
        while (end > 0 && "uUlL".indexOf(literal.charAt(end - 1)) >= 0) end--;
        int start = end >= 2 && literal.charAt(0) == '0' && (literal.charAt(1) == 'x' || literal.charAt(1) == 'X') ? 2 : 0;
        if (start == end) return false;
        for (int i = start; i < end; i++) {
            if (literal.charAt(i) != '0') return false;
        }
        return true;
    }

    private Operand unary(IASTUnaryExpression u) {
        int op = u.getOperator();
        if (op == IASTUnaryExpression.op_sizeof || op == IASTUnaryExpression.op_alignOf
                || op == IASTUnaryExpression.op_typeid) {
            return Operand.opaque(locations.text(u)); // the operand is not evaluated
        }
        Operand inner = translate(u.getOperand());
        switch (op) {
            case IASTUnaryExpression.op_bracketedPrimary:
                return inner;
            case IASTUnaryExpression.op_amper:
                return inner.path() == null ? Operand.opaque(locations.text(u))
                        : Operand.of(inner.path().takeAddress(), locations.text(u));
            case IASTUnaryExpression.op_star:
                if (inner.path() == null) return Operand.opaque(locations.text(u));
                deref(inner.path(), u);
                return Operand.of(inner.path().pointee(), locations.text(u));
            case IASTUnaryExpression.op_prefixIncr, IASTUnaryExpression.op_prefixDecr,
                    IASTUnaryExpression.op_postFixIncr, IASTUnaryExpression.op_postFixDecr:
                if (inner.path() != null) {
                    graph.emit(new Op.Assign(inner.path(), null, Op.Constant.UNKNOWN, locations.of(u), locations.text(u)));
                }
                return Operand.opaque(locations.text(u));
            case IASTUnaryExpression.op_not:
                return new Operand(null, switch (inner.constant()) {
                    case ZERO -> Operand.Constant.NONZERO;
                    case NONZERO -> Operand.Constant.ZERO;
                    case UNKNOWN -> Operand.Constant.UNKNOWN;
                }, locations.text(u));
            default:
                return Operand.opaque(locations.text(u));
        }
    }

    private Operand binary(IASTBinaryExpression b) {
        int op = b.getOperator();
        switch (op) {
            case IASTBinaryExpression.op_assign:
                return assign(b.getOperand1(), b.getInitOperand2(), b);
            case IASTBinaryExpression.op_logicalAnd, IASTBinaryExpression.op_logicalOr: {
                // value context: evaluate the right side only on the edge where C would
                Block evalRight = graph.newBlock();
                Block join = graph.newBlock();
                if (op == IASTBinaryExpression.op_logicalAnd) condition(b.getOperand1(), evalRight, join);
                else condition(b.getOperand1(), join, evalRight);
                graph.startAt(evalRight);
                translate(b.getOperand2());
                graph.continueAt(join);
                return Operand.opaque(locations.text(b));
            }
            default:
                break;
        }
        Operand left = translate(b.getOperand1());
        Operand right = translate(b.getInitOperand2());
        if (isCompoundAssignment(op) && left.path() != null) {
            // setting or clearing one bit keeps the others: only that bit's path changes
            if (!flagBitAssigned(op, left.path(), b)) {
                graph.emit(new Op.Assign(left.path(), null, Op.Constant.UNKNOWN, locations.of(b), locations.text(b)));
            }
            return Operand.of(left.path(), locations.text(b));
        }
        if (op == IASTBinaryExpression.op_binaryAnd) {
            AccessPath bit = flagBit(left, right, b.getOperand2());
            if (bit == null) bit = flagBit(right, left, b.getOperand1());
            if (bit != null) return Operand.of(bit, locations.text(b));
        }
        return Operand.opaque(locations.text(b));
    }

    /**
     * {@code Flags & fLIST_READY} with a constant mask (a macro, an enumerator or a literal: one bit of
     * a flags word): a path of its own, {@code Flags&fLIST_READY} spelled as the source spells the mask,
     * so a test of it is a test of that flag, as {@code if (g_Ready)} is.
     */
    private AccessPath flagBit(Operand word, Operand mask, IASTExpression maskExpr) {
        if (word.path() == null || word.path().addressOf()) return null;
        boolean constant = mask.path() != null ? mask.path().isNamedConstant() : mask.constant() == Operand.Constant.NONZERO;
        if (!constant) return null;
        return word.path().select("&" + maskText(maskExpr));
    }

    private String maskText(IASTExpression mask) {
        return WHITE_SPACE.matcher(locations.text(stripParens(mask))).replaceAll("");
    }

    /**
     * {@code Flags |= fLIST_READY} sets that bit and {@code Flags &= ~fLIST_READY} clears it: the bit's own
     * path gets its value and the word's other bits keep theirs. False when the statement is not one of
     * these (then the whole word is written).
     */
    private boolean flagBitAssigned(int op, AccessPath word, IASTBinaryExpression b) {
        IASTExpression mask = stripParens((IASTExpression) b.getInitOperand2());
        boolean clear = op == IASTBinaryExpression.op_binaryAndAssign;
        if (clear) {
            if (!(mask instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_tilde)) return false;
            mask = stripParens(u.getOperand());
        } else if (op != IASTBinaryExpression.op_binaryOrAssign) {
            return false;
        }
        boolean constant = mask instanceof IASTLiteralExpression || mask instanceof IASTIdExpression id
                && AccessPath.variable(id.getName().toString(), AccessPath.Scope.GLOBAL).isNamedConstant();
        if (!constant) return false;
        graph.emit(new Op.Assign(word.select("&" + maskText(mask)), null, clear ? Op.Constant.ZERO : Op.Constant.NONZERO,
                locations.of(b), locations.text(b)));
        return true;
    }

    private static boolean isCompoundAssignment(int op) {
        return op == IASTBinaryExpression.op_plusAssign || op == IASTBinaryExpression.op_minusAssign
                || op == IASTBinaryExpression.op_multiplyAssign || op == IASTBinaryExpression.op_divideAssign
                || op == IASTBinaryExpression.op_moduloAssign || op == IASTBinaryExpression.op_shiftLeftAssign
                || op == IASTBinaryExpression.op_shiftRightAssign || op == IASTBinaryExpression.op_binaryAndAssign
                || op == IASTBinaryExpression.op_binaryOrAssign || op == IASTBinaryExpression.op_binaryXorAssign;
    }

    /**
     * {@code target = value}. A call on the right is bound to the target through {@link Op.Call#result}
     * (the target's own dereferences come first); otherwise the right side is evaluated first, so that
     * {@code p = p->Next} reads {@code p} before it is overwritten.
     */
    Operand assign(IASTExpression targetExpr, IASTInitializerClause valueExpr, IASTNode whole) {
        IASTFunctionCallExpression call = valueExpr instanceof IASTExpression v ? asCall(v) : null;
        if (call != null) {
            Operand target = translate(targetExpr);
            call(call, target.path(), target.path() == null ? null
                    : storedType(valueExpr, () -> TypeSizes.typeOf(targetExpr)));
            return target;
        }
        Operand value = translate(valueExpr);
        Operand target = translate(targetExpr);
        assignValue(target.path(), value, whole, target.path() == null || value.path() == null ? null
                : storedType(valueExpr, () -> TypeSizes.typeOf(targetExpr)));
        return target.path() == null ? value : target;
    }

    /**
     * The pointer type a value is stored as: of its casts and the type of the place it is stored in
     * ({@code targetType}, asked only when needed), the one that points to the largest struct, among those
     * that differ from the value's own type. Null when none is a pointer to a struct of known size.
     */
    StoredType storedType(IASTInitializerClause value, Supplier<IType> targetType) {
        if (!(value instanceof IASTExpression e)) return null;
        // measuring types means resolving names in CDT, which is costly: only where a block can change
        // type, a cast or a call's result (an allocation stored in a typed pointer)
        boolean cast = stripParens(e) instanceof IASTCastExpression;
        if (!cast && asCall(e) == null) return null;
        IType own = TypeSizes.typeOf(stripParensAndCasts(e));
        // a call that returns no pointer (a status, a count) returns no block: no type to measure
        if (!cast && TypeSizes.isKnownNonPointer(own)) return null;
        List<IType> candidates = new ArrayList<>();
        IType target = targetType == null ? null : targetType.get();
        if (target != null) candidates.add(target);
        for (IASTExpression x = e; x != null; ) {
            if (x instanceof IASTCastExpression c) {
                candidates.add(sizes.typeOf(c));
                x = c.getOperand();
            } else if (x instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_bracketedPrimary) {
                x = u.getOperand();
            } else {
                x = null;
            }
        }
        StoredType best = null;
        for (IType t : candidates) {
            if (t == null || TypeSizes.sameType(t, own)) continue;
            StoredType s = sizes.stored(t);
            if (s != null && (best == null || s.pointeeSize() > best.pointeeSize())) best = s;
        }
        return best;
    }

    /** Emits the assignment of an already evaluated value to a declared or evaluated target. */
    void assignValue(AccessPath target, Operand value, IASTNode whole) {
        assignValue(target, value, whole, null);
    }

    /** The same, with the pointer type a copied pointer is stored as ({@link Op.Assign#storedAs}). */
    void assignValue(AccessPath target, Operand value, IASTNode whole, StoredType storedAs) {
        if (target == null) return;
        Op.Constant constant = switch (value.constant()) {
            case ZERO -> Op.Constant.ZERO;
            case NONZERO -> Op.Constant.NONZERO;
            case UNKNOWN -> Op.Constant.UNKNOWN;
        };
        graph.emit(new Op.Assign(target, value.path(), constant, locations.of(whole), locations.text(whole),
                value.path() == null ? null : storedAs));
    }

    /**
     * The value of an expression that is used but not stored: a call gets a compiler temporary
     * ({@link AccessPath#temporary}) as its result, so that {@code !Foo()}, {@code NT_SUCCESS(Foo())},
     * {@code Foo() == NULL} and {@code return Foo();} test or return a path like any variable. Any other
     * expression is translated as usual. The temporary stays live until {@link #endTemporaries} ends it.
     */
    Operand usedValue(IASTExpression e) {
        IASTFunctionCallExpression call = asCall(e);
        if (call == null) return translate(e);
        AccessPath temporary = newTemporary(call);
        IASTExpression bare = stripParens(e);
        call(call, temporary, bare instanceof IASTCastExpression ? storedType(bare, null) : null);
        return Operand.of(temporary, locations.text(e));
    }

    private AccessPath newTemporary(IASTFunctionCallExpression call) {
        IASTExpression fn = stripParensAndCasts(call.getFunctionNameExpression());
        String name = fn instanceof IASTIdExpression id ? id.getName().getLastName().toString()
                : WHITE_SPACE.matcher(locations.text(fn)).replaceAll("");
        String unique = name;
        for (int n = 2; liveTemporaries.contains(unique); n++) unique = name + "#" + n; // Foo(a) == Foo(b)
        liveTemporaries.add(unique);
        return AccessPath.temporary(unique);
    }

    /** How many temporaries are live: a mark for {@link #endTemporaries}. */
    int liveTemporaries() {
        return liveTemporaries.size();
    }

    /** Ends the temporaries made since {@code mark} and returns their roots (for an {@link Op.ScopeEnd}). */
    List<String> endTemporaries(int mark) {
        List<String> made = liveTemporaries.subList(mark, liveTemporaries.size());
        List<String> roots = made.stream().map(name -> AccessPath.temporary(name).root()).toList();
        made.clear();
        return roots;
    }

    /** A call, once casts and parentheses are taken off, or null. */
    static IASTFunctionCallExpression asCall(IASTExpression e) {
        IASTExpression x = stripParensAndCasts(e);
        return x instanceof IASTFunctionCallExpression c ? c : null;
    }

    static IASTExpression stripParensAndCasts(IASTExpression e) {
        while (true) {
            if (e instanceof IASTCastExpression c) e = c.getOperand();
            else if (e instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_bracketedPrimary) {
                e = u.getOperand();
            } else {
                return e;
            }
        }
    }

    private Operand field(IASTFieldReference f) {
        Operand owner = translate(f.getFieldOwner());
        if (owner.path() == null) return Operand.opaque(locations.text(f));
        String name = f.getFieldName().toString();
        if (f.isPointerDereference()) {
            deref(owner.path(), f);
            return Operand.of(owner.path().select(locations.intern("->" + name)), locations.text(f));
        }
        return Operand.of(owner.path().select(locations.intern("." + name)), locations.text(f));
    }

    private Operand subscript(IASTArraySubscriptExpression a) {
        Operand array = translate(a.getArrayExpression());
        Operand index = translate(a.getArgument());
        if (array.path() == null) return Operand.opaque(locations.text(a));
        if (isArray(a.getArrayExpression())) {
            return Operand.of(array.path().select("[]"), locations.text(a));
        }
        deref(array.path(), a); // p[i] reads through p
        // p[0] is *p; p[1] or p[i] is some element after it (an array field whose type is not known
        // without the headers), which stands for every element as a[] does
        AccessPath element = index.isZero() ? array.path().pointee() : array.path().pointee().select("[]");
        return Operand.of(element, locations.text(a));
    }

    private static boolean isArray(IASTExpression e) {
        try {
            IType t = e.getExpressionType();
            return t instanceof IArrayType;
        } catch (RuntimeException ex) {
            return false; // type resolution is best effort without headers
        }
    }

    /** A call; its value is bound to {@code result} when the caller assigns it. */
    Operand call(IASTFunctionCallExpression c, AccessPath result) {
        return call(c, result, null);
    }

    /** The same, with the pointer type the result is stored as ({@link Op.Call#resultType}). */
    Operand call(IASTFunctionCallExpression c, AccessPath result, StoredType resultType) {
        IASTExpression fn = stripParensAndCasts(c.getFunctionNameExpression());
        String callee = null;
        if (fn instanceof IASTIdExpression id && scopes.scopeOf(id.getName().toString()) == AccessPath.Scope.GLOBAL) {
            callee = locations.intern(id.getName().getLastName().toString());
        } else {
            translate(c.getFunctionNameExpression()); // a call through a pointer reads the pointer
        }
        List<Op.Argument> arguments = new ArrayList<>();
        for (IASTInitializerClause arg : c.getArguments()) {
            Operand value = translate(arg);
            arguments.add(new Op.Argument(value.path(), locations.text(arg), locations.of(arg),
                    value.path() == null ? sizes.evaluate(arg) : null));
        }
        graph.emit(new Op.Call(callee, arguments, result, locations.of(c), locations.text(c), resultType));
        if (callee != null && NO_RETURN.contains(callee)) statements.noReturn();
        return Operand.opaque(locations.text(c));
    }

    private Operand conditional(IASTConditionalExpression c) {
        Block positive = graph.newBlock();
        Block negative = graph.newBlock();
        Block join = graph.newBlock();
        condition(c.getLogicalConditionExpression(), positive, negative);
        graph.startAt(positive);
        if (c.getPositiveResultExpression() != null) translate(c.getPositiveResultExpression());
        graph.jump(join);
        graph.startAt(negative);
        translate(c.getNegativeResultExpression());
        graph.continueAt(join);
        return Operand.opaque(locations.text(c));
    }

    private void deref(AccessPath pointer, IASTNode at) {
        graph.emit(new Op.Deref(pointer, locations.of(at), locations.text(at)));
    }

    // ---- conditions ----

    /**
     * Evaluates a condition and branches to {@code onTrue} or {@code onFalse}. Short-circuit operators
     * become separate branches; constant conditions take only the edge they can take.
     */
    void condition(IASTExpression e, Block onTrue, Block onFalse) {
        IASTExpression x = stripParens(e);
        if (x instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_not) {
            condition(u.getOperand(), onFalse, onTrue);
            return;
        }
        if (x instanceof IASTBinaryExpression b && b.getOperator() == IASTBinaryExpression.op_logicalAnd) {
            Block right = graph.newBlock();
            condition(b.getOperand1(), right, onFalse);
            graph.startAt(right);
            condition(b.getOperand2(), onTrue, onFalse);
            return;
        }
        if (x instanceof IASTBinaryExpression b && b.getOperator() == IASTBinaryExpression.op_logicalOr) {
            Block right = graph.newBlock();
            condition(b.getOperand1(), onTrue, right);
            graph.startAt(right);
            condition(b.getOperand2(), onTrue, onFalse);
            return;
        }
        String text = locations.text(e);
        SourceLocation where = locations.of(e);
        int mark = liveTemporaries();
        Condition[] edges = normalize(x, text, where);
        if (edges == null) {
            Operand value = usedValue(x);
            if (value.constant() == Operand.Constant.ZERO) {
                graph.jump(onFalse);
                return;
            }
            if (value.constant() == Operand.Constant.NONZERO) {
                graph.jump(onTrue);
                return;
            }
            Condition c = value.path() == null ? Condition.opaque(text, where)
                    : new Condition(Condition.Kind.TRUTHY, value.path(), text, where);
            edges = new Condition[] {c, c.negate()};
        }
        List<String> temporaries = endTemporaries(mark);
        if (temporaries.isEmpty()) {
            graph.branch(edges[0], edges[1], onTrue, onFalse);
            return;
        }
        // the value of a tested call dies with the test (C's full expression): each edge ends it on
        // its way out, so that its facts do not keep otherwise equal paths apart for the rest of the function
        Block endOnTrue = graph.newBlock();
        Block endOnFalse = graph.newBlock();
        graph.branch(edges[0], edges[1], endOnTrue, endOnFalse);
        for (Block[] hop : new Block[][] {{endOnTrue, onTrue}, {endOnFalse, onFalse}}) {
            graph.startAt(hop[0]);
            graph.emit(new Op.ScopeEnd(temporaries, where));
            graph.jump(hop[1]);
        }
    }

    private static IASTExpression stripParens(IASTExpression e) {
        while (e instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_bracketedPrimary) {
            e = u.getOperand();
        }
        return e;
    }

    /**
     * Conditions with a known meaning: comparisons with NULL, status checks. Evaluates the operands
     * (emitting their ops) and returns the facts for the true and false edges, or null when the
     * expression is none of these (then it has not been evaluated yet).
     */
    private Condition[] normalize(IASTExpression x, String text, SourceLocation where) {
        if (x instanceof IASTFunctionCallExpression call && isNamed(call.getFunctionNameExpression(), "NT_SUCCESS")
                && call.getArguments().length == 1) {
            IASTInitializerClause argument = call.getArguments()[0];
            Operand status = argument instanceof IASTExpression a ? usedValue(a) : translate(argument);
            return statusCheck(status, true, text, where);
        }
        if (!(x instanceof IASTBinaryExpression b)) return null;
        int op = b.getOperator();
        if (op != IASTBinaryExpression.op_equals && op != IASTBinaryExpression.op_notequals
                && op != IASTBinaryExpression.op_greaterEqual && op != IASTBinaryExpression.op_lessThan) {
            return null;
        }
        Operand left = usedValue(b.getOperand1());
        Operand right = usedValue(b.getOperand2());
        boolean equals = op == IASTBinaryExpression.op_equals;
        if (op == IASTBinaryExpression.op_greaterEqual || op == IASTBinaryExpression.op_lessThan) {
            // NT_SUCCESS as the WDK header spells it: ((NTSTATUS)(s)) >= 0
            if (left.path() != null && right.isZero()) {
                return statusCheck(left, op == IASTBinaryExpression.op_greaterEqual, text, where);
            }
            return opaque(text, where);
        }
        boolean leftIsValue = left.path() != null && !SUCCESS_CONSTANTS.contains(left.text());
        Operand path = leftIsValue ? left : right;
        Operand other = leftIsValue ? right : left;
        // a comparison of two constants (macro expansions do this) says nothing about a variable
        if (path.path() == null || namedConstant(path) != null) return opaque(text, where);
        if (other.isZero()) {
            Condition isNull = new Condition(Condition.Kind.FALSY, path.path(), text, where);
            return equals ? new Condition[] {isNull, isNull.negate()} : new Condition[] {isNull.negate(), isNull};
        }
        if (SUCCESS_CONSTANTS.contains(other.text())) {
            // s == STATUS_SUCCESS proves success; s != STATUS_SUCCESS proves only that it is not that
            // constant (STATUS_PENDING passes NT_SUCCESS), which is how NDIS code spells failure
            Condition success = new Condition(Condition.Kind.NT_SUCCESS, path.path(), text, where);
            Condition notIt = new Condition(Condition.Kind.NOT_EQUALS, path.path(), text, where, other.text());
            return equals ? new Condition[] {success, notIt} : new Condition[] {notIt, success};
        }
        String constant = namedConstant(other);
        if (constant != null) {
            Condition is = new Condition(Condition.Kind.EQUALS, path.path(), text, where, constant);
            return equals ? new Condition[] {is, is.negate()} : new Condition[] {is.negate(), is};
        }
        return opaque(text, where);
    }

    /**
     * The constant an operand is, by name or by value: an integer literal, or an identifier spelled
     * like a macro or enumerator ({@code IRP_MJ_READ}, {@code DeviceStarted} is not). Null otherwise.
     */
    static String namedConstant(Operand o) {
        if (o.path() == null) return o.constant() == Operand.Constant.NONZERO ? o.text() : null;
        return o.path().isNamedConstant() ? o.path().root() : null;
    }

    private static Condition[] statusCheck(Operand status, boolean successWhenTrue, String text,
                                           SourceLocation where) {
        if (status.path() == null) return opaque(text, where);
        Condition success = new Condition(Condition.Kind.NT_SUCCESS, status.path(), text, where);
        return successWhenTrue ? new Condition[] {success, success.negate()}
                : new Condition[] {success.negate(), success};
    }

    private static Condition[] opaque(String text, SourceLocation where) {
        return new Condition[] {Condition.opaque(text, where), Condition.opaque(text, where)};
    }

    private static boolean isNamed(IASTExpression e, String name) {
        return stripParens(e) instanceof IASTIdExpression id && id.getName().toString().equals(name);
    }
}
