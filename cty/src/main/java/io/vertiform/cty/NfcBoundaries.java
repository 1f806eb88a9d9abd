package io.vertiform.cty;

import java.text.Normalizer;
import java.util.BitSet;

/**
 * The NFC segment boundary that Go's {@code golang.org/x/text/unicode/norm} reports with {@code LastBoundary}, which
 * go-cty's safe string prefixes start from. Java exposes no normalization properties, so they are derived from
 * {@link Normalizer}: a character is <em>inert</em> (nothing appended can change it) when it has no canonical
 * decomposition, canonical combining class 0, and takes part in no canonical composition, either as the first or as
 * the second character of a pair.
 */
final class NfcBoundaries {
    /** Go's {@code maxNonStarters}: the stream-safe limit on a run of non-starters. */
    private static final int MAX_NON_STARTERS = 30;
    /** Last code point with a canonical decomposition (U+2FA1D, CJK compatibility ideographs supplement). */
    private static final int LAST_DECOMPOSABLE = 0x2FA1D;

    private NfcBoundaries() {
    }

    /**
     * x/text's {@code NFC.LastBoundary} of s as a char index: s.length() if its last character is inert, else the
     * start of the last starter (skipping back over combining marks), or -1 if there is none.
     */
    static int lastBoundary(String s) {
        int n = s.length();
        if (n == 0) {
            return -1;
        }
        int p = s.offsetByCodePoints(n, -1);
        int cp = s.codePointAt(p);
        if (isInert(cp)) {
            return n;
        }
        int nonStarters = trailingNonStarters(cp);
        boolean starter = leadingNonStarters(cp) == 0;
        int i = p;
        while (!starter) {
            if (i == 0) {
                return -1;
            }
            int q = s.offsetByCodePoints(i, -1);
            int c = s.codePointAt(q);
            nonStarters += trailingNonStarters(c);
            if (nonStarters > MAX_NON_STARTERS) {
                return i;
            }
            starter = leadingNonStarters(c) == 0;
            i = q;
        }
        return i;
    }

    /** Go's {@code Properties.BoundaryAfter}: no character appended later can combine with cp. */
    static boolean isInert(int cp) {
        return isDecompositionFree(cp) && !hasNonZeroCombiningClass(cp) && !Compositions.TABLE.combines(cp);
    }

    private static boolean isDecompositionFree(int cp) {
        return Normalizer.isNormalized(Character.toString(cp), Normalizer.Form.NFD);
    }

    private static int leadingNonStarters(int cp) {
        String d = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
        int count = 0;
        for (int i = 0; i < d.length(); i += Character.charCount(d.codePointAt(i))) {
            if (!hasNonZeroCombiningClass(d.codePointAt(i))) {
                break;
            }
            count++;
        }
        return count;
    }

    private static int trailingNonStarters(int cp) {
        String d = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
        int count = 0;
        for (int i = d.length(); i > 0; ) {
            int c = d.codePointBefore(i);
            if (!hasNonZeroCombiningClass(c)) {
                break;
            }
            count++;
            i -= Character.charCount(c);
        }
        return count;
    }

    /**
     * Canonical combining class ≠ 0 for a character without decomposition, seen through canonical reordering:
     * U+0345 has the highest class in use (240) and U+0334 the lowest (1), so a class in 2..239 moves in front
     * of the first and behind the second, class 1 only in front of the first, class 240 only behind the second.
     */
    private static boolean hasNonZeroCombiningClass(int cp) {
        String c = Character.toString(cp);
        String before = "\u0345" + c;
        String after = c + "\u0334";
        return !Normalizer.normalize(before, Normalizer.Form.NFD).equals(before)
                || !Normalizer.normalize(after, Normalizer.Form.NFD).equals(after);
    }

    /** Characters that are the first or second part of a canonical composition, found once by decomposing. */
    private static final class Compositions {
        static final Compositions TABLE = new Compositions();

        private final BitSet combining = new BitSet();

        private Compositions() {
            for (int cp = 0; cp <= LAST_DECOMPOSABLE; cp++) {
                if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                    continue;
                }
                String s = Character.toString(cp);
                if (Normalizer.isNormalized(s, Normalizer.Form.NFD)) {
                    continue;
                }
                String d = Normalizer.normalize(s, Normalizer.Form.NFD);
                if (!Normalizer.normalize(d, Normalizer.Form.NFC).equals(s)) {
                    continue; // excluded from composition (singletons, composition exclusions)
                }
                // A primary composite is (first, second) where second is the last decomposed character and first
                // recomposes from the rest (it may itself be a composite, e.g. Hangul LV in LVT).
                int second = d.codePointBefore(d.length());
                String first = Normalizer.normalize(d.substring(0, d.length() - Character.charCount(second)),
                        Normalizer.Form.NFC);
                if (first.codePointCount(0, first.length()) == 1
                        && Normalizer.normalize(first + Character.toString(second), Normalizer.Form.NFC).equals(s)) {
                    combining.set(first.codePointAt(0));
                    combining.set(second);
                }
            }
        }

        boolean combines(int cp) {
            return combining.get(cp);
        }
    }
}
