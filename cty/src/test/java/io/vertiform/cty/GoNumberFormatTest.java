package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

    /**
     * Large exponents, where g10 rounds from bounds instead of the full expansion. Expected: Go 1.19
     * {@code big.ParseFloat(s, 10, 512, ToNearestEven)} then {@code String()}.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e5000|1e+5000",
        "-1e5000|-1e+5000",
        "1p20000|3.98027684e+6020",
        "1p20001|7.960553681e+6020",
        "-3p15000|-8.453882639e+4515",
        "7e-1000|7e-1000",
        "1e-3000|1e-3000",
        "1.5e-4000|1.5e-4000",
        "123456789.123e4000|1.234567891e+4008",
        "9.9999999995e6000|1e+6001",
        "9.99999999949e6000|9.999999999e+6000",
        "1.23456789050000000000000000001e5000|1.234567891e+5000",
        "1.23456789049999999999999999999e5000|1.23456789e+5000",
        "1.23456789150000000000000000001e-2000|1.234567892e-2000",
        "2.718281828459045235360287471352662497757e9000|2.718281828e+9000",
        "0.1e-2500|1e-2501",
        "1p5000|1.412467032e+1505",
        "1p-2100|6.870828456e-633",
        "1e30000|1e+30000",
        "1p100000|9.99002093e+30102",
        "1e-20000|1e-20000",
        "3.3333333333333333333333333333333333e-25000|3.333333333e-25000",
    })
    void largeExponentsMatchGo(String input, String g10) {
        BigFloat f = BigFloat.parse(input);
        assertThat(GoNumberFormat.g10(f)).isEqualTo(g10);
        assertThat(GoNumberFormat.g10ByFullExpansion(f)).isEqualTo(g10);
    }

    /**
     * Exponents whose full expansion takes Go minutes (fuzzing found set decodes hanging on them). Expected values
     * are the leading digits of 2^k and 10^k from Python's decimal module at 40 digits, rounded to 10 (the 512-bit
     * rounding error of the parsed number is far below the tenth digit).
     */
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e9999999|1e+9999999",
        "-1e-9999999|-1e-9999999",
        "1p99999999|1.842332968e+30102999",
        "1p-99999999|5.427900478e-30103000",
        "-456790.583e0129870709|-4.56790583e+129870714",
        "1p2147483646|4.404032629e+646456992",
        "1p-2147483647|1.135323105e-646456993",
    })
    void hugeExponentsAreRoundedWithoutExpansion(String input, String g10) {
        assertThat(GoNumberFormat.g10(BigFloat.parse(input))).isEqualTo(g10);
    }

    @Test
    void boundedRoundingMatchesFullExpansionForBigMantissas() {
        Random random = new Random(5);
        for (int i = 0; i < 40; i++) {
            BigInteger v = new BigInteger(4097 + random.nextInt(20000), random);
            BigFloat x = BigFloat.of(random.nextBoolean() ? v : v.negate());
            assertThat(GoNumberFormat.g10(x)).isEqualTo(GoNumberFormat.g10ByFullExpansion(x));
        }
        // halfway points in big integers round to even (expected texts from Go's SetInt + String())
        BigInteger e2000 = BigInteger.TEN.pow(2000);
        BigInteger tie = new BigInteger("12345678905").multiply(e2000);
        assertThat(GoNumberFormat.g10(BigFloat.of(tie))).isEqualTo("1.23456789e+2010");
        assertThat(GoNumberFormat.g10(BigFloat.of(new BigInteger("12345678915").multiply(e2000))))
                .isEqualTo("1.234567892e+2010");
        assertThat(GoNumberFormat.g10(BigFloat.of(tie.add(BigInteger.TEN.pow(1000)))))
                .isEqualTo("1.234567891e+2010");
    }
}
