package io.vertiform.cty;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * go-cty's {@code ctystrings.SafeKnownPrefix}: cuts a string prefix back so that characters appended later cannot
 * combine with its end. First the NFC step: unless the last character is inert, the prefix ends before the last
 * starter ({@link NfcBoundaries#lastBoundary}). Otherwise the last grapheme cluster is dropped unless it is
 * punctuation that always ends a cluster. A heuristic by design (go-cty documents it as subject to change), so
 * extended grapheme clusters are taken from Java's {@code \X}.
 */
public final class SafePrefix {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final String ALWAYS_ENDS_CLUSTER = "-_:;/\\,.(){}[]|?!~ \t@#$%^&*+\"'";

    private SafePrefix() {
    }

    /** The safe prefix of {@code prefix} (NFC-normalised first). */
    public static String of(String prefix) {
        String p = CtyType.nfc(prefix);
        if (p.isEmpty()) {
            return p;
        }
        int boundary = NfcBoundaries.lastBoundary(p);
        if (boundary != -1 && boundary != p.length()) {
            return p.substring(0, boundary);
        }
        return withoutLastCluster(p);
    }

    /**
     * What go-cty makes of a UTF-8 prefix it cut in the middle of a character: {@code complete} is the part before
     * that character (NFC). The cut-off bytes make the NFC step end the prefix at or before them, so the prefix keeps
     * everything up to the broken character when the character before it is inert, and is otherwise cut before the
     * last starter; the grapheme step is never reached.
     */
    public static String ofCutCharacter(String complete) {
        int boundary = NfcBoundaries.lastBoundary(complete);
        if (boundary == -1) {
            return withoutLastCluster(complete);
        }
        return complete.substring(0, boundary);
    }

    private static String withoutLastCluster(String p) {
        if (p.isEmpty()) {
            return p;
        }
        Matcher m = GRAPHEME.matcher(p);
        int lastStart = 0;
        while (m.find()) {
            lastStart = m.start();
        }
        lastStart = withoutConjunctJoining(p, lastStart);
        String last = p.substring(lastStart);
        if (last.codePointCount(0, last.length()) == 1 && ALWAYS_ENDS_CLUSTER.indexOf(last.codePointAt(0)) >= 0) {
            return p;
        }
        return p.substring(0, lastStart);
    }

    /**
     * Unicode 15.1 (JDK 22+) keeps Indic conjuncts (consonant, virama, consonant) in one cluster (rule GB9c);
     * go-cty's go-textseg v15 follows Unicode 15.0, where the consonant after the virama starts a new cluster.
     * Returns the start of the last Unicode 15.0 cluster within the last cluster found from {@code start}.
     */
    private static int withoutConjunctJoining(String p, int start) {
        int last = start;
        int prev = -1;
        int beforePrev = -1;
        for (int i = start; i < p.length(); i += Character.charCount(p.codePointAt(i))) {
            int cp = p.codePointAt(i);
            boolean afterLinker = INDIC_LINKERS.indexOf(prev) >= 0
                    || (prev == ZERO_WIDTH_JOINER && INDIC_LINKERS.indexOf(beforePrev) >= 0);
            if (i > start && afterLinker && Character.isLetter(cp)) {
                last = i;
            }
            beforePrev = prev;
            prev = cp;
        }
        return last;
    }

    /** The viramas that Unicode 15.1 gives Indic_Conjunct_Break=Linker. */
    private static final String INDIC_LINKERS = "\u094D\u09CD\u0ACD\u0B4D\u0C4D\u0D4D";
    private static final int ZERO_WIDTH_JOINER = 0x200D;
}
