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

    static boolean isPrint(int cp) {
        if (cp < 0x80) {
            return cp >= 0x20 && cp < 0x7f;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER: case Character.LOWERCASE_LETTER: case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER: case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER: case Character.LETTER_NUMBER: case Character.OTHER_NUMBER:
            case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION: case Character.OTHER_PUNCTUATION:
            case Character.MATH_SYMBOL: case Character.CURRENCY_SYMBOL: case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
