package dev.lookasidelint.analyzer.frontend;

import dev.lookasidelint.analyzer.ir.AccessPath;

/**
 * What an expression evaluates to, as far as the analyses care: a path when it is a plain lvalue or
 * the address of one, and whether it is a known constant (for {@code if (0)}, {@code while (TRUE)} and
 * {@code p == NULL}).
 */
record Operand(AccessPath path, Constant constant, String text) {

    enum Constant { ZERO, NONZERO, UNKNOWN }

    static Operand of(AccessPath path, String text) {
        return new Operand(path, Constant.UNKNOWN, text);
    }

    static Operand opaque(String text) {
        return new Operand(null, Constant.UNKNOWN, text);
    }

    boolean isZero() {
        return constant == Constant.ZERO;
    }
}
