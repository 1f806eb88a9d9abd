package io.vertiform.tests.cty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Compares our response lines with the oracle's for one op. Success lines must be identical. Failures must agree;
 * their texts are compared only where go-cty's wording is part of the contract ({@code convert}), and never for
 * errors raised before go-cty ran (request parsing, rich JSON) or for go-cty panics, whose wording is ours.
 */
final class ConformanceReport {
    record Case(long seed, String request) {
    }

    private static final String[] OWN_PREFIXES = {
        "request: ", "type: ", "to: ", "value: ", "hex: ", "result: ", "go-cty panic", "internal error"
    };
    private static final int SHOWN = 10;

    private final String op;
    private final boolean compareErrorText;
    private final Predicate<String> goCtyBug;
    private final List<String> shown = new ArrayList<>();
    private int cases;
    private int bothOk;
    private int bothFailed;
    private int differentErrorTexts;
    private int diffs;
    private int refused;
    private int goCtyBugs;
    private int nondeterministic;

    /**
     * @param goCtyBug recognises oracle responses that show a known go-cty 1.12.1 bug; those cases are counted,
     *                 not compared
     */
    ConformanceReport(String op, boolean compareErrorText, Predicate<String> goCtyBug) {
        this.op = op;
        this.compareErrorText = compareErrorText;
        this.goCtyBug = goCtyBug;
    }

    /**
     * @param theirAlternatives other answers go-cty gave to the same request when asked again: some conversion
     *                          errors depend on Go's random map iteration order, and matching any of them is fine
     */
    void compare(Case c, String ours, String theirs, Collection<String> theirAlternatives) {
        cases++;
        if (theirs.startsWith("{\"ok\":false,\"error\":\"refused: ")) {
            // Inputs the oracle will not put to go-cty 1.12.1 (see the tofusoup README): version-dependent or
            // memory-hungry decodes, invalid UTF-8 that orders keys, conversions that hit its dynamicReplace bug.
            refused++;
            return;
        }
        if (goCtyBug.test(theirs)) {
            goCtyBugs++;
            return;
        }
        boolean ourOk = ours.startsWith("{\"ok\":true");
        boolean theirOk = theirs.startsWith("{\"ok\":true");
        boolean same;
        if (ourOk && theirOk) {
            bothOk++;
            same = ours.equals(theirs);
        } else if (!ourOk && !theirOk) {
            bothFailed++;
            boolean textsEqual = ours.equals(theirs);
            if (!textsEqual) {
                differentErrorTexts++;
            }
            same = textsEqual || !compareErrorText || ownWording(theirs) || ownWording(ours);
        } else {
            same = false;
        }
        if (!same && theirAlternatives.contains(ours)) {
            nondeterministic++;
            same = true;
        }
        if (!same) {
            diffs++;
            if (shown.size() < SHOWN) {
                shown.add("case seed " + c.seed() + "\n  request: " + c.request() + "\n  ours:    " + ours
                        + "\n  go-cty:  " + theirs + "\n  " + firstDifference(ours, theirs));
            }
        }
    }

    /** Where two long lines part ways, so a one-byte difference in a 2 kB hex string is easy to spot. */
    static String firstDifference(String ours, String theirs) {
        int i = 0;
        while (i < ours.length() && i < theirs.length() && ours.charAt(i) == theirs.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 30);
        return "first difference at char " + i + ": ours ..." + ours.substring(from, Math.min(ours.length(), i + 50))
                + "... go-cty ..." + theirs.substring(from, Math.min(theirs.length(), i + 50)) + "...";
    }

    private static boolean ownWording(String response) {
        int at = response.indexOf("\"error\":\"");
        if (at < 0) {
            return false;
        }
        String error = response.substring(at + 9);
        for (String p : OWN_PREFIXES) {
            if (error.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    int cases() {
        return cases;
    }

    int bothOk() {
        return bothOk;
    }

    int diffs() {
        return diffs;
    }

    String summary() {
        return op + ": " + cases + " cases, " + bothOk + " ok on both sides, " + bothFailed + " failed on both ("
                + differentErrorTexts + " with different texts), " + refused + " refused by the oracle, " + goCtyBugs
                + " showing a known go-cty bug (not compared), " + nondeterministic
                + " matching one of go-cty's nondeterministic answers, " + diffs + " differences";
    }

    String details() {
        StringBuilder sb = new StringBuilder(summary());
        if (diffs > 0) {
            sb.append("\nfirst ").append(shown.size()).append(" differences:\n");
            for (String s : shown) {
                sb.append(s).append('\n');
            }
        }
        return sb.toString();
    }
}
