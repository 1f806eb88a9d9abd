package io.vertiform.components.function;

import java.util.Locale;

/**
 * The plural of an English word when none is given: "y" after a consonant becomes "ies" (city → cities),
 * words ending in s, x, z, ch or sh take "es" (box → boxes), everything else takes "s". Irregular words need the
 * explicit plural argument (child → children).
 */
final class Plurals {

    private Plurals() {
    }

    static String of(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + (Character.isUpperCase(word.charAt(word.length() - 1))
                    ? "IES" : "ies");
        }
        boolean upper = !word.isEmpty() && word.equals(word.toUpperCase(Locale.ROOT))
                && !word.equals(lower);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return word + (upper ? "ES" : "es");
        }
        return word + (upper ? "S" : "s");
    }
}
