package io.vertiform.cty;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * go-cty's {@code ctystrings.SafeKnownPrefix}: drops the last grapheme cluster of a string prefix, because characters
 * appended later could combine with it, unless it is punctuation that always ends a cluster. A heuristic by design
 * (go-cty documents it as subject to change), so extended grapheme clusters are taken from Java's {@code \X}.
 */
final class SafePrefix {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final String ALWAYS_ENDS_CLUSTER = "-_:;/\\,.(){}[]|?!~ \t@#$%^&*+\"'";

    private SafePrefix() {
    }

    static String of(String prefix) {
        String p = CtyType.nfc(prefix);
        if (p.isEmpty()) {
            return p;
        }
        Matcher m = GRAPHEME.matcher(p);
        int lastStart = 0;
        while (m.find()) {
            lastStart = m.start();
        }
        String last = p.substring(lastStart);
        if (last.codePointCount(0, last.length()) == 1 && ALWAYS_ENDS_CLUSTER.indexOf(last.codePointAt(0)) >= 0) {
            return p;
        }
        return p.substring(0, lastStart);
    }
}
