package io.vertiform.cty;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Go's {@code big.ParseFloat(s, 10, prec, ToNearestEven)}: the accepted syntax, the error texts and the exact
 * decimal-to-binary rounding (which goes through Go's rounded powers of five, see {@link BigFloatArith#pow5}).
 *
 * <p>Grammar for base 10: {@code [sign] ("Inf" | "inf" | mantissa [exponent])}, mantissa = digits with at most one
 * '.', at least one digit; exponent = ('e' | 'E' | 'p' | 'P') [sign] digits, where 'p' scales by a power of two.
 * No underscores, no base prefixes, no spaces, and no "Infinity"/"NaN".
 */
final class BigFloatParser {

    private static final String NO_DIGITS = "number has no digits";
    private static final String EXPONENT_OVERFLOW = "exponent overflow";

    private BigFloatParser() {
    }

    static BigFloat parse(String s, int prec) {
        BigFloat special = infinity(s, prec);
        if (special != null) {
            return special;
        }
        int n = s.length();
        if (n == 0) {
            throw new NumberFormatException("EOF");
        }
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            i++;
        }

        int mantissaStart = i;
        int digitCount = 0;
        int digitsBeforePoint = -1;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digitCount++;
            } else if (c == '.' && digitsBeforePoint < 0) {
                digitsBeforePoint = digitCount;
            } else {
                break;
            }
            i++;
        }
        int mantissaEnd = i;
        if (digitCount == 0) {
            throw new NumberFormatException(NO_DIGITS);
        }

        long exponent = 0;
        boolean binaryExponent = false;
        if (i < n) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E' || c == 'p' || c == 'P') {
                binaryExponent = c == 'p' || c == 'P';
                i++;
                int exponentStart = i;
                if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                int digitsStart = i;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                if (i == digitsStart) {
                    throw new NumberFormatException(NO_DIGITS);
                }
                // Go hands the digits (with '-' but without '+') to strconv.ParseInt.
                String digits = s.charAt(exponentStart) == '+'
                        ? s.substring(exponentStart + 1, i)
                        : s.substring(exponentStart, i);
                try {
                    exponent = Long.parseLong(digits);
                } catch (NumberFormatException e) {
                    throw new NumberFormatException("strconv.ParseInt: parsing \"" + digits + "\": value out of range");
                }
            }
        }
        if (i < n) {
            throw new NumberFormatException("expected end of string, found " + quoteByte(firstUtf8Byte(s, i)));
        }

        int fractionDigits = digitsBeforePoint < 0 ? 0 : digitCount - digitsBeforePoint;
        BigInteger mantissa = null;
        long smallMantissa = 0;
        if (digitCount <= 18) {
            for (int k = mantissaStart; k < mantissaEnd; k++) {
                char c = s.charAt(k);
                if (c != '.') {
                    smallMantissa = smallMantissa * 10 + (c - '0');
                }
            }
        } else {
            String digits = digitsBeforePoint < 0
                    ? s.substring(mantissaStart, mantissaEnd)
                    : s.substring(mantissaStart, mantissaEnd).replace(".", "");
            mantissa = new BigInteger(digits);
        }
        int effectivePrec = prec == 0 ? 64 : prec;
        if (mantissa == null ? smallMantissa == 0 : mantissa.signum() == 0) {
            return BigFloat.zero(negative, effectivePrec);
        }
        long decimalExponent = binaryExponent ? -fractionDigits : exponent - fractionDigits;
        long twoExponent = binaryExponent ? exponent - fractionDigits : decimalExponent;
        if (mantissa == null) {
            return compute(negative, smallMantissa, twoExponent, decimalExponent, effectivePrec);
        }
        return compute(negative, mantissa, twoExponent, decimalExponent, effectivePrec);
    }

    /** The value of {@code ±digits × 10^decimalExponent} as ParseFloat computes it (digits > 0). */
    static BigFloat fromDecimal(boolean negative, BigInteger digits, long decimalExponent, int prec) {
        int effectivePrec = prec == 0 ? 64 : prec;
        if (digits.signum() == 0) {
            return BigFloat.zero(negative, effectivePrec);
        }
        try {
            return compute(negative, digits, decimalExponent, decimalExponent, effectivePrec);
        } catch (NumberFormatException e) {
            throw new ArithmeticException(e.getMessage());
        }
    }

    /**
     * {@code ±m × 2^twoExponent × 5^fiveExponent}: exact when there is no power of five, otherwise one rounded
     * multiplication or division by Go's rounded 5^|fiveExponent| (computed with 64 extra bits).
     */
    private static BigFloat compute(boolean negative, long m, long twoExponent, long fiveExponent, int prec) {
        int length = 64 - Long.numberOfLeadingZeros(m);
        checkExponent(length, twoExponent);
        if (fiveExponent == 0) {
            return BigFloatArith.round(negative, m, twoExponent, prec);
        }
        BigFloat exact = BigFloatArith.round(negative, m, twoExponent, 64);
        return scaleByFive(exact, fiveExponent, prec);
    }

    private static BigFloat compute(boolean negative, BigInteger m, long twoExponent, long fiveExponent, int prec) {
        int length = m.bitLength();
        checkExponent(length, twoExponent);
        if (fiveExponent == 0) {
            return BigFloatArith.round(negative, m, twoExponent, false, prec);
        }
        BigFloat exact = BigFloat.normalized(negative, m, twoExponent, length);
        return scaleByFive(exact, fiveExponent, prec);
    }

    /** Go rejects the number when the exponent of the unrounded mantissa's leading bit leaves the int32 range. */
    private static void checkExponent(int mantissaBits, long twoExponent) {
        long goExp;
        try {
            goExp = Math.addExact(twoExponent, mantissaBits);
        } catch (ArithmeticException e) {
            throw new NumberFormatException(EXPONENT_OVERFLOW);
        }
        if (goExp < BigFloat.MIN_EXP || goExp > BigFloat.MAX_EXP) {
            throw new NumberFormatException(EXPONENT_OVERFLOW);
        }
    }

    private static BigFloat scaleByFive(BigFloat exact, long fiveExponent, int prec) {
        BigFloat power = BigFloatArith.pow5(Math.abs(fiveExponent), prec + 64);
        return fiveExponent < 0
                ? BigFloatArith.quo(exact, power, prec)
                : BigFloatArith.mul(exact, power, prec);
    }

    private static BigFloat infinity(String s, int prec) {
        switch (s) {
            case "Inf":
            case "inf":
            case "+Inf":
            case "+inf":
                return BigFloat.infinity(false, prec);
            case "-Inf":
            case "-inf":
                return BigFloat.infinity(true, prec);
            default:
                return null;
        }
    }

    /** Go reads bytes: the offending "character" in its message is the first UTF-8 byte at that position. */
    private static int firstUtf8Byte(String s, int index) {
        char c = s.charAt(index);
        if (c < 0x80) {
            return c;
        }
        byte[] encoded = new String(Character.toChars(s.codePointAt(index))).getBytes(StandardCharsets.UTF_8);
        return encoded[0] & 0xff;
    }

    /** Go's {@code %q} of a byte value, i.e. {@code strconv.QuoteRune(rune(b))}. */
    static String quoteByte(int b) {
        switch (b) {
            case 0x07:
                return "'\\a'";
            case 0x08:
                return "'\\b'";
            case 0x0c:
                return "'\\f'";
            case '\n':
                return "'\\n'";
            case '\r':
                return "'\\r'";
            case '\t':
                return "'\\t'";
            case 0x0b:
                return "'\\v'";
            case '\\':
                return "'\\\\'";
            case '\'':
                return "'\\''";
            default:
                break;
        }
        if (b < 0x20 || b == 0x7f) {
            return String.format("'\\x%02x'", b);
        }
        // Latin-1 C1 controls, NBSP and the soft hyphen are not printable for Go's unicode.IsPrint.
        if ((b >= 0x80 && b <= 0xa0) || b == 0xad) {
            return String.format("'\\u%04x'", b);
        }
        return "'" + (char) b + "'";
    }
}
