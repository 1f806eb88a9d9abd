package io.vertiform.components.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The pure text helpers behind the string functions. */
class TextHelpersTest {

    @Test
    void sizes() {
        assertThat(SizeFormat.format(new BigDecimal("1536"), 1)).isEqualTo("1.5 KB");
        assertThat(SizeFormat.format(new BigDecimal("1024"), 0)).isEqualTo("1 KB");
        assertThat(SizeFormat.format(new BigDecimal("1048575"), 1)).isEqualTo("1024.0 KB");
        assertThat(SizeFormat.format(new BigDecimal("1048576"), 3)).isEqualTo("1.000 MB");
        // Exact half: 1.25 KB to one decimal is a tie, even digit wins (Python prints 1.2).
        assertThat(SizeFormat.format(new BigDecimal("1280"), 1)).isEqualTo("1.2 KB");
        assertThat(SizeFormat.format(new BigDecimal("1331.2"), 1)).isEqualTo("1.3 KB");
        assertThat(SizeFormat.format(new BigDecimal("-0.5"), 1)).isEqualTo("-0 B");
    }

    @Test
    void cases() {
        assertThat(TextCase.snake("someValue-withDash")).isEqualTo("some_value_with_dash");
        assertThat(TextCase.kebab("someValue_withUnderscore")).isEqualTo("some-value-with-underscore");
        assertThat(TextCase.camel("_leading_underscore", false)).isEqualTo("LeadingUnderscore");
        assertThat(TextCase.camel("émile zola", true)).isEqualTo("ÉmileZola");
        assertThat(TextCase.camel("tab\tand\u00a0nbsp", false)).isEqualTo("tabAndNbsp");
        assertThat(TextCase.camel("", true)).isEmpty();
    }

    @Test
    void plurals() {
        assertThat(Plurals.of("file")).isEqualTo("files");
        assertThat(Plurals.of("bus")).isEqualTo("buses");
        assertThat(Plurals.of("match")).isEqualTo("matches");
        assertThat(Plurals.of("dish")).isEqualTo("dishes");
        assertThat(Plurals.of("buzz")).isEqualTo("buzzes");
        assertThat(Plurals.of("party")).isEqualTo("parties");
        assertThat(Plurals.of("key")).isEqualTo("keys");
        assertThat(Plurals.of("CITY")).isEqualTo("CITIES");
        assertThat(Plurals.of("BOX")).isEqualTo("BOXES");
        assertThat(Plurals.of("y")).isEqualTo("ys");
    }

    @Test
    void graphemes() {
        assertThat(Graphemes.count("a\u0301b")).isEqualTo(2);
        assertThat(Graphemes.count("👩🏽‍💻")).isEqualTo(1);
        assertThat(Graphemes.count("\r\n")).isEqualTo(1);
        assertThat(Graphemes.prefix("🇫🇷🇩🇪🇮🇹", 2)).isEqualTo("🇫🇷🇩🇪");
        assertThat(Graphemes.prefix("ab", 5)).isEqualTo("ab");
        assertThat(Graphemes.split("e\u0301x")).containsExactly("e\u0301", "x");
    }
}
