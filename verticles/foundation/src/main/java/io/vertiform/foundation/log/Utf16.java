package io.vertiform.foundation.log;

/** UTF-16 helpers shared by the renderers. */
final class Utf16 {

    static final int REPLACEMENT = 0xFFFD;

    private Utf16() {
    }

    /** The code point at {@code i}; an unpaired surrogate yields U+FFFD (as Go does for invalid UTF-8). */
    static int codePointAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                return Character.toCodePoint(c, s.charAt(i + 1));
            }
            return REPLACEMENT;
        }
        return Character.isLowSurrogate(c) ? REPLACEMENT : c;
    }

    /** Orders strings by their UTF-8 bytes, which is how Go sorts map keys when encoding JSON. */
    static int compareUtf8Order(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean xs = Character.isSurrogate(x);
                boolean ys = Character.isSurrogate(y);
                if (xs != ys) {
                    // A surrogate encodes a code point above U+FFFF: it sorts after every BMP char in UTF-8.
                    return xs ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
