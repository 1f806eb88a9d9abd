package io.vertiform.hcl;

/**
 * Go's {@code strconv.Quote} (what {@code %q} prints), which HCL uses to quote names inside diagnostic details.
 * Printability follows Java's Unicode tables for the letter/mark/number/punctuation/symbol categories, as Go's
 * {@code unicode.IsPrint} does with its own.
 */
public final class GoQuote {
    private GoQuote() {
    }

    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendRune(b, cp);
        }
        return b.append('"').toString();
    }

    private static void appendRune(StringBuilder b, int cp) {
        switch (cp) {
            case '"': b.append("\\\""); return;
            case '\\': b.append("\\\\"); return;
            case 0x07: b.append("\\a"); return;
            case '\b': b.append("\\b"); return;
            case '\f': b.append("\\f"); return;
            case '\n': b.append("\\n"); return;
            case '\r': b.append("\\r"); return;
            case '\t': b.append("\\t"); return;
            case 0x0B: b.append("\\v"); return;
            default:
                break;
        }
        if (isPrint(cp)) {
            b.appendCodePoint(cp);
        } else if (cp < ' ' || cp == 0x7f) {
            b.append(String.format("\\x%02x", cp));
        } else if (cp < 0x10000) {
            b.append(String.format("\\u%04x", cp));
        } else {
            b.append(String.format("\\U%08x", cp));
        }
    }

    /** Go's {@code unicode.IsPrint}, pinned to the oracle's Unicode version (see cty's {@code GoStrings}). */
    static boolean isPrint(int cp) {
        return io.vertiform.cty.GoStrings.isPrint(cp);
    }
}
