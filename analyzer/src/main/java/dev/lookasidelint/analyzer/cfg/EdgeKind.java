package dev.lookasidelint.analyzer.cfg;

/** Why control passes along an edge. */
public enum EdgeKind {
    /** Straight-line flow, jumps ({@code goto}, {@code break}, {@code return}). */
    NORMAL,
    /** The condition of a branch held. */
    TRUE,
    /** The condition of a branch did not hold. */
    FALSE,
    /** A {@code case} or {@code default} of a switch was taken. */
    CASE,
    /** An exception raised in a {@code __try} body reaches its {@code __except} handler. */
    EXCEPTION
}
