package io.vertiform.components.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Python str.format cases, checked against CPython 3.12 by hand. */
class FormatTemplateTest {

    @Test
    void positionalAndAutomaticFields() {
        assertThat(FormatTemplate.format("{}-{}", List.of("a", "b"))).isEqualTo("a-b");
        assertThat(FormatTemplate.format("{1}{0}{1}", List.of("a", "b"))).isEqualTo("bab");
        assertThat(FormatTemplate.format("{{}} {{0}} }}{{", List.of())).isEqualTo("{} {0} }{");
        assertThat(FormatTemplate.format("{}", List.of("a", "unused"))).isEqualTo("a");
        assertThat(FormatTemplate.format("", List.of())).isEmpty();
        assertThat(FormatTemplate.format("{00}", List.of("x"))).isEqualTo("x");
        assertThat(FormatTemplate.format("😀{}😀", List.of("é"))).isEqualTo("😀é😀");
    }

    @Test
    void errorsBlameTheTemplateOrTheValues() {
        assertThatThrownBy(() -> FormatTemplate.format("{}{}", List.of("a")))
                .isInstanceOfSatisfying(FormatTemplate.FormatError.class, e -> assertThat(e.blameValues).isTrue());
        assertThatThrownBy(() -> FormatTemplate.format("{99999999999}", List.of("a")))
                .isInstanceOfSatisfying(FormatTemplate.FormatError.class, e -> assertThat(e.blameValues).isTrue());
        for (String bad : List.of("}", "{", "{0", "{}{0}", "{0}{}", "{a}", "{0!r}", "{:>3}", "{0.x}", "{0[1]}", "{ }")) {
            assertThatThrownBy(() -> FormatTemplate.format(bad, List.of("a", "b"))).as(bad)
                    .isInstanceOfSatisfying(FormatTemplate.FormatError.class,
                            e -> assertThat(e.blameValues).isFalse());
        }
    }
}
