package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expectations from Go's golang.org/x/text/unicode/norm (Unicode 13, Debian): {@code NFC.PropertiesString(r)
 * .BoundaryAfter()} and {@code NFC.LastBoundary}. Java 17's Unicode 13 data gives the same inert set for every code
 * point (checked once against the full Go table while writing this).
 */
class NfcBoundariesTest {

    @ParameterizedTest
    @CsvSource({
        "0030, true", // digit
        "002F, true", // solidus
        "4E2D, true", // CJK ideograph
        "1F600, true", // emoji
        "0915, true", // Devanagari KA: its composition with nukta is excluded
        "0061, false", // composes with combining marks
        "003C, false", // composes with U+0338 into U+226E
        "00E9, false", // canonical decomposition
        "0301, false", // combining class 230
        "1161, false", // Hangul vowel jamo combines backwards
        "AC00, false", // Hangul LV syllable composes with a final jamo
        "00AF, false", // compatibility decomposition ends in a combining mark
        "3133, false", // compatibility jamo decomposing to a final jamo
    })
    void inertCharactersMatchXText(String hex, boolean inert) {
        assertThat(NfcBoundaries.isInert(Integer.parseInt(hex, 16))).isEqualTo(inert);
    }

    @Test
    void lastBoundaryMatchesXText() {
        assertThat(NfcBoundaries.lastBoundary("")).isEqualTo(-1);
        assertThat(NfcBoundaries.lastBoundary("abc")).isEqualTo(2);
        assertThat(NfcBoundaries.lastBoundary("ab/")).isEqualTo(3);
        assertThat(NfcBoundaries.lastBoundary("a\u4e2d")).isEqualTo(2);
        // back over combining marks to the starter they belong to
        assertThat(NfcBoundaries.lastBoundary("ax\u0323\u0307")).isEqualTo(1);
        assertThat(NfcBoundaries.lastBoundary("\u0301")).isEqualTo(-1);
        assertThat(NfcBoundaries.lastBoundary("\uD83D\uDE00")).isEqualTo(2);
        // more than 30 non-starters: x/text gives up at the stream-safe limit
        assertThat(NfcBoundaries.lastBoundary("a" + "\u0301".repeat(40))).isEqualTo(1 + 40 - 30);
    }
}
