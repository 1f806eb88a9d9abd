package io.vertiform.foundation.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoFloatTest {

    @Test
    void plainRangeUsesShortestDigits() {
        assertThat(GoFloat.format(1.5, false)).isEqualTo("1.5");
        assertThat(GoFloat.format(100.0, false)).isEqualTo("100");
        assertThat(GoFloat.format(0.000001, false)).isEqualTo("0.000001");
        assertThat(GoFloat.format(123456789012345678e3, false)).isEqualTo("123456789012345680000");
        assertThat(GoFloat.format(-0.0, false)).isEqualTo("-0");
        assertThat(GoFloat.format(0.0, false)).isEqualTo("0");
    }

    @Test
    void exponentRangeMatchesGo() {
        assertThat(GoFloat.format(1e21, false)).isEqualTo("1e+21");
        assertThat(GoFloat.format(1.25e22, false)).isEqualTo("1.25e+22");
        assertThat(GoFloat.format(1e-7, false)).isEqualTo("1e-7");
        assertThat(GoFloat.format(-3.5e-10, false)).isEqualTo("-3.5e-10");
    }

    /** Expected strings were printed by Go 1.19's json.Marshal for the same values. */
    @Test
    void agreesWithGoJsonMarshal() {
        double[] values = {1.25e22, 5e-324, 1.7976931348623157e308, 0.1, 0.3, 2.0 / 3, 1e20, 123456.789e-12,
            9007199254740993.0, 1e-6, 9.999999e-7};
        String[] go = {"1.25e+22", "5e-324", "1.7976931348623157e+308", "0.1", "0.3", "0.6666666666666666",
            "100000000000000000000", "1.23456789e-7", "9007199254740992", "0.000001", "9.999999e-7"};
        for (int i = 0; i < values.length; i++) {
            assertThat(GoFloat.format(values[i], false)).as("value %s", values[i]).isEqualTo(go[i]);
        }
        assertThat(GoFloat.format(0.1f, true)).isEqualTo("0.1");
        assertThat(GoFloat.format(16777217f, true)).isEqualTo("16777216");
    }
}
