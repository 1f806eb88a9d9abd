package io.vertiform.cty.json;

/** JSON string literals written and read exactly as Go's {@code encoding/json} does. */
final class GoJsonStrings {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoJsonStrings() {
    }

    /**
     * Appends {@code s} as a JSON string the way {@code json.Marshal} does: HTML-sensitive {@code < > &} and
     * U+2028/U+2029 are escaped, control characters other than tab/newline/return use a six-character escape.
     */
    static void appendQuoted(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String escape;
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') {
                    continue;
                }
                escape = switch (c) {
                    case '"' -> "\\\"";
                    case '\\' -> "\\\\";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> "\\u00" + HEX[c >> 4] + HEX[c & 0xF];
                };
            } else if (c == '\u2028' || c == '\u2029') {
                escape = c == '\u2028' ? "\\u2028" : "\\u2029";
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            } else if (Character.isSurrogate(c)) {
                escape = "\\ufffd";
            } else {
                continue;
            }
            sb.append(s, start, i).append(escape);
            start = i + 1;
        }
        sb.append(s, start, n).append('"');
    }

    /**
     * Decodes the string literal at {@code [start, end)} (quotes included, already validated by the scanner) like
     * Go's {@code unquote}: invalid UTF-8 and unpaired surrogate escapes become U+FFFD.
     */
    static String unquote(byte[] b, int start, int end) {
        int from = start + 1;
        int to = end - 1;
        int i = from;
        while (i < to && b[i] >= 0x20 && b[i] != '\\' && b[i] != '"') {
            i++;
        }
        if (i == to) {
            return new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int k = from; k < i; k++) {
            sb.append((char) b[k]);
        }
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c == '\\') {
                int e = b[i + 1];
                switch (e) {
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        int r = hex4(b, i + 2, to);
                        i += 6;
                        if (r >= 0xD800 && r < 0xE000) {
                            int r2 = i + 1 < to && b[i] == '\\' && b[i + 1] == 'u' ? hex4(b, i + 2, to) : -1;
                            if (r < 0xDC00 && r2 >= 0xDC00 && r2 < 0xE000) {
                                sb.appendCodePoint(Character.toCodePoint((char) r, (char) r2));
                                i += 6;
                            } else {
                                sb.append('\uFFFD');
                            }
                        } else {
                            sb.append((char) r);
                        }
                        continue;
                    }
                    default -> sb.append((char) e); // '"', '\\', '/'
                }
                i += 2;
            } else if (c < 0x80) {
                sb.append((char) c);
                i++;
            } else {
                int size = GoUtf8.sequenceLength(b, i, to);
                if (size == 0) {
                    sb.append('\uFFFD');
                    i++;
                } else {
                    sb.append(GoUtf8.decode(b, i, size));
                    i += size;
                }
            }
        }
        return sb.toString();
    }

    private static int hex4(byte[] b, int at, int limit) {
        if (at + 4 > limit) {
            return -1;
        }
        int r = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(b[at + k], 16);
            if (d < 0) {
                return -1;
            }
            r = (r << 4) | d;
        }
        return r;
    }
}
