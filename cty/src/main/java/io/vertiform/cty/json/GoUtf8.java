package io.vertiform.cty.json;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 conversion with Go's rules. Go strings are byte strings: where bytes are not valid UTF-8, Go's decoders
 * ({@code utf8.DecodeRune}, {@code encoding/json}) substitute one U+FFFD per offending byte, which differs from Java's
 * decoder (one U+FFFD per maximal ill-formed subsequence). Java strings may hold lone surrogates that have no UTF-8
 * form; they are written as U+FFFD, which is what Go would print for the equivalent invalid byte.
 */
public final class GoUtf8 {
    private static final char REPLACEMENT = '\uFFFD';

    private GoUtf8() {
    }

    /** Decodes {@code len} bytes at {@code off} as Go would convert them to runes. */
    public static String decode(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end && b[i] >= 0) {
            i++;
        }
        if (i == end) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(len);
        for (int k = off; k < i; k++) {
            sb.append((char) b[k]);
        }
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int size = sequenceLength(b, i, end);
            if (size == 0) {
                sb.append(REPLACEMENT);
                i++;
                continue;
            }
            sb.appendCodePoint(codePoint(b, i, size));
            i += size;
        }
        return sb.toString();
    }

    /** Go's {@code utf8.Valid}. */
    public static boolean isValid(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int size = sequenceLength(b, i, end);
            if (size == 0) {
                return false;
            }
            i += size;
        }
        return true;
    }

    /**
     * Length of the well-formed multi-byte sequence starting at {@code i} (whose first byte is >= 0x80), or 0 if the
     * bytes there are not a complete, shortest-form, non-surrogate encoding of a code point up to U+10FFFF.
     */
    static int sequenceLength(byte[] b, int i, int end) {
        int c0 = b[i] & 0xFF;
        int size;
        int lo = 0x80;
        int hi = 0xBF;
        if (c0 >= 0xC2 && c0 <= 0xDF) {
            size = 2;
        } else if (c0 >= 0xE0 && c0 <= 0xEF) {
            size = 3;
            if (c0 == 0xE0) {
                lo = 0xA0;
            } else if (c0 == 0xED) {
                hi = 0x9F;
            }
        } else if (c0 >= 0xF0 && c0 <= 0xF4) {
            size = 4;
            if (c0 == 0xF0) {
                lo = 0x90;
            } else if (c0 == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return 0;
        }
        if (end - i < size) {
            return 0;
        }
        int c1 = b[i + 1] & 0xFF;
        if (c1 < lo || c1 > hi) {
            return 0;
        }
        for (int k = 2; k < size; k++) {
            int ck = b[i + k] & 0xFF;
            if (ck < 0x80 || ck > 0xBF) {
                return 0;
            }
        }
        return size;
    }

    private static int codePoint(byte[] b, int i, int size) {
        int c0 = b[i] & 0xFF;
        return switch (size) {
            case 2 -> ((c0 & 0x1F) << 6) | (b[i + 1] & 0x3F);
            case 3 -> ((c0 & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
            default -> ((c0 & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6)
                    | (b[i + 3] & 0x3F);
        };
    }

    /** Number of bytes {@link #encode(String, byte[], int)} writes for {@code s}. */
    public static int encodedLength(String s) {
        int n = s.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 2; // four bytes for two chars
                    i++;
                } else {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    /** Writes {@code s} as UTF-8 at {@code pos} (the array must have room) and returns the new position. */
    public static int encode(String s, byte[] dst, int pos) {
        return encode(s, 0, dst, pos);
    }

    /** Writes {@code s} from char index {@code from} as UTF-8 at {@code pos}; returns the new position. */
    public static int encode(String s, int from, byte[] dst, int pos) {
        int n = s.length();
        int p = pos;
        int i = from;
        while (i < n) {
            char c = s.charAt(i++);
            if (c < 0x80) {
                dst[p++] = (byte) c;
            } else if (c < 0x800) {
                dst[p++] = (byte) (0xC0 | (c >> 6));
                dst[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(s.charAt(i))) {
                    int cp = Character.toCodePoint(c, s.charAt(i++));
                    dst[p++] = (byte) (0xF0 | (cp >> 18));
                    dst[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    dst[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    dst[p++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    p = encodeBmp(REPLACEMENT, dst, p);
                }
            } else {
                p = encodeBmp(c, dst, p);
            }
        }
        return p;
    }

    private static int encodeBmp(char c, byte[] dst, int p) {
        dst[p] = (byte) (0xE0 | (c >> 12));
        dst[p + 1] = (byte) (0x80 | ((c >> 6) & 0x3F));
        dst[p + 2] = (byte) (0x80 | (c & 0x3F));
        return p + 3;
    }

    /** {@code s} as UTF-8 bytes, lone surrogates written as U+FFFD. */
    public static byte[] encode(String s) {
        byte[] out = new byte[encodedLength(s)];
        encode(s, out, 0);
        return out;
    }
}
