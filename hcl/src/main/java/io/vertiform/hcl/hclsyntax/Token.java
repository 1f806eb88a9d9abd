package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Range;

import java.nio.charset.StandardCharsets;

/**
 * A scanned token: its kind, its bytes ({@code src[from, to)} of the scanned buffer) and its source range.
 */
public final class Token {
    final TokenType type;
    final byte[] src;
    final int from;
    final int to;
    final Range range;

    Token(TokenType type, byte[] src, int from, int to, Range range) {
        this.type = type;
        this.src = src;
        this.from = from;
        this.to = to;
        this.range = range;
    }

    public TokenType type() {
        return type;
    }

    public Range range() {
        return range;
    }

    public int length() {
        return to - from;
    }

    public byte byteAt(int i) {
        return src[from + i];
    }

    public byte[] bytes() {
        byte[] b = new byte[to - from];
        System.arraycopy(src, from, b, 0, b.length);
        return b;
    }

    /** The bytes as text (invalid UTF-8 becomes U+FFFD). */
    public String text() {
        return new String(src, from, to - from, StandardCharsets.UTF_8);
    }

    /** Whether the token's bytes are exactly the ASCII text {@code s}. */
    boolean textEquals(String s) {
        if (s.length() != to - from) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (src[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return type.goName() + " " + text() + " " + range;
    }
}
