package io.vertiform.framework.schema;

/** What an attribute of cty type number promises beyond "a number": validation checks it. */
public enum NumberKind {
    /** Any cty number (arbitrary precision). */
    ANY,
    /** A whole number between {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE}. */
    INT64,
    /** A number that a 64-bit float represents without overflowing to infinity. */
    FLOAT64
}
