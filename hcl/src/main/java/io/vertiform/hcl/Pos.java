package io.vertiform.hcl;

/**
 * A position in a source file: line and column from 1 (columns count grapheme clusters), byte offset from 0.
 */
public record Pos(int line, int column, int byteOffset) {
    /** hcl's {@code InitialPos}: the start of a file. */
    public static final Pos INITIAL = new Pos(1, 1, 0);
}
