package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LeadingDigitsTest {

    /** The reference: expand m × 2^e exactly, round half to even. */
    private static LeadingDigits.Digits exactRound(BigInteger m, long e, int n) {
        BigDecimal exact = e >= 0 ? new BigDecimal(m.shiftLeft((int) e))
                : new BigDecimal(m.multiply(BigInteger.valueOf(5).pow((int) -e)), (int) -e);
        BigDecimal r = exact.round(new MathContext(n, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String d = r.unscaledValue().toString();
        return new LeadingDigits.Digits(d, d.length() - r.scale());
    }

    private static BigInteger oddMantissa(Random random, int maxBits) {
        return new BigInteger(1 + random.nextInt(maxBits), random).setBit(0);
    }

    @Test
    void roundingMatchesTheFullExpansion() {
        Random random = new Random(7);
        int unresolved = 0;
        for (int i = 0; i < 3000; i++) {
            BigInteger m = oddMantissa(random, i % 5 == 0 ? 2000 : 600);
            long e = random.nextInt(6000) - 3000;
            int n = i % 3 == 0 ? 1 + random.nextInt(30) : 10;
            LeadingDigits.Digits want = exactRound(m, e, n);
            for (int w : new int[] {64, 192}) {
                LeadingDigits.Digits got = LeadingDigits.round(m, e, n, w);
                if (got != null) {
                    assertThat(got).as("%s p %d, %d digits, %d bits", m, e, n, w).isEqualTo(want);
                }
            }
            BigFloat x = BigFloatArith.round(false, m, e, false, Math.max(m.bitLength(), 1));
            LeadingDigits.Digits laddered = LeadingDigits.round(x, n);
            if (laddered == null) {
                unresolved++; // only exact halfway points may stay unresolved
            } else {
                assertThat(laddered).as("%s p %d", m, e).isEqualTo(want);
            }
        }
        assertThat(unresolved).isLessThan(5);
    }

    @Test
    void exactHalfwayPointsRoundToEven() {
        // 1234567890|5 and 1234567891|5 followed by zeros: the bounds meet only when the arithmetic is exact.
        for (String digits : new String[] {"12345678905", "12345678915", "99999999995"}) {
            for (int zeros : new int[] {0, 3, 40, 2000}) {
                BigInteger v = new BigInteger(digits).multiply(BigInteger.TEN.pow(zeros));
                BigFloat x = BigFloat.of(v);
                LeadingDigits.Digits want = exactRound(x.mantissa(), x.lsbExponent(), 10);
                LeadingDigits.Digits got = LeadingDigits.round(x, 10);
                if (got != null) {
                    assertThat(got).isEqualTo(want);
                }
                assertThat(GoNumberFormat.g10(x)).isEqualTo(GoNumberFormat.g10ByFullExpansion(x));
            }
        }
        assertThat(LeadingDigits.round(BigFloat.of(12345678905L), 10)).isEqualTo(new LeadingDigits.Digits("123456789", 11));
    }

    @Test
    void valuesNearAHalfwayPointNeedWiderBounds() {
        // 512 bits carry ~154 digits: these differ from 1234567890|5000… only far beyond the 192-bit attempt.
        BigFloat up = BigFloat.parse("1.23456789050000000000000000001e5000");
        BigFloat down = BigFloat.parse("1.23456789049999999999999999999e5000");
        assertThat(LeadingDigits.round(up.mantissa(), up.lsbExponent(), 10, 64)).isNull();
        assertThat(LeadingDigits.round(up, 10)).isEqualTo(new LeadingDigits.Digits("1234567891", 5001));
        assertThat(LeadingDigits.round(down, 10)).isEqualTo(new LeadingDigits.Digits("123456789", 5001));
    }

    @Test
    void prefixesAreTheExactLeadingDigits() {
        Random random = new Random(11);
        int resolved = 0;
        for (int i = 0; i < 500; i++) {
            BigInteger m = oddMantissa(random, 700);
            long e = random.nextInt(8000) - 4000;
            int count = 1 + random.nextInt(200);
            BigInteger[] ns = {m, m.add(BigInteger.TWO), m.shiftLeft(1).subtract(BigInteger.ONE)};
            LeadingDigits.Digits[] got = LeadingDigits.prefixes(ns, e, count, 20);
            if (got == null) {
                continue;
            }
            resolved++;
            for (int k = 0; k < ns.length; k++) {
                BigDecimal exact = e >= 0 ? new BigDecimal(ns[k].shiftLeft((int) e))
                        : new BigDecimal(ns[k].multiply(BigInteger.valueOf(5).pow((int) -e)), (int) -e);
                String all = exact.unscaledValue().toString();
                String digits = (all + "0".repeat(count)).substring(0, count);
                assertThat(got[k]).as("%s p %d", ns[k], e)
                        .isEqualTo(new LeadingDigits.Digits(digits, all.length() - exact.scale()));
            }
        }
        assertThat(resolved).isGreaterThan(490);
    }
}
