package io.vertiform.hcl.text;

/** Go's {@code unicode} predicates where HCL's behaviour depends on them. */
public final class GoUnicode {
    private GoUnicode() {
    }

    /** Go's {@code unicode.IsSpace}: Latin-1 spaces plus the White_Space property (stable across Unicode versions). */
    public static boolean isSpace(int cp) {
        switch (cp) {
            case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ': case 0x85: case 0xA0:
            case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200A;
        }
    }

    /** Go's {@code strings.TrimLeftFunc(s, unicode.IsSpace)}. */
    public static String trimLeftSpace(String s) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isSpace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return s.substring(i);
    }

    /** Go's {@code strings.TrimRightFunc(s, unicode.IsSpace)}. */
    public static String trimRightSpace(String s) {
        int i = s.length();
        while (i > 0) {
            int cp = s.codePointBefore(i);
            if (!isSpace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
