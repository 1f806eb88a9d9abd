package io.vertiform.testkit.random;

/**
 * Code-point ranges {@link SeededRandom#unicodeString} draws from, weighted toward the ones that break
 * text handling (astral characters need surrogate pairs; combining marks change grapheme boundaries).
 */
enum UnicodeClass {
    ASCII(30, 0x20, 0x7e),
    LATIN_1(8, 0xa0, 0xff),
    GREEK_CYRILLIC(6, 0x0370, 0x04ff),
    CJK(6, 0x4e00, 0x9fff),
    HANGUL(3, 0xac00, 0xd7a3),
    ARABIC_HEBREW(4, 0x0590, 0x06ff),
    PRIVATE_USE(1, 0xe000, 0xf8ff),
    COMBINING_MARKS(10, 0x0300, 0x036f),
    ZERO_WIDTH(3, 0x200b, 0x200d),
    VARIATION_SELECTORS(2, 0xfe00, 0xfe0f),
    EMOJI(12, 0x1f300, 0x1faff),
    MUSICAL_SYMBOLS(3, 0x1d100, 0x1d1ff),
    CJK_EXTENSION_B(4, 0x20000, 0x2a6df),
    SUPPLEMENTARY_PRIVATE_USE(1, 0xf0000, 0xffffd);

    private static final UnicodeClass[] VALUES = values();
    private static final int TOTAL_WEIGHT = totalWeight();

    private final int weight;
    private final int first;
    private final int last;

    UnicodeClass(int weight, int first, int last) {
        this.weight = weight;
        this.first = first;
        this.last = last;
    }

    static int pickCodePoint(SeededRandom random) {
        int draw = random.nextInt(TOTAL_WEIGHT);
        for (UnicodeClass c : VALUES) {
            draw -= c.weight;
            if (draw < 0) {
                return random.intBetween(c.first, c.last);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * Whether the code point only makes sense after a base character. Range-based on purpose: the JDK's
     * Unicode tables differ between releases, and generated text must be identical on every JDK.
     */
    static boolean isCombining(int codePoint) {
        return (codePoint >= COMBINING_MARKS.first && codePoint <= COMBINING_MARKS.last)
                || (codePoint >= ZERO_WIDTH.first && codePoint <= ZERO_WIDTH.last)
                || (codePoint >= VARIATION_SELECTORS.first && codePoint <= VARIATION_SELECTORS.last);
    }

    private static int totalWeight() {
        int sum = 0;
        for (UnicodeClass c : VALUES) {
            sum += c.weight;
        }
        return sum;
    }
}
