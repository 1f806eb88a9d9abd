package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expectations from go-cty's ctystrings.SafeKnownPrefix (x/text NFC + go-textseg grapheme clusters). */
class SafePrefixTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|''",
        "https://|https://",
        "prefix://|prefix://",
        "abc|ab",
        "abc1|abc",
        "a|''",
        "/|/",
        "e\u0301|''",
        "caf\u00e9|caf",
        "x<|x",
        "x=|x",
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67|''",
        "ab\uD83D\uDC4D\uD83C\uDFFD|ab",
        "hello world|hello worl",
        "foo.|foo.",
        "ok?|ok?",
        "\uAC00|''",
        "1.5|1.",
        "na\u00efve-|na\u00efve-",
    })
    void matchesGoCty(String in, String expected) {
        assertThat(SafePrefix.of(in)).isEqualTo(expected);
    }
}
