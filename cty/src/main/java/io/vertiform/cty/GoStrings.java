package io.vertiform.cty;

import java.util.Comparator;

/**
 * String helpers that reproduce Go's behaviour where it shows up in cty's observable output.
 *
 * <p>Go compares strings byte-wise over UTF-8, which is code point order; Java's {@link String#compareTo} compares
 * UTF-16 units and disagrees for characters above U+FFFF versus U+E000..U+FFFF. Every ordering of map keys, object
 * attributes and string set elements must use {@link #ORDER}.
 */
public final class GoStrings {
    /** Go's {@code <} on strings (code point order). */
    public static final Comparator<String> ORDER = GoStrings::compare;

    private GoStrings() {
    }

    public static int compare(String a, String b) {
        if (a == b) {
            return 0; // lookups often pass the very name a type or map holds
        }
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                return fixupForCodePointOrder(ca) - fixupForCodePointOrder(cb);
            }
        }
        return a.length() - b.length();
    }

    // Surrogates (D800..DFFF) encode code points above FFFF, so they must sort after E000..FFFF.
    private static int fixupForCodePointOrder(char c) {
        if (c >= 0xD800) {
            return c >= 0xE000 ? c - 0x800 : c + 0x2000;
        }
        return c;
    }

    /** Go's {@code strconv.Quote} (also what {@code fmt.Sprintf("%q", s)} prints for a string). */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append('"');
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendQuotedRune(sb, cp);
        }
        sb.append('"');
        return sb.toString();
    }

    private static void appendQuotedRune(StringBuilder sb, int cp) {
        if (cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\') {
            sb.append((char) cp);
            return;
        }
        switch (cp) {
            case '"' -> sb.append("\\\"");
            case '\\' -> sb.append("\\\\");
            case 0x07 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 0x0B -> sb.append("\\v");
            default -> {
                if (isPrint(cp)) {
                    sb.appendCodePoint(cp);
                } else if (cp < ' ' || cp == 0x7F) {
                    sb.append("\\x").append(hex(cp, 2));
                } else if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                    // A lone surrogate cannot be UTF-8 encoded; Go would see U+FFFD after conversion.
                    sb.append('\uFFFD');
                } else if (cp < 0x10000) {
                    sb.append("\\u").append(hex(cp, 4));
                } else {
                    sb.append("\\U").append(hex(cp, 8));
                }
            }
        }
    }

    private static String hex(int v, int width) {
        String h = Integer.toHexString(v);
        return "0".repeat(Math.max(0, width - h.length())) + h;
    }

    /**
     * Go's {@code unicode.IsPrint} (letters, marks, numbers, punctuation, symbols and the ASCII space) as the
     * oracle's Go has it (Unicode 13), whatever the JDK's Unicode version: see {@link GoPrintable}.
     */
    public static boolean isPrint(int cp) {
        return GoPrintable.isPrint(cp);
    }
}
