package dev.lookasidelint.analyzer.frontend;

import dev.lookasidelint.analyzer.ir.StoredType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.cdt.core.dom.ast.ASTTypeUtil;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTBinaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTCastExpression;
import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFieldDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTLiteralExpression;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIncludeStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorPragmaStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorStatement;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.IASTTypeId;
import org.eclipse.cdt.core.dom.ast.IASTTypeIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.IArrayType;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.ICompositeType;
import org.eclipse.cdt.core.dom.ast.IField;
import org.eclipse.cdt.core.dom.ast.IPointerType;
import org.eclipse.cdt.core.dom.ast.IProblemType;
import org.eclipse.cdt.core.dom.ast.IQualifierType;
import org.eclipse.cdt.core.dom.ast.IType;
import org.eclipse.cdt.core.dom.ast.ITypedef;
import org.eclipse.cdt.core.dom.ast.IVariable;
import org.eclipse.cdt.core.dom.ast.c.ICExternalBinding;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTranslationUnit;
import org.eclipse.cdt.internal.core.dom.parser.ASTTranslationUnit;
import org.eclipse.cdt.internal.core.dom.parser.SizeofCalculator;
import org.eclipse.cdt.internal.core.dom.parser.c.CVisitor;
import org.eclipse.cdt.internal.core.dom.parser.cpp.semantics.CPPVisitor;

/**
 * Sizes of types and values of integer constant expressions in one parsed file, as the Windows x64
 * compiler sees them. The layout is CDT's own ({@link SizeofCalculator}), fed the x64 data model through
 * the {@code __SIZEOF_*__} macros that {@link CdtParser} defines. Where CDT's layout would differ from
 * MSVC's, the size is unknown (null) rather than wrong: a type built on a name the parse could not resolve
 * (a WDK type without the WDK headers), a struct with bit fields (MSVC packs adjacent ones into one unit,
 * CDT gives each its own), and a struct defined under {@code #pragma pack} or {@code pshpackN.h}
 * (CDT ignores packing). Everything here is best effort: a failure in CDT's type resolution is an unknown.
 */
final class TypeSizes {
    private final IASTTranslationUnit tu;
    private final SizeofCalculator calculator;
    /** Composite types whose CDT layout is not MSVC's; found on first use, since most files never ask. */
    private Set<IBinding> unmeasurable;

    TypeSizes(IASTTranslationUnit tu) {
        this.tu = tu;
        this.calculator = tu instanceof ASTTranslationUnit a ? a.getSizeofCalculator() : null;
    }

    /** The size in bytes of {@code type}, or null when it is not known exactly. */
    Long sizeOf(IType type) {
        if (calculator == null || type == null) return null;
        try {
            if (!measurable(type, new HashSet<>())) return null;
            SizeofCalculator.SizeAndAlignment s = calculator.sizeAndAlignment(type);
            return s == null || s.size <= 0 ? null : s.size;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The value of an integer constant expression: literals, {@code sizeof}, the arithmetic drivers write
     * in an entry size ({@code sizeof(HEADER) + MAX_PAYLOAD}, {@code 2 * sizeof(X)}), casts and
     * parentheses; macros are expanded already. Null for anything else.
     */
    Long evaluate(IASTInitializerClause clause) {
        try {
            return clause instanceof IASTExpression e ? value(e) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Long value(IASTExpression e) {
        if (e instanceof IASTLiteralExpression lit) {
            return lit.getKind() == IASTLiteralExpression.lk_integer_constant ? integer(String.valueOf(lit.getValue())) : null;
        }
        if (e instanceof IASTTypeIdExpression t) {
            return t.getOperator() == IASTTypeIdExpression.op_sizeof ? sizeOf(typeOf(t.getTypeId())) : null;
        }
        if (e instanceof IASTCastExpression c) return value(c.getOperand());
        if (e instanceof IASTUnaryExpression u) {
            return switch (u.getOperator()) {
                case IASTUnaryExpression.op_bracketedPrimary, IASTUnaryExpression.op_plus -> value(u.getOperand());
                case IASTUnaryExpression.op_sizeof -> sizeOf(u.getOperand().getExpressionType());
                default -> null;
            };
        }
        if (e instanceof IASTBinaryExpression b) {
            Long x = value(b.getOperand1());
            Long y = x == null ? null : value(b.getOperand2());
            if (y == null) return null;
            return switch (b.getOperator()) {
                case IASTBinaryExpression.op_plus -> x + y;
                case IASTBinaryExpression.op_minus -> x - y;
                case IASTBinaryExpression.op_multiply -> x * y;
                case IASTBinaryExpression.op_divide -> y == 0 ? null : x / y;
                case IASTBinaryExpression.op_shiftLeft -> y < 0 || y > 62 ? null : x << y;
                case IASTBinaryExpression.op_binaryOr -> x | y;
                case IASTBinaryExpression.op_binaryAnd -> x & y;
                default -> null;
            };
        }
        return null;
    }

    private static final Pattern INTEGER_SUFFIX = Pattern.compile("(i64|i32|[ul])+$");

    /** A C integer literal: decimal, hex or octal, with any of the suffixes u, l, ll, i64. */
    static Long integer(String literal) {
        String s = INTEGER_SUFFIX.matcher(literal.toLowerCase(Locale.ROOT)).replaceAll("");
        try {
            if (s.startsWith("0x")) return Long.parseLong(s.substring(2), 16);
            if (s.length() > 1 && s.startsWith("0")) return Long.parseLong(s.substring(1), 8);
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private IType typeOf(IASTTypeId typeId) {
        return tu instanceof ICPPASTTranslationUnit ? CPPVisitor.createType(typeId)
                : CVisitor.createType(typeId.getAbstractDeclarator());
    }

    /** The type a cast converts to. */
    IType typeOf(IASTCastExpression cast) {
        try {
            return typeOf(cast.getTypeId());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The type of an expression ({@code p}, {@code ctx->Block}), or null. */
    static IType typeOf(IASTExpression e) {
        try {
            if (callsUndeclaredFunction(e)) return null;
            return e.getExpressionType();
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /**
     * True for a C call to a function declared nowhere in the file (a DDI without the WDK headers). Its
     * type is unknown, and asking CDT for it walks the whole translation unit in search of declarations,
     * once per call: on Windows-driver-samples that was 6% of a scan.
     */
    private static boolean callsUndeclaredFunction(IASTExpression e) {
        return e instanceof IASTFunctionCallExpression call
                && call.getFunctionNameExpression() instanceof IASTIdExpression id
                && id.getName().resolveBinding() instanceof ICExternalBinding;
    }

    /** The declared type of the variable a declarator declares, or null. */
    static IType typeOf(IASTDeclarator declarator) {
        try {
            IBinding b = FileTranslator.innermost(declarator).getName().resolveBinding();
            return b instanceof IVariable v ? v.getType() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * {@code type} as a {@link StoredType} when it is a pointer to a struct or union of known size, else
     * null. The name is the type as written ({@code PBIG_CONTEXT}, {@code BIG_CONTEXT *}).
     */
    StoredType stored(IType type) {
        IType pointer = strip(type);
        if (!(pointer instanceof IPointerType p)) return null;
        IType pointee = strip(p.getType());
        if (!(pointee instanceof ICompositeType)) return null;
        Long size = sizeOf(pointee);
        if (size == null) return null;
        return new StoredType(ASTTypeUtil.getType(type, false), size);
    }

    /** True when {@code type} is known and is not a pointer (a status, a count): it cannot hold a block. */
    static boolean isKnownNonPointer(IType type) {
        IType t = strip(type);
        return t != null && !(t instanceof IPointerType) && !(t instanceof IProblemType);
    }

    /** True when {@code a} and {@code b} are known to be the same type. */
    static boolean sameType(IType a, IType b) {
        try {
            return a != null && b != null && (a == b || a.isSameType(b));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static IType strip(IType t) {
        while (t instanceof ITypedef || t instanceof IQualifierType) {
            t = t instanceof ITypedef d ? d.getType() : ((IQualifierType) t).getType();
        }
        return t;
    }

    /** False when a struct inside {@code type} (not behind a pointer) has a layout CDT gets wrong. */
    private boolean measurable(IType type, Set<IType> seen) {
        IType t = strip(type);
        while (t instanceof IArrayType a) t = strip(a.getType());
        if (!(t instanceof ICompositeType c) || !seen.add(c)) return true;
        if (unmeasurable().contains(c)) return false;
        for (IField f : c.getFields()) {
            if (!f.isStatic() && !measurable(f.getType(), seen)) return false;
        }
        return true;
    }

    private Set<IBinding> unmeasurable() {
        if (unmeasurable == null) unmeasurable = findUnmeasurable();
        return unmeasurable;
    }

    /** The structs and unions defined with bit fields or inside a packed region of their file. */
    private Set<IBinding> findUnmeasurable() {
        Map<String, List<long[]>> packed = packedRegions();
        Set<IBinding> found = new HashSet<>();
        tu.accept(new ASTVisitor() {
            {
                shouldVisitDeclSpecifiers = true;
            }

            @Override
            public int visit(IASTDeclSpecifier spec) {
                if (spec instanceof IASTCompositeTypeSpecifier c && (hasBitFields(c) || inside(packed, c))) {
                    IASTName name = c.getName();
                    IBinding b = name == null ? null : name.resolveBinding();
                    if (b != null) found.add(b);
                }
                return PROCESS_CONTINUE;
            }
        });
        return found;
    }

    private static boolean hasBitFields(IASTCompositeTypeSpecifier c) {
        for (IASTDeclaration member : c.getMembers()) {
            if (!(member instanceof IASTSimpleDeclaration s)) continue;
            for (IASTDeclarator d : s.getDeclarators()) {
                if (d instanceof IASTFieldDeclarator f && f.getBitFieldSize() != null) return true;
            }
        }
        return false;
    }

    private static boolean inside(Map<String, List<long[]>> packed, IASTCompositeTypeSpecifier c) {
        IASTFileLocation l = c.getFileLocation();
        if (l == null) return false;
        for (long[] region : packed.getOrDefault(l.getFileName(), List.of())) {
            if (l.getNodeOffset() >= region[0] && l.getNodeOffset() < region[1]) return true;
        }
        return false;
    }

    /**
     * Per file, the character ranges where a packing other than the default holds: from a
     * {@code #pragma pack(push, N)}, {@code #pragma pack(N)} or {@code #include <pshpackN.h>} to the
     * matching {@code pop}, {@code #pragma pack()} or {@code poppack.h} (or the end of the file).
     */
    private Map<String, List<long[]>> packedRegions() {
        Map<String, List<long[]>> regions = new HashMap<>();
        Map<String, List<Long>> open = new HashMap<>();
        for (IASTPreprocessorStatement s : tu.getAllPreprocessorStatements()) {
            IASTFileLocation l = s.getFileLocation();
            if (l == null) continue;
            String text = directive(s);
            if (text == null) continue;
            List<Long> starts = open.computeIfAbsent(l.getFileName(), k -> new ArrayList<>());
            if (text.equals("push")) {
                starts.add((long) l.getNodeOffset());
            } else if (!starts.isEmpty()) {
                long start = starts.remove(starts.size() - 1);
                regions.computeIfAbsent(l.getFileName(), k -> new ArrayList<>()).add(new long[] {start, l.getNodeOffset()});
            }
        }
        open.forEach((file, starts) -> starts.forEach(start ->
                regions.computeIfAbsent(file, k -> new ArrayList<>()).add(new long[] {start, Long.MAX_VALUE})));
        return regions;
    }

    /** "push" for a statement that starts a packed region, "pop" for one that ends it, else null. */
    private static String directive(IASTPreprocessorStatement s) {
        if (s instanceof IASTPreprocessorIncludeStatement inc) {
            String name = inc.getName().toString().toLowerCase(Locale.ROOT);
            if (name.contains("pshpack")) return "push";
            if (name.contains("poppack")) return "pop";
            return null;
        }
        if (!(s instanceof IASTPreprocessorPragmaStatement p)) return null;
        String text = new String(p.getMessage()).replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        if (!text.startsWith("pack(")) return null;
        return text.startsWith("pack(pop") || text.equals("pack()") ? "pop" : "push";
    }
}
