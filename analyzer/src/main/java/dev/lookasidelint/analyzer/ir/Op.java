package dev.lookasidelint.analyzer.ir;

import java.util.List;

/**
 * One step of a function in evaluation order: the small IR that the frontend produces and every
 * analysis reads. Expressions are flattened into these steps; an access path stands for an operand
 * when the operand is a plain lvalue (or its address), and is null otherwise.
 */
public sealed interface Op {

    SourceLocation location();

    /**
     * A call. {@code callee} is the called name ({@code null} for calls through pointers);
     * {@code result} is the path the return value is assigned to, if any; {@code resultType} the pointer
     * type the result is converted to there (a cast, or the declared type of {@code result}), or null.
     */
    record Call(String callee, List<Argument> arguments, AccessPath result, SourceLocation location,
                String text, StoredType resultType) implements Op {
        public Call {
            arguments = List.copyOf(arguments);
        }

        public Call(String callee, List<Argument> arguments, AccessPath result, SourceLocation location, String text) {
            this(callee, arguments, result, location, text, null);
        }
    }

    /**
     * An argument of a call: its path when it is a plain lvalue or {@code &lvalue}, its text, where it is,
     * and its value when it is an integer constant the front end can evaluate ({@code 64},
     * {@code sizeof(CONTEXT)}, {@code sizeof(HEADER) + 16}, a macro for one), else null.
     */
    record Argument(AccessPath path, String text, SourceLocation location, Long value) {
        public Argument(AccessPath path, String text, SourceLocation location) {
            this(path, text, location, null);
        }
    }

    /**
     * {@code target = value}. {@code source} is the right-hand path for a copy, or null when the value
     * is something new (a constant, arithmetic, a call whose result went through {@link Call#result}).
     * {@code constant} says whether the value is a known zero ({@code NULL}, {@code 0}, {@code FALSE}) or
     * a known non-zero constant ({@code TRUE}, {@code 1}), which flags are set to. {@code storedAs} is the
     * pointer type a copied pointer is converted to ({@code PBIG q = (PBIG)p}), or null when the copy keeps
     * its type or the type is not known.
     */
    record Assign(AccessPath target, AccessPath source, Constant constant, SourceLocation location, String text,
                  StoredType storedAs) implements Op {

        public Assign(AccessPath target, AccessPath source, Constant constant, SourceLocation location, String text) {
            this(target, source, constant, location, text, null);
        }

        public boolean isNull() {
            return constant == Constant.ZERO;
        }
    }

    /** What is known of an assigned value without running the program. */
    enum Constant { ZERO, NONZERO, UNKNOWN }

    /** The operand is dereferenced: {@code p->F}, {@code *p}, {@code p[i]} all dereference {@code p}. */
    record Deref(AccessPath pointer, SourceLocation location, String text) implements Op {
    }

    /**
     * A return, with the returned path when it is a plain lvalue or the temporary holding a call's value
     * ({@code return Foo(...);}), and whether the value is a known constant ({@code return FALSE;},
     * {@code return NULL;} are {@code ZERO}, {@code return TRUE;} is {@code NONZERO}). Falling off the end
     * is a return too, with no value.
     */
    record Return(AccessPath value, SourceLocation location, String text, Constant constant) implements Op {
        public Return(AccessPath value, SourceLocation location, String text) {
            this(value, location, text, Constant.UNKNOWN);
        }
    }

    /** Locals whose scope ends here (their storage dies). */
    record ScopeEnd(List<String> locals, SourceLocation location) implements Op {
        public ScopeEnd {
            locals = List.copyOf(locals);
        }
    }
}
