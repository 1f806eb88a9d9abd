package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoPrintableTest {

    @Test
    void followsGoOneNineteensTablesOnEveryJdk() {
        assertThat(GoStrings.isPrint(' ')).isTrue();
        assertThat(GoStrings.isPrint('~')).isTrue();
        assertThat(GoStrings.isPrint(0x7f)).isFalse();
        assertThat(GoStrings.isPrint(0xa0)).isFalse(); // no-break space: Go prints only the ASCII space
        assertThat(GoStrings.isPrint(0xad)).isFalse(); // soft hyphen, a format character
        assertThat(GoStrings.isPrint('é')).isTrue();
        assertThat(GoStrings.isPrint(0x0313)).isTrue(); // a combining mark
        assertThat(GoStrings.isPrint(0x1f600)).isTrue();
        assertThat(GoStrings.isPrint(0xe000)).isFalse(); // private use
        assertThat(GoStrings.isPrint(0x10ffff)).isFalse();
        // Unicode 14 added U+061D ARABIC END OF TEXT MARK (JDK 25 knows it): Go 1.19 escapes it, so do we
        assertThat(GoStrings.isPrint(0x061d)).isFalse();
        assertThat(GoStrings.quote("\u061d")).isEqualTo("\"\\u061d\"");
    }
}
