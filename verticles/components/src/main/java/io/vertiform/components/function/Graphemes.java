package io.vertiform.components.function;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extended grapheme clusters — characters as a reader counts them, the unit of Terraform's own {@code length}: a
 * letter with its combining accents, a flag of two regional indicators and an emoji joined with zero-width joiners
 * are one each. Java's {@code \X} implements Unicode's segmentation rules.
 */
final class Graphemes {

    private static final Pattern CLUSTER = Pattern.compile("\\X");

    private Graphemes() {
    }

    static int count(String s) {
        Matcher m = CLUSTER.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = CLUSTER.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The first {@code n} clusters of {@code s} (all of it when it has fewer). */
    static String prefix(String s, int n) {
        Matcher m = CLUSTER.matcher(s);
        int end = 0;
        for (int i = 0; i < n && m.find(); i++) {
            end = m.end();
        }
        return s.substring(0, end);
    }
}
