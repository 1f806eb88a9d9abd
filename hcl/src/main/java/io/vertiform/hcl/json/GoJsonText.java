package io.vertiform.hcl.json;

/**
 * Go's {@code encoding/json} rules for the two token kinds HCL's JSON parser hands to it: number syntax, and string
 * literals (validation with the byte offset Go reports, and decoding with Go's replacement of invalid UTF-8 and
 * unpaired surrogates by U+FFFD).
 */
final class GoJsonText {
    private GoJsonText() {
    }

    /** Whether {@code b[from, to)} is exactly one JSON number. */
    static boolean isNumber(byte[] b, int from, int to) {
        int i = from;
        if (i < to && b[i] == '-') {
            i++;
        }
        if (i >= to) {
            return false;
        }
        if (b[i] == '0') {
            i++;
        } else if (b[i] >= '1' && b[i] <= '9') {
            while (i < to && isDigit(b[i])) {
                i++;
            }
        } else {
            return false;
        }
        if (i < to && b[i] == '.') {
            i++;
            if (i >= to || !isDigit(b[i])) {
                return false;
            }
            while (i < to && isDigit(b[i])) {
                i++;
            }
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            if (i >= to || !isDigit(b[i])) {
                return false;
            }
            while (i < to && isDigit(b[i])) {
                i++;
            }
        }
        return i == to;
    }

    /**
     * Validates a string literal token (with its quotes) like Go's scanner: -1 when valid, else the error offset
     * Go reports (bytes read when the error was found, so one past an offending byte, or the length at a premature
     * end).
     */
    static int stringErrorOffset(byte[] b, int from, int to) {
        int len = to - from;
        if (len == 0 || b[from] != '"') {
            return len == 0 ? 0 : 1;
        }
        int i = from + 1;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c == '"') {
                return i + 1 == to ? -1 : i + 2 - from;
            }
            if (c == '\\') {
                i++;
                if (i >= to) {
                    return len;
                }
                int e = b[i];
                if (e == 'u') {
                    for (int k = 1; k <= 4; k++) {
                        if (i + k >= to) {
                            return len;
                        }
                        if (!isHex(b[i + k])) {
                            return i + k - from + 1;
                        }
                    }
                    i += 5;
                    continue;
                }
                if ("\"\\/bfnrt".indexOf(e) < 0) {
                    return i - from + 1;
                }
                i++;
                continue;
            }
            if (c < 0x20) {
                return i - from + 1;
            }
            i++;
        }
        return len;
    }

    /** Decodes a valid string literal token (with its quotes). */
    static String decodeString(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from + 1;
        int end = to - 1;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c == '\\') {
                int e = b[i + 1];
                switch (e) {
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        int r = hex4(b, i + 2);
                        i += 6;
                        if (Character.isSurrogate((char) r)) {
                            if (Character.isHighSurrogate((char) r) && i + 6 <= end && b[i] == '\\' && b[i + 1] == 'u') {
                                int r2 = hex4(b, i + 2);
                                if (Character.isLowSurrogate((char) r2)) {
                                    sb.appendCodePoint(Character.toCodePoint((char) r, (char) r2));
                                    i += 6;
                                    continue;
                                }
                            }
                            sb.append('\ufffd');
                        } else {
                            sb.append((char) r);
                        }
                        continue;
                    }
                    default -> sb.append((char) e);
                }
                i += 2;
                continue;
            }
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int cp = io.vertiform.hcl.text.Utf8.strictCodePoint(b, i, end);
            if (cp < 0) {
                sb.append('\ufffd');
                i++;
            } else {
                sb.appendCodePoint(cp);
                i += io.vertiform.hcl.text.Utf8.encodedLength(cp);
            }
        }
        return sb.toString();
    }

    private static int hex4(byte[] b, int i) {
        return Integer.parseInt(new String(b, i, 4, java.nio.charset.StandardCharsets.US_ASCII), 16);
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(byte c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
