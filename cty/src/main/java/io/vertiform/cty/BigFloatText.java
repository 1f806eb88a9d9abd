package io.vertiform.cty;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Go's {@code x.Text('f', -1)} for {@link BigFloat}.
 *
 * <p>Go converts x exactly to decimal, then shortens the digits using the decimal expansions of the two interval
 * ends x ± ½ulp (ulp at x's precision; the ends count as inside only when x's mantissa is even): walking the
 * digits from the left, it stops at the first position where rounding down and/or up stays within the interval,
 * judged digit-by-digit against the interval ends (which it does not align when their decimal exponents differ;
 * that detail is part of the observable output and reproduced here). The digits are then printed without an
 * exponent.
 *
 * <p>Integers whose bits all lie within the precision skip all this: no shorter decimal lies within half an ulp
 * (at most ½), so their exact digits are the answer.
 */
final class BigFloatText {

    private BigFloatText() {
    }

    static String format(BigFloat x) {
        if (x.isInfinite()) {
            return x.isNegative() ? "-Inf" : "+Inf";
        }
        if (x.isZero()) {
            return x.isNegative() ? "-0" : "0";
        }
        if (isExactInteger(x)) {
            return integerText(x);
        }
        return shortestDigits(x).formatF(x.isNegative());
    }

    /**
     * What {@link #format} prints, as sign, significant digits and decimal exponent (0.digits × 10^exp), without
     * writing out the zeros: equal keys ⇔ equal texts. For numbers with huge exponents the text is as long as the
     * exponent (ten million characters for {@code 1e-9999999}) while the key stays short, so comparisons and hashes
     * use keys.
     */
    record Key(boolean negative, String digits, int exp) {
    }

    static Key key(BigFloat x) {
        if (x.isInfinite()) {
            return new Key(x.isNegative(), "Inf", 0);
        }
        if (x.isZero()) {
            return new Key(x.isNegative(), "", 0);
        }
        if (isExactInteger(x)) {
            String t = integerText(x);
            String digits = x.isNegative() ? t.substring(1) : t;
            int len = digits.length();
            while (digits.charAt(len - 1) == '0') {
                len--;
            }
            return new Key(x.isNegative(), digits.substring(0, len), digits.length());
        }
        Decimal d = shortestDigits(x);
        return new Key(x.isNegative(), new String(d.digits, 0, d.length, StandardCharsets.ISO_8859_1), d.exp);
    }

    /** The key of a text {@link #format} printed (so {@code keyOfText(format(x))} equals {@code key(x)}). */
    static Key keyOfText(String text) {
        boolean negative = text.charAt(0) == '-';
        int from = negative || text.charAt(0) == '+' ? 1 : 0;
        if (text.startsWith("Inf", from)) {
            return new Key(negative, "Inf", 0);
        }
        int point = text.indexOf('.');
        String intPart = point < 0 ? text.substring(from) : text.substring(from, point);
        String all = point < 0 ? intPart : intPart + text.substring(point + 1);
        int exp = intPart.length();
        int start = 0;
        while (start < all.length() && all.charAt(start) == '0') {
            start++;
            exp--;
        }
        int end = all.length();
        while (end > start && all.charAt(end - 1) == '0') {
            end--;
        }
        return start == end ? new Key(negative, "", 0) : new Key(negative, all.substring(start, end), exp);
    }

    /** True when {@link #format} of x is at most a few thousand characters long. */
    static boolean hasShortText(BigFloat x) {
        if (!x.isFinite()) {
            return true;
        }
        long e = x.lsbExponent();
        return e > -SHORT_TEXT_BITS && e + x.mantissaBits() < SHORT_TEXT_BITS;
    }

    private static final int SHORT_TEXT_BITS = 8192;

    private static boolean isExactInteger(BigFloat x) {
        return x.lsbExponent() >= 0 && x.goExponent() <= x.precision();
    }

    private static String integerText(BigFloat x) {
        long lsb = x.lsbExponent();
        if (x.hasLongMantissa() && x.goExponent() <= 63) {
            long magnitude = x.mantissaLong() << lsb;
            return Long.toString(x.isNegative() ? -magnitude : magnitude);
        }
        String digits = x.mantissa().shiftLeft(Math.toIntExact(lsb)).toString();
        return x.isNegative() ? "-" + digits : digits;
    }

    private static Decimal shortestDigits(BigFloat x) {
        int prec = x.precision();
        // mantissa scaled to prec+1 bits: its lowest bit is worth half an ulp.
        int up = prec + 1 - x.mantissaBits();
        BigInteger doubled = x.mantissa().shiftLeft(up);
        long exponent = x.lsbExponent() - up;
        boolean inclusive = up >= 2; // the prec-bit mantissa is even
        if (Math.abs(exponent) > 4L * prec + HUGE_EXPONENT_BITS) {
            Decimal bounded = shortestByBounds(doubled, exponent, inclusive, prec);
            if (bounded != null) {
                return bounded;
            }
        }
        if (exponent < 0) {
            Decimal fast = shortestFraction(doubled, Math.toIntExact(-exponent), inclusive);
            if (fast != null) {
                return fast;
            }
        }
        return shortestExact(doubled, exponent, inclusive);
    }

    /** Beyond 2^±(4·prec + this) the expansions are too long to compute; see {@link #shortestByBounds}. */
    private static final int HUGE_EXPONENT_BITS = 4096;

    /**
     * The walk for x = doubled × 2^exponent with a huge exponent, on leading digits obtained from bounds
     * ({@link LeadingDigits#prefixes}). The walk stops within about prec·log10(2) + 1 digits (where x ± ½ulp
     * part), so that many digits plus a margin are computed for x and both interval ends. Their exact expansions
     * are far longer than that (at least about 0.3·|exponent| − 0.44·prec significant digits), so "the walk reached
     * the last digit of an interval end" never applies within the computed digits.
     *
     * @return null if the bounds could not pin the digits down (the caller then expands exactly)
     */
    private static Decimal shortestByBounds(BigInteger doubled, long exponent, boolean inclusive, int prec) {
        int known = (int) (prec * 0.302) + 30;
        BigInteger[] ns = {doubled, doubled.subtract(BigInteger.ONE), doubled.add(BigInteger.ONE)};
        for (int guard = 20; guard <= 2000; guard *= 10) {
            LeadingDigits.Digits[] p = LeadingDigits.prefixes(ns, exponent, known, guard);
            if (p == null) {
                continue;
            }
            Decimal value = Decimal.prefix(p[0].digits(), 1);
            value.exp = p[0].exp();
            Decimal lower = Decimal.prefix(p[1].digits(), 1);
            Decimal upper = Decimal.prefix(p[2].digits(), 1);
            if (shorten(value, lower, upper, inclusive, known)) {
                return value;
            }
        }
        return null;
    }

    /** {@link #format} without the shortcuts for fractions and huge exponents: the reference they are tested against. */
    static String formatByFullExpansion(BigFloat x) {
        if (x.isInfinite() || x.isZero() || isExactInteger(x)) {
            return format(x);
        }
        int up = x.precision() + 1 - x.mantissaBits();
        return shortestExact(x.mantissa().shiftLeft(up), x.lsbExponent() - up, up >= 2).formatF(x.isNegative());
    }

    /**
     * The walk over full exact expansions. Simple but slow: the expansions of 512-bit fractions run to hundreds of
     * digits, most of them beyond the point where the walk stops.
     */
    private static Decimal shortestExact(BigInteger doubled, long exponent, boolean inclusive) {
        Decimal value;
        Decimal lower;
        Decimal upper;
        if (exponent >= 0) {
            int shift = Math.toIntExact(exponent);
            value = Decimal.exact(doubled.shiftLeft(shift).toString(), 0);
            lower = Decimal.exact(doubled.subtract(BigInteger.ONE).shiftLeft(shift).toString(), 0);
            upper = Decimal.exact(doubled.add(BigInteger.ONE).shiftLeft(shift).toString(), 0);
        } else {
            int k = Math.toIntExact(-exponent);
            BigInteger p5 = pow5(k);
            BigInteger scaled = doubled.multiply(p5);
            value = Decimal.exact(scaled.toString(), k);
            lower = Decimal.exact(scaled.subtract(p5).toString(), k);
            upper = Decimal.exact(scaled.add(p5).toString(), k);
        }
        shorten(value, lower, upper, inclusive, Integer.MAX_VALUE);
        return value;
    }

    /**
     * The same walk for x = doubled × 2^-k, computing only the leading digits it can look at.
     *
     * <p>In decimal, x = doubled·5^k × 10^-k and the interval ends are x ∓ 5^k × 10^-k. Lower and x differ within
     * their first len(X) − len(5^k) + 1 digits, and the walk stops at the latest where they first differ, so it
     * never looks further. Dropping the last t digits (t ≤ len(5^k) − 3) of all three numbers is a binary shift:
     * with P = 5^(k−t), X / 10^t = doubled·P / 2^t and 5^k / 10^t = P / 2^t. The ends' truncations follow from X's
     * with one borrow/carry, their lengths are the truncation lengths + t (they are odd, so they have no trailing
     * zeros), and a nonzero remainder of X is kept as a sentinel digit so that rounding sees "more follows".
     *
     * @return null if the walk would leave the computed digits (not expected; the caller then goes exact)
     */
    private static Decimal shortestFraction(BigInteger doubled, int k, boolean inclusive) {
        Scale scale = Scale.of(k);
        int t = scale.dropped;
        BigInteger y = doubled.multiply(scale.p);
        BigInteger qx = y.shiftRight(t);
        BigInteger lowX = t == 0 ? BigInteger.ZERO : y.and(scale.mask);
        BigInteger ql = qx.subtract(scale.qh);
        if (lowX.compareTo(scale.lowH) < 0) {
            ql = ql.subtract(BigInteger.ONE);
        }
        BigInteger qu = qx.add(scale.qh);
        if (lowX.compareTo(scale.carryAbove) > 0) {
            qu = qu.add(BigInteger.ONE);
        }
        String xDigits = decimalString(qx);
        Decimal value = Decimal.truncated(xDigits, lowX.signum() != 0, xDigits.length() + t - k);
        Decimal lower = Decimal.prefix(decimalString(ql), t);
        Decimal upper = Decimal.prefix(decimalString(qu), t);
        if (!shorten(value, lower, upper, inclusive, xDigits.length())) {
            return null;
        }
        return value;
    }

    /** The per-k constants of {@link #shortestFraction}: t, P = 5^(k−t), P / 2^t, P mod 2^t. */
    private static final class Scale {
        private static final Scale[] CACHE = new Scale[POW5_CACHE_SIZE];

        final int dropped;
        final BigInteger p;
        final BigInteger qh;
        final BigInteger lowH;
        final BigInteger mask;
        /** 2^t − 1 − lowH: a low part above it carries into the upper end's truncation. */
        final BigInteger carryAbove;

        private Scale(int k) {
            dropped = Math.max(0, (int) (k * 0.69897) - 3); // <= len(5^k) - 3, see shortestFraction
            p = pow5(k - dropped);
            qh = p.shiftRight(dropped);
            mask = BigInteger.ONE.shiftLeft(dropped).subtract(BigInteger.ONE);
            lowH = p.and(mask);
            carryAbove = mask.subtract(lowH);
        }

        static Scale of(int k) {
            if (k >= CACHE.length) {
                return new Scale(k);
            }
            Scale s = CACHE[k];
            if (s == null) {
                s = new Scale(k);
                CACHE[k] = s; // benign race: all fields are final, every thread builds the same value
            }
            return s;
        }
    }

    private static String decimalString(BigInteger v) {
        return v.bitLength() < 64 ? Long.toString(v.longValue()) : v.toString();
    }

    /**
     * Go's digit walk; {@code knownDigits} is how many leading digits of d are real (see
     * {@link #shortestFraction}). Returns false, leaving d untouched, if the walk would go past them.
     */
    private static boolean shorten(Decimal d, Decimal lower, Decimal upper, boolean inclusive, int knownDigits) {
        for (int i = 0; i < d.length; i++) {
            if (i >= knownDigits - 1) {
                return false;
            }
            byte m = d.digits[i];
            byte l = lower.at(i);
            byte u = upper.at(i);
            boolean canRoundDown = l != m || (inclusive && i + 1 == lower.length);
            boolean canRoundUp = m != u && (inclusive || m + 1 < u || i + 1 < upper.length);
            if (canRoundDown && canRoundUp) {
                d.roundNearest(i + 1);
                return true;
            }
            if (canRoundDown) {
                d.truncate(i + 1);
                return true;
            }
            if (canRoundUp) {
                d.roundUp(i + 1);
                return true;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- powers of five

    private static final int POW5_CACHE_SIZE = 2048;
    private static final BigInteger[] POW5_CACHE = new BigInteger[POW5_CACHE_SIZE];
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    /** 5^k, cached for the exponents that 512-bit numbers of everyday magnitude need. */
    static BigInteger pow5(int k) {
        if (k >= POW5_CACHE_SIZE) {
            return FIVE.pow(k);
        }
        BigInteger p = POW5_CACHE[k];
        if (p == null) {
            p = FIVE.pow(k);
            POW5_CACHE[k] = p; // benign race: every thread computes the same immutable value
        }
        return p;
    }

    // ---------------------------------------------------------------- decimal digits

    /** An unsigned decimal 0.d₁d₂…dₙ × 10^exp with no trailing zero digits (Go's {@code decimal}). */
    private static final class Decimal {
        byte[] digits;
        int length;
        int exp;

        private Decimal(byte[] digits, int length, int exp) {
            this.digits = digits;
            this.length = length;
            this.exp = length == 0 ? 0 : exp;
        }

        /** The exact decimal n × 10^-k from n's digits, trailing zeros trimmed. */
        static Decimal exact(String n, int k) {
            int len = n.length();
            while (len > 0 && n.charAt(len - 1) == '0') {
                len--;
            }
            return new Decimal(ascii(n, len, 0), len, n.length() - k);
        }

        /**
         * Leading digits of a longer number whose remaining digits are unknown except for whether they are all
         * zero; a nonzero rest becomes one sentinel digit '1' (never read as a digit, only as "length goes on").
         */
        static Decimal truncated(String leading, boolean nonzeroRest, int exp) {
            if (nonzeroRest) {
                byte[] d = ascii(leading, leading.length(), 1);
                d[leading.length()] = '1';
                return new Decimal(d, d.length, exp);
            }
            return exact(leading, leading.length() - exp);
        }

        /** Leading digits of a number with {@code more} further digits that are not computed (never read). */
        static Decimal prefix(String leading, int more) {
            return new Decimal(ascii(leading, leading.length(), 0), leading.length() + more, 0);
        }

        private static byte[] ascii(String s, int len, int spare) {
            byte[] d = new byte[len + spare];
            for (int i = 0; i < len; i++) {
                d[i] = (byte) s.charAt(i);
            }
            return d;
        }

        byte at(int i) {
            return i >= 0 && i < length && i < digits.length ? digits[i] : (byte) '0';
        }

        /** Keep n digits, rounding half to even on the last kept digit. */
        void roundNearest(int n) {
            if (n < 0 || n >= length) {
                return;
            }
            boolean up;
            if (digits[n] == '5' && n + 1 == length) {
                up = n > 0 && ((digits[n - 1] - '0') & 1) != 0;
            } else {
                up = digits[n] >= '5';
            }
            if (up) {
                roundUp(n);
            } else {
                truncate(n);
            }
        }

        void roundUp(int n) {
            if (n < 0 || n >= length) {
                return;
            }
            int j = n;
            while (j > 0 && digits[j - 1] >= '9') {
                j--;
            }
            if (j == 0) {
                digits[0] = '1';
                length = 1;
                exp++;
                return;
            }
            digits[j - 1]++;
            length = j;
        }

        void truncate(int n) {
            if (n < 0 || n >= length) {
                return;
            }
            length = n;
            while (length > 0 && digits[length - 1] == '0') {
                length--;
            }
            if (length == 0) {
                exp = 0;
            }
        }

        /** Go's %f with as many fraction digits as the digits need (none for integers). */
        String formatF(boolean negative) {
            int fraction = Math.max(length - exp, 0);
            StringBuilder sb = new StringBuilder((negative ? 1 : 0) + Math.max(exp, 1) + 1 + fraction);
            if (negative) {
                sb.append('-');
            }
            if (exp > 0) {
                int m = Math.min(length, exp);
                for (int i = 0; i < m; i++) {
                    sb.append((char) digits[i]);
                }
                for (int i = m; i < exp; i++) {
                    sb.append('0');
                }
            } else {
                sb.append('0');
            }
            if (fraction > 0) {
                sb.append('.');
                for (int i = 0; i < fraction; i++) {
                    sb.append((char) at(exp + i));
                }
            }
            return sb.toString();
        }

    }
}
