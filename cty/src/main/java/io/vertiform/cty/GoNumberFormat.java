package io.vertiform.cty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The two renderings of Go's {@code big.Float.Text('g', ...)} that leak into cty behaviour: {@code String()} (10
 * significant digits, used in set hashes) and the shortest form (used when Terraform prints a number path step).
 */
final class GoNumberFormat {
    /** Size (in bits) up to which {@link #g10} expands numbers exactly, as Go does; see {@link #cheapToExpand}. */
    private static final int EXPANSION_LIMIT_BITS = 4096;

    private GoNumberFormat() {
    }

    /** Go's {@code x.String()}, i.e. {@code x.Text('g', 10)}. */
    static String g10(BigFloat x) {
        String special = special(x);
        if (special != null) {
            return special;
        }
        if (!cheapToExpand(x)) {
            LeadingDigits.Digits r = LeadingDigits.round(x, 10);
            if (r != null) {
                return sign(x) + formatG(new Decimal(r.digits(), r.exp()), 10, false);
            }
        }
        return g10ByFullExpansion(x);
    }

    /** {@link #g10} the way Go computes it, from the exact decimal expansion: the reference for the shortcut. */
    static String g10ByFullExpansion(BigFloat x) {
        String special = special(x);
        if (special != null) {
            return special;
        }
        BigDecimal exact = x.toBigDecimal().abs();
        BigDecimal rounded = exact.round(new MathContext(10, RoundingMode.HALF_EVEN));
        return sign(x) + formatG(Decimal.of(rounded), 10, false);
    }

    // The exact expansion has about bits(m) + e bits for x = m * 2^e with e >= 0, and bits(m) + 2.33 |e| (it is
    // m * 5^|e|) for e < 0. Up to a few thousand bits it is as quick as bounding; beyond, its cost explodes.
    private static boolean cheapToExpand(BigFloat x) {
        long e = x.lsbExponent();
        return x.mantissaBits() <= EXPANSION_LIMIT_BITS && e >= -EXPANSION_LIMIT_BITS / 2 && e <= EXPANSION_LIMIT_BITS;
    }

    /** Go's {@code x.Text('g', -1)}: shortest digits that identify x at its precision. */
    static String shortestG(BigFloat x) {
        String special = special(x);
        if (special != null) {
            return special;
        }
        // The digits of Text('f', -1) without printing it: for huge exponents that text has millions of zeros.
        BigFloatText.Key k = BigFloatText.key(x);
        return sign(x) + formatG(new Decimal(k.digits(), k.exp()), k.digits().length(), true);
    }

    private static String special(BigFloat x) {
        if (x.isInfinite()) {
            return x.signum() > 0 ? "+Inf" : "-Inf";
        }
        if (x.isZero()) {
            return x.text().startsWith("-") ? "-0" : "0";
        }
        return null;
    }

    private static String sign(BigFloat x) {
        return x.signum() < 0 ? "-" : "";
    }

    /** Digits without leading/trailing zeros; value = 0.digits * 10^exp (Go's {@code decimal}). */
    private record Decimal(String digits, int exp) {
        static Decimal of(BigDecimal nonNegative) {
            if (nonNegative.signum() == 0) {
                return new Decimal("", 0);
            }
            BigDecimal s = nonNegative.stripTrailingZeros();
            String digits = s.unscaledValue().toString();
            return new Decimal(digits, digits.length() - s.scale());
        }

        char at(int i) {
            return i >= 0 && i < digits.length() ? digits.charAt(i) : '0';
        }
    }

    private static String formatG(Decimal d, int prec, boolean shortest) {
        int n = d.digits.length();
        int eprec = prec;
        if (eprec > n && n >= d.exp) {
            eprec = n;
        }
        if (shortest) {
            eprec = 6;
        }
        int exp = d.exp - 1;
        if (exp < -4 || exp >= eprec) {
            int p = Math.min(prec, n);
            return formatE(d, p - 1);
        }
        int p = prec > d.exp ? n : prec;
        return formatF(d, Math.max(p - d.exp, 0));
    }

    private static String formatE(Decimal d, int prec) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.digits.isEmpty() ? '0' : d.digits.charAt(0));
        if (prec > 0) {
            sb.append('.');
            int m = Math.min(d.digits.length(), prec + 1);
            int i = 1;
            if (i < m) {
                sb.append(d.digits, 1, m);
                i = m;
            }
            for (; i <= prec; i++) {
                sb.append('0');
            }
        }
        sb.append('e');
        long exp = d.digits.isEmpty() ? 0 : (long) d.exp - 1;
        sb.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            sb.append('0');
        }
        return sb.append(exp).toString();
    }

    private static String formatF(Decimal d, int prec) {
        StringBuilder sb = new StringBuilder();
        if (d.exp > 0) {
            int m = Math.min(d.digits.length(), d.exp);
            sb.append(d.digits, 0, m);
            for (; m < d.exp; m++) {
                sb.append('0');
            }
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                sb.append(d.at(d.exp + i));
            }
        }
        return sb.toString();
    }
}
