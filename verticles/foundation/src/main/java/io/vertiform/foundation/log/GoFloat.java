package io.vertiform.foundation.log;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats floating-point numbers the way Go's encoding/json does: shortest round-trip digits, plain
 * notation for 1e-6 <= |f| < 1e21, otherwise exponent notation with at least two exponent digits except
 * that Go trims {@code e-07} to {@code e-7}.
 */
final class GoFloat {

    private GoFloat() {
    }

    static String format(double value, boolean single) {
        if (value == 0) {
            return (1 / value) < 0 ? "-0" : "0";
        }
        BigDecimal exact = shortest(value, single);
        double abs = Math.abs(value);
        boolean exponent = single
                ? (abs < 1e-6f || abs >= 1e21f)
                : (abs < 1e-6 || abs >= 1e21);
        if (!exponent) {
            return exact.stripTrailingZeros().toPlainString();
        }
        BigDecimal stripped = exact.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - stripped.scale();
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (stripped.signum() < 0) {
            out.append('-');
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append('e').append(exp < 0 ? '-' : '+');
        int absExp = Math.abs(exp);
        if (absExp < 10 && exp >= 0) {
            out.append('0');
        }
        out.append(absExp);
        return out.toString();
    }

    /**
     * The shortest decimal that reads back as the same value. JDK 17's Double.toString sometimes emits a
     * digit too many (1.25e22 prints as 1.2499999999999999E22), so search by precision instead: the decimal
     * nearest the exact binary value at p digits is the best p-digit candidate, and the first p whose
     * candidate round-trips is the shortest.
     */
    private static BigDecimal shortest(double value, boolean single) {
        BigDecimal exact = single ? new BigDecimal((float) value) : new BigDecimal(value);
        for (int p = 1; p < 17; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            boolean same = single ? candidate.floatValue() == (float) value : candidate.doubleValue() == value;
            if (same) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }
}
