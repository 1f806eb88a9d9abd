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

    /**
     * Go's {@code Properties.BoundaryAfter}: no character appended later can combine with cp. x/text also requires
     * no trailing non-starters in the compatibility decomposition (so U+00AF MACRON, "space + combining macron" in
     * NFKD, is not inert).
     */
    static boolean isInert(int cp) {
        return Normalizer.isNormalized(Character.toString(cp), Normalizer.Form.NFD)
                && !hasNonZeroCombiningClass(cp)
                && !Compositions.TABLE.first(cp) && !Compositions.TABLE.second(cp)
                && trailingNonStarters(cp) == 0;
    }

    /**
     * A non-starter for stream-safe processing, as x/text counts them: a combining mark, or a character that
     * combines with the one before it (Hangul vowel and final jamo, some Indic vowel signs).
     */
    private static boolean isNonStarter(int cp) {
        return hasNonZeroCombiningClass(cp) || Compositions.TABLE.second(cp);
    }

    // x/text counts leading and trailing non-starters in the compatibility decomposition.
    private static int leadingNonStarters(int cp) {
        String d = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKD);
        int count = 0;
        for (int i = 0; i < d.length(); i += Character.charCount(d.codePointAt(i))) {
            if (!isNonStarter(d.codePointAt(i))) {
                break;
            }
            count++;
        }
        return count;
    }

    private static int trailingNonStarters(int cp) {
        String d = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKD);
        int count = 0;
        for (int i = d.length(); i > 0; ) {
            int c = d.codePointBefore(i);
            if (!isNonStarter(c)) {
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
        private static final int HANGUL_L = 0x1100;
        private static final int HANGUL_V = 0x1161;
        private static final int HANGUL_T = 0x11A7;
        private static final int HANGUL_SYLLABLES = 0xAC00;

        static final Compositions TABLE = new Compositions();

        private final BitSet firsts = new BitSet();
        private final BitSet seconds = new BitSet();

        private Compositions() {
            // Hangul composes algorithmically: L + V -> LV, LV + T -> LVT.
            firsts.set(HANGUL_L, HANGUL_L + 19);
            seconds.set(HANGUL_V, HANGUL_V + 21);
            seconds.set(HANGUL_T + 1, HANGUL_T + 28);
            for (int lv = HANGUL_SYLLABLES; lv < HANGUL_SYLLABLES + 11172; lv += 28) {
                firsts.set(lv);
            }
            scan(0, 0x3100);
            scan(0x10000, 0x1D000);
        }

        // Primary composites (Unicode 16) lie in these two ranges; the decompositions elsewhere (CJK compatibility
        // ideographs, Hebrew presentation forms, musical symbols) are singletons or composition exclusions.
        private void scan(int from, int to) {
            for (int cp = from; cp < to; cp++) {
                int type = Character.getType(cp);
                if (type == Character.UNASSIGNED || type == Character.SURROGATE || Character.isIdeographic(cp)) {
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
                    firsts.set(first.codePointAt(0));
                    seconds.set(second);
                }
            }
        }

        /** cp is the first character of a canonical composition pair. */
        boolean first(int cp) {
            return firsts.get(cp);
        }

        /** cp is the second character of a canonical composition pair (it combines backwards). */
        boolean second(int cp) {
            return seconds.get(cp);
        }
    }
}
