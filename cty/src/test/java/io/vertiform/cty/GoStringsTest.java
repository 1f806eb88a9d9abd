package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoStringsTest {

    @Test
    void quoteMatchesStrconvQuote() {
        String in = "a\u0000b\u0007\b\f\n\r\t\u000b\u001b\u007f\u0080\u00a0\u00ad\u200b\u2028\ufeff"
                + "\uD83D\uDE00\uDB40\uDC01\u00e9\"\\";
        // Output of Go's strconv.Quote for the same runes.
        assertThat(GoStrings.quote(in)).isEqualTo("\"a\\x00b\\a\\b\\f\\n\\r\\t\\v\\x1b\\x7f\\u0080\\u00a0\\u00ad"
                + "\\u200b\\u2028\\ufeff\uD83D\uDE00\\U000e0001\u00e9\\\"\\\\\"");
        assertThat(GoStrings.quote("")).isEqualTo("\"\"");
    }

    @Test
    void orderIsCodePointOrder() {
        List<String> l = new ArrayList<>(List.of("\uD83D\uDE00", "\uFFFD", "z", "", "\u00e9", "Z", "zz"));
        l.sort(GoStrings.ORDER);
        assertThat(l).containsExactly("", "Z", "z", "zz", "\u00e9", "\uFFFD", "\uD83D\uDE00");
        // Java's natural order would put the surrogate pair before U+FFFD.
        assertThat("\uD83D\uDE00".compareTo("\uFFFD")).isNegative();
        assertThat(GoStrings.compare("\uD83D\uDE00", "\uFFFD")).isPositive();
        assertThat(GoStrings.compare("abc", "abc")).isZero();
    }

    @Test
    void isPrintFollowsUnicodeCategories() {
        assertThat(GoStrings.isPrint('a')).isTrue();
        assertThat(GoStrings.isPrint(' ')).isTrue();
        assertThat(GoStrings.isPrint(0x00a0)).isFalse();
        assertThat(GoStrings.isPrint(0x0301)).isTrue();
        assertThat(GoStrings.isPrint(0x200d)).isFalse();
        assertThat(GoStrings.isPrint(0x1F600)).isTrue();
    }
}
