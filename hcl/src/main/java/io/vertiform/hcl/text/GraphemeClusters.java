package io.vertiform.hcl.text;

import static io.vertiform.hcl.text.UnicodeTables.CONTROL;
import static io.vertiform.hcl.text.UnicodeTables.CR;
import static io.vertiform.hcl.text.UnicodeTables.EXTEND;
import static io.vertiform.hcl.text.UnicodeTables.EXTENDED_PICTOGRAPHIC;
import static io.vertiform.hcl.text.UnicodeTables.HANGUL_L;
import static io.vertiform.hcl.text.UnicodeTables.HANGUL_LV;
import static io.vertiform.hcl.text.UnicodeTables.HANGUL_LVT;
import static io.vertiform.hcl.text.UnicodeTables.HANGUL_T;
import static io.vertiform.hcl.text.UnicodeTables.HANGUL_V;
import static io.vertiform.hcl.text.UnicodeTables.LF;
import static io.vertiform.hcl.text.UnicodeTables.OTHER;
import static io.vertiform.hcl.text.UnicodeTables.PREPEND;
import static io.vertiform.hcl.text.UnicodeTables.REGIONAL_INDICATOR;
import static io.vertiform.hcl.text.UnicodeTables.ZWJ;

/**
 * Grapheme cluster segmentation of UTF-8 bytes exactly as go-textseg v13's {@code ScanGraphemeClusters} does it
 * with {@code atEOF = true} — the unit HCL counts columns in.
 *
 * <p>go-textseg is a longest-match scanner whose sequences differ from UAX #29 in places, and we follow it:
 * SpacingMark behaves like Extend; a ZWJ glues a following Extended_Pictographic after Hangul, emoji and
 * regional-indicator bases but not after other bases; U+FFFD never extends; "L LV T" splits before T. Characters
 * are read with its loose UTF-8 pattern (any lead byte with the right number of continuation bytes, so
 * surrogates and overlong forms count as ordinary characters); bytes that start no character form a cluster of
 * one byte.
 */
public final class GraphemeClusters {
    private GraphemeClusters() {
    }

    /** End offset (exclusive) of the cluster starting at {@code from}; {@code from < to}. */
    public static int next(byte[] b, int from, int to) {
        int c0 = b[from] & 0xff;
        if (c0 < 0x80) {
            // ASCII fast path: only CR LF, or an extending character after a plain ASCII base, join.
            int next = from + 1;
            if (next == to) {
                return next;
            }
            int c1 = b[next] & 0xff;
            if (c1 < 0x80) {
                if (c0 == '\r' && c1 == '\n') {
                    return next + 1;
                }
                return next;
            }
        }
        return new Cursor(b, from, to).cluster();
    }

    /** Number of clusters in {@code b[from, to)}. */
    public static int count(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i = next(b, i, to)) {
            n++;
        }
        return n;
    }

    /** Reads loose UTF-8 characters and their classes. */
    private static final class Cursor {
        private final byte[] b;
        private final int to;
        private int pos;

        Cursor(byte[] b, int from, int to) {
            this.b = b;
            this.pos = from;
            this.to = to;
        }

        int cluster() {
            int start = pos;
            int cls = peekClass();
            if (cls < 0) {
                return start + 1;
            }
            switch (cls) {
                case CR:
                    take();
                    if (peekClass() == LF) {
                        take();
                    }
                    return pos;
                case LF:
                case CONTROL:
                    take();
                    return pos;
                case PREPEND:
                    while (peekClass() == PREPEND) {
                        take();
                    }
                    int afterPrepends = pos;
                    int base = peekClass();
                    if (base < 0 || base == CR || base == LF || base == CONTROL) {
                        return afterPrepends;
                    }
                    return sequence(base);
                default:
                    return sequence(cls);
            }
        }

        /** One of the sequences that may follow prepends, starting with a character of class {@code cls}. */
        private int sequence(int cls) {
            switch (cls) {
                case HANGUL_L:
                case HANGUL_V:
                case HANGUL_T:
                case HANGUL_LV:
                case HANGUL_LVT:
                    hangul(cls);
                    extension();
                    return pos;
                case EXTENDED_PICTOGRAPHIC:
                    take();
                    extension();
                    return pos;
                case REGIONAL_INDICATOR:
                    take();
                    if (peekClass() == REGIONAL_INDICATOR) {
                        take();
                    }
                    extension();
                    return pos;
                default:
                    // ZWJ, Extend and any other base: only Extend and ZWJ attach, no emoji glue.
                    take();
                    while (true) {
                        int next = peekClass();
                        if (next != EXTEND && next != ZWJ) {
                            return pos;
                        }
                        take();
                    }
            }
        }

        private void hangul(int first) {
            take();
            switch (first) {
                case HANGUL_L:
                    while (peekClass() == HANGUL_L) {
                        take();
                    }
                    // L+ then one of: LV V+ T*, V+ T*, LVT T*, LV, nothing.
                    int next = peekClass();
                    if (next == HANGUL_LV) {
                        take();
                        if (peekClass() == HANGUL_V) {
                            takeAll(HANGUL_V);
                            takeAll(HANGUL_T);
                        }
                    } else if (next == HANGUL_V) {
                        takeAll(HANGUL_V);
                        takeAll(HANGUL_T);
                    } else if (next == HANGUL_LVT) {
                        take();
                        takeAll(HANGUL_T);
                    }
                    return;
                case HANGUL_LV:
                case HANGUL_V:
                    takeAll(HANGUL_V);
                    takeAll(HANGUL_T);
                    return;
                default:
                    takeAll(HANGUL_T);
            }
        }

        /** (Extend | ZWJ Extended_Pictographic?)*. */
        private void extension() {
            while (true) {
                int next = peekClass();
                if (next == EXTEND) {
                    take();
                } else if (next == ZWJ) {
                    take();
                    if (peekClass() == EXTENDED_PICTOGRAPHIC) {
                        take();
                    }
                } else {
                    return;
                }
            }
        }

        private void takeAll(int cls) {
            while (peekClass() == cls) {
                take();
            }
        }

        private int pendingLength;

        /** Class of the character at pos, or -1 when no loose UTF-8 character starts there. */
        private int peekClass() {
            if (pos >= to) {
                return -1;
            }
            int c0 = b[pos] & 0xff;
            if (c0 < 0x80) {
                pendingLength = 1;
                return UnicodeTables.graphemeClass(c0);
            }
            int len;
            int cp;
            if (c0 >= 0xC0 && c0 <= 0xDF) {
                len = 2;
                cp = c0 & 0x1f;
            } else if (c0 >= 0xE0 && c0 <= 0xEF) {
                len = 3;
                cp = c0 & 0x0f;
            } else if (c0 >= 0xF0 && c0 <= 0xF7) {
                len = 4;
                cp = c0 & 0x07;
            } else {
                return -1;
            }
            if (pos + len > to) {
                return -1;
            }
            for (int i = 1; i < len; i++) {
                int c = b[pos + i] & 0xff;
                if ((c & 0xC0) != 0x80) {
                    return -1;
                }
                cp = (cp << 6) | (c & 0x3f);
            }
            pendingLength = len;
            if (canonicalLength(cp) != len || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
                return OTHER;
            }
            if (cp == 0xFFFD) {
                return CONTROL;
            }
            return UnicodeTables.graphemeClass(cp);
        }

        /** Consumes the character the last {@link #peekClass()} looked at. */
        private void take() {
            pos += pendingLength;
        }

        private static int canonicalLength(int cp) {
            if (cp < 0x80) {
                return 1;
            }
            if (cp < 0x800) {
                return 2;
            }
            return cp < 0x10000 ? 3 : 4;
        }
    }
}
