package io.vertiform.hcl.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tables probed from the Go libraries (see {@code unicode-tables.txt} and the generator named in its header):
 * grapheme cluster break classes as go-textseg v13 behaves, and the byte sequences the hclsyntax scanner accepts as
 * identifier characters. Probing the real code, rather than reading Unicode data files, keeps the tables identical
 * to the oracle's even where those libraries deviate from the Unicode standard.
 */
final class UnicodeTables {
    static final byte OTHER = 0;
    static final byte CR = 1;
    static final byte LF = 2;
    static final byte CONTROL = 3;
    static final byte EXTEND = 4;
    static final byte ZWJ = 5;
    static final byte REGIONAL_INDICATOR = 6;
    static final byte PREPEND = 7;
    static final byte HANGUL_L = 8;
    static final byte HANGUL_V = 9;
    static final byte HANGUL_T = 10;
    static final byte HANGUL_LV = 11;
    static final byte HANGUL_LVT = 12;
    static final byte EXTENDED_PICTOGRAPHIC = 13;

    private static final Table GRAPHEME;
    private static final ByteAutomaton IDENT_START;
    private static final ByteAutomaton IDENT_CONTINUE;

    static {
        List<int[]> gcb = new ArrayList<>();
        ByteAutomaton.Builder start = new ByteAutomaton.Builder();
        ByteAutomaton.Builder cont = new ByteAutomaton.Builder();
        try (InputStream in = UnicodeTables.class.getResourceAsStream("unicode-tables.txt")) {
            if (in == null) {
                throw new IllegalStateException("unicode-tables.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "gcb" -> gcb.add(new int[] {Integer.parseInt(f[1], 16), Integer.parseInt(f[2], 16),
                            graphemeClass(f[3])});
                    case "identstart" -> start.line(f);
                    case "identcont" -> cont.line(f);
                    default -> throw new IllegalStateException("unknown table " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GRAPHEME = new Table(gcb);
        IDENT_START = start.build();
        IDENT_CONTINUE = cont.build();
    }

    private UnicodeTables() {
    }

    static byte graphemeClass(int codePoint) {
        return GRAPHEME.lookup(codePoint);
    }

    /** Length of the non-ASCII identifier-start character at {@code i}, or 0 (see {@link ByteAutomaton}). */
    static int identStartLength(byte[] b, int i, int end) {
        return IDENT_START.match(b, i, end);
    }

    /** Like {@link #identStartLength} for characters that may continue an identifier. */
    static int identContinueLength(byte[] b, int i, int end) {
        return IDENT_CONTINUE.match(b, i, end);
    }

    private static byte graphemeClass(String name) {
        switch (name) {
            case "CR": return CR;
            case "LF": return LF;
            case "Control": return CONTROL;
            case "Extend": return EXTEND;
            case "ZWJ": return ZWJ;
            case "RI": return REGIONAL_INDICATOR;
            case "Prepend": return PREPEND;
            case "L": return HANGUL_L;
            case "V": return HANGUL_V;
            case "T": return HANGUL_T;
            case "LV": return HANGUL_LV;
            case "LVT": return HANGUL_LVT;
            case "ExtPict": return EXTENDED_PICTOGRAPHIC;
            default: throw new IllegalStateException("unknown grapheme class " + name);
        }
    }

    /** Sorted disjoint ranges; ASCII and Latin-1 are answered from a flat array. */
    private static final class Table {
        private final int[] firsts;
        private final int[] lasts;
        private final byte[] classes;
        private final byte[] latin1 = new byte[256];

        Table(List<int[]> ranges) {
            int n = ranges.size();
            firsts = new int[n];
            lasts = new int[n];
            classes = new byte[n];
            for (int i = 0; i < n; i++) {
                int[] r = ranges.get(i);
                firsts[i] = r[0];
                lasts[i] = r[1];
                classes[i] = (byte) r[2];
                for (int cp = r[0]; cp <= Math.min(r[1], 255); cp++) {
                    latin1[cp] = (byte) r[2];
                }
            }
        }

        byte lookup(int cp) {
            if (cp < 256) {
                return cp < 0 ? 0 : latin1[cp];
            }
            int i = Arrays.binarySearch(firsts, cp);
            if (i < 0) {
                i = -i - 2;
            }
            return i >= 0 && cp <= lasts[i] ? classes[i] : 0;
        }
    }
}
