package io.vertiform.tests.cty;

import io.vertiform.testkit.random.SeededRandom;

import java.text.Normalizer;

/**
 * Strings that stress cty's text handling: astral characters, combining marks in NFC and NFD spellings, controls,
 * HTML-special characters (Go's JSON escapes them), U+2028/9, numeric- and bool-looking text for conversions.
 */
final class TextGen {
    private static final String[] SPECIALS = {
        "", " ", "<", ">", "&", "<a&b>", "\u2028", "\u2029", "\u0000", "\u001f", "\u007f", "\n", "\t", "\r\n",
        "\"", "\\", "\uFEFF", "\u00a0", "\uFFFD", "\uFFFF", "\uE000", "\uD83D\uDE00", "\uD834\uDD1E",
        "e\u0301", "\u00e9", "\u1E9B\u0323", "\u0041\u030A", "\u212B", "\uAC00", "\u1100\u1161", "a\u0308\u0301",
        "\u0915\u094D\u0937", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uFE0F", "\u0301",
    };
    private static final String[] NUMERIC = {
        "0", "1", "-1", "12", "1.5", "0.1", "-0", "1e3", "1E-7", "007", "+5", ".5", "5.", "1_000", " 1", "1 ",
        "0x10", "Inf", "-Inf", "+Inf", "inf", "NaN", "1e400", "9223372036854775808", "18446744073709551616",
        "3.14159265358979323846264338327950288419716939937510582097494459", "",
    };
    private static final String[] BOOLISH = {"true", "false", "1", "0", "True", "FALSE", "yes", "t"};

    private TextGen() {
    }

    static String string(SeededRandom r) {
        return switch (r.nextInt(12)) {
            case 0 -> r.pick(SPECIALS);
            case 1 -> r.pick(NUMERIC);
            case 2 -> r.pick(BOOLISH);
            case 3 -> Normalizer.normalize(r.unicodeString(12), Normalizer.Form.NFD);
            case 4 -> r.pick(SPECIALS) + r.unicodeString(6) + r.pick(SPECIALS);
            case 5 -> r.identifier(10);
            case 6 -> r.asciiString(20);
            case 7 -> r.chance(0.1) ? r.unicodeString(400) : r.unicodeString(40);
            default -> r.unicodeString(16);
        };
    }

    /**
     * Object attribute names: NFC (cty normalises names, so an NFD name would only test that both sides reject
     * the mismatch), never starting with '$' (keeps clear of rich JSON's wrapper keys).
     */
    static String attributeName(SeededRandom r) {
        String name = switch (r.nextInt(10)) {
            case 0 -> r.pick("", "<a&b>", "a\u2028b", "\u00e9", "\uD83D\uDE00", "\uFF01", "\uE000x", "a b", "a.b");
            case 1, 2 -> r.unicodeString(6);
            default -> r.identifier(8);
        };
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        return name.startsWith("$") ? "_" + name : name;
    }

    /** Map keys: any text, sometimes NFD (normalised by cty); '$' prefixes avoided like attribute names. */
    static String mapKey(SeededRandom r) {
        String key = switch (r.nextInt(8)) {
            case 0 -> r.pick(SPECIALS);
            case 1 -> Normalizer.normalize(r.unicodeString(5), Normalizer.Form.NFD);
            case 2 -> r.pick("\uFF01", "\uD83D\uDE00", "\uE000", "\uFFFD", "a", "b", "A");
            case 3, 4 -> r.unicodeString(6);
            default -> r.identifier(6);
        };
        return key.startsWith("$") ? "_" + key : key;
    }
}
