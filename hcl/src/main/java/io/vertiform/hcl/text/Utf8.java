package io.vertiform.hcl.text;

/**
 * UTF-8 character boundaries as the hclsyntax scanner sees them: the loose pattern its Ragel machines use (a lead
 * byte with the right number of continuation bytes, so overlong forms and surrogates pass) and strict decoding
 * for identifier classes.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** Length of the loose UTF-8 character at {@code i}, or 0 when none starts there (a "broken" byte). */
    public static int looseLength(byte[] b, int i, int end) {
        int c0 = b[i] & 0xff;
        if (c0 < 0x80) {
            return 1;
        }
        int len;
        if (c0 >= 0xC0 && c0 <= 0xDF) {
            len = 2;
        } else if (c0 >= 0xE0 && c0 <= 0xEF) {
            len = 3;
        } else if (c0 >= 0xF0 && c0 <= 0xF7) {
            len = 4;
        } else {
            return 0;
        }
        if (i + len > end) {
            return 0;
        }
        for (int k = 1; k < len; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return len;
    }

    /**
     * The code point of the strictly valid UTF-8 character at {@code i} (canonical length, no surrogates, at most
     * U+10FFFF), or -1. Its length is {@link #encodedLength(int)}.
     */
    public static int strictCodePoint(byte[] b, int i, int end) {
        int len = looseLength(b, i, end);
        if (len == 0) {
            return -1;
        }
        int c0 = b[i] & 0xff;
        if (len == 1) {
            return c0;
        }
        int cp = c0 & (0x7f >> len);
        for (int k = 1; k < len; k++) {
            cp = (cp << 6) | (b[i + k] & 0x3f);
        }
        if (encodedLength(cp) != len || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            return -1;
        }
        return cp;
    }

    public static int encodedLength(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }

    /**
     * Length of the identifier-start character at {@code i} ({@code _} or a letter; for non-ASCII, the byte
     * sequences hclsyntax's Ragel tables accept, malformed ones included), or 0.
     */
    public static int identStartLength(byte[] b, int i, int end) {
        int c0 = b[i] & 0xff;
        if (c0 < 0x80) {
            return (c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z') || c0 == '_' ? 1 : 0;
        }
        return UnicodeTables.identStartLength(b, i, end);
    }

    /** Length of the character at {@code i} if it may continue an identifier (digits and {@code -} too), or 0. */
    public static int identContinueLength(byte[] b, int i, int end) {
        int c0 = b[i] & 0xff;
        if (c0 < 0x80) {
            return (c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z') || c0 == '_' || (c0 >= '0' && c0 <= '9')
                    || c0 == '-' ? 1 : 0;
        }
        return UnicodeTables.identContinueLength(b, i, end);
    }
}
