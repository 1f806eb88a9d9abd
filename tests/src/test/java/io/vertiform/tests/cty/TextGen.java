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
        return avoidGoNfcClipping(unicode13(anyString(r)));
    }

    /**
     * Moves code points that Unicode assigned after version 13.0 (within the ranges the testkit draws from) to older
     * neighbours. Go 1.19 and Debian's x/text know Unicode 13, like JDK 17, while JDK 25 knows Unicode 16: for newer
     * characters the JDKs would disagree with each other about printability (strconv.Quote in error texts) and NFC,
     * and generated text must mean the same on every JDK the tests run on. (That divergence is reported, not fuzzed.)
     */
    static String unicode13(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x9FFD && cp <= 0x9FFF) {
                cp -= 0x10;
            } else if (cp >= 0x1F650 && cp <= 0x1FAFF) {
                cp = 0x1F300 + (cp - 0x1F650) % 0x350;
            } else if (cp >= 0x1D1E9 && cp <= 0x1D1FF) {
                cp = 0x1D1E8;
            } else if (cp >= 0x2A6DE && cp <= 0x2A6DF) {
                cp = 0x2A6D6;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static String anyString(SeededRandom r) {
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
        name = Normalizer.normalize(avoidGoNfcClipping(unicode13(name)), Normalizer.Form.NFC);
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
        key = avoidGoNfcClipping(unicode13(key));
        return key.startsWith("$") ? "_" + key : key;
    }

    /**
     * Separates an astral character from a combining mark right after it. Go's x/text NFC (every version so far,
     * golang/go#81028) truncates a supplementary-plane starter to 16 bits when looking up compositions, so
     * go-cty turns U+2006B U+0301 into U+1E31 (k with acute); Java's Normalizer does not. That known divergence is
     * reported, not fuzzed, so random text must not hit it.
     */
    static String avoidGoNfcClipping(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int prev = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (prev > 0xFFFF && isMark(cp)) {
                sb.append(' ');
            }
            sb.appendCodePoint(cp);
            prev = cp;
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
