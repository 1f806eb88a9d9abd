package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts from Go's math/big ({@code String()} and {@code Text('g', -1)}) for 512-bit and 53-bit floats. */
class GoNumberFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0|0|0",
        "-0|-0|-0|-0",
        "1|1|1|1",
        "-1|-1|-1|-1",
        "100|100|100|100",
        "1e6|1000000|1e+06|1e+06",
        "1234567|1234567|1.234567e+06|1.234567e+06",
        "12345678901|1.23456789e+10|1.2345678901e+10|1.2345678901e+10",
        "1.5|1.5|1.5|1.5",
        "0.1|0.1|0.1|0.1",
        "0.0001|0.0001|0.0001|0.0001",
        "0.00001|1e-05|1e-05|1e-05",
        "123456789.123|123456789.1|1.23456789123e+08|1.23456789123e+08",
        "9999999999.5|1e+10|9.9999999995e+09|9.9999999995e+09",
        "0.99999999995|1|0.99999999995|0.99999999995",
        "1e21|1e+21|1e+21|1e+21",
        "1e-21|1e-21|1e-21|1e-21",
        "3.14159265358979323846|3.141592654|3.14159265358979323846|3.141592653589793",
        "2.00000000005|2|2.00000000005|2.00000000005",
        "-123.456e7|-1234560000|-1.23456e+09|-1.23456e+09",
        "Inf|+Inf|+Inf|+Inf",
        "-Inf|-Inf|-Inf|-Inf",
        "18446744073709551616|1.844674407e+19|1.8446744073709551616e+19|1.844674407370955e+19",
    })
    void matchesGoBigFloat(String input, String g10, String shortest512, String shortest53) {
        BigFloat f = BigFloat.parse(input);
        assertThat(GoNumberFormat.g10(f)).isEqualTo(g10);
        assertThat(GoNumberFormat.shortestG(f)).isEqualTo(shortest512);
        assertThat(GoNumberFormat.shortestG(f.withPrecision(53))).isEqualTo(shortest53);
    }
}
