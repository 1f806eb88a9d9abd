package io.vertiform.cty;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An immutable binary floating-point number with an arbitrary mantissa precision: the value model of a cty number.
 *
 * <p>go-cty stores numbers as Go {@code *big.Float}: a sign, a binary mantissa rounded to a precision (in bits), a
 * binary exponent, plus ±0 and ±Inf. Results that Terraform users see depend on that binary model (HCL's
 * {@code 11 % 5.1} is {@code 0.8000…00024}; {@code 0.8} parsed at 512 bits is not a float64 and so travels as the
 * string {@code "0.8"} in msgpack), so a decimal model such as {@link BigDecimal} cannot be byte-exact. This class
 * reproduces Go's values, precisions and rounding (always ToNearestEven) operation by operation; see the "Numbers"
 * section of {@code cty/README.md}.
 *
 * <p>Precision rules (Go's, as go-cty uses them): {@link #parse(String)} rounds to 512 bits, {@link #of(long)} has 64,
 * {@link #of(double)} 53. {@link #add}, {@link #subtract} and {@link #divide} round to the larger operand precision;
 * {@link #multiply} follows go-cty's {@code Value.Multiply}; {@link #mod} follows go-cty's {@code Value.Modulo}.
 *
 * <p>{@link #equals}/{@link #hashCode}/{@link #compareTo} compare numeric values (precision is ignored and
 * {@code -0 == +0}); go-cty's {@code RawEquals} for numbers compares {@link #text()} instead.
 */
public final class BigFloat implements Comparable<BigFloat> {

    /** The precision go-cty uses when it parses numbers from text ({@code cty.ParseNumberVal}). */
    public static final int PARSE_PRECISION = 512;
    /** Largest precision accepted by the factories (Go allows up to 2^32-1; nothing realistic needs more). */
    public static final int MAX_PRECISION = 1 << 30;

    /** Go's exponent range ({@code big.MinExp}/{@code big.MaxExp}) for the exponent of the mantissa's leading bit. */
    static final long MIN_EXP = Integer.MIN_VALUE;
    static final long MAX_EXP = Integer.MAX_VALUE;

    private static final byte FORM_ZERO = 0;
    private static final byte FORM_FINITE = 1;
    private static final byte FORM_INF = 2;

    /** go-cty's {@code cty.Zero} ({@code big.NewFloat(0)}, precision 53). */
    public static final BigFloat ZERO = zero(false, 53);
    /** One, as {@code cty.NumberIntVal(1)} (precision 64). */
    public static final BigFloat ONE = of(1L);
    /** go-cty's {@code cty.PositiveInfinity} (precision 0, as Go's zero-value Float). */
    public static final BigFloat POSITIVE_INFINITY = infinity(false, 0);
    /** go-cty's {@code cty.NegativeInfinity}. */
    public static final BigFloat NEGATIVE_INFINITY = infinity(true, 0);

    private final byte form;
    private final boolean negative;
    private final int prec;
    /** The odd mantissa when it fits in a positive long (bits <= 63); 0 otherwise. */
    private final long small;
    /** The odd mantissa when it does not fit in a long; null otherwise. */
    private final BigInteger big;
    /** Bit length of the mantissa (finite values only). */
    private final int bits;
    /** Exponent of the mantissa's lowest bit: |value| = mantissa * 2^lsb. */
    private final long lsb;
    /** Lazily computed {@link #text()}; racy publication is fine because String is immutable. */
    private String text;

    private BigFloat(byte form, boolean negative, int prec, long small, BigInteger big, int bits, long lsb) {
        this.form = form;
        this.negative = negative;
        this.prec = prec;
        this.small = small;
        this.big = big;
        this.bits = bits;
        this.lsb = lsb;
    }

    // ---------------------------------------------------------------- internal constructors

    static BigFloat zero(boolean negative, int prec) {
        return new BigFloat(FORM_ZERO, negative, prec, 0, null, 0, 0);
    }

    static BigFloat infinity(boolean negative, int prec) {
        return new BigFloat(FORM_INF, negative, prec, 0, null, 0, 0);
    }

    /** A finite value from an odd positive long mantissa that already fits {@code prec}. */
    static BigFloat finiteOdd(boolean negative, long oddMantissa, long lsb, int prec) {
        int bits = 64 - Long.numberOfLeadingZeros(oddMantissa);
        return new BigFloat(FORM_FINITE, negative, prec, oddMantissa, null, bits, lsb);
    }

    /** A finite value from an odd positive mantissa that already fits {@code prec}. */
    static BigFloat finiteOdd(boolean negative, BigInteger oddMantissa, long lsb, int prec) {
        int bits = oddMantissa.bitLength();
        if (bits <= 63) {
            return new BigFloat(FORM_FINITE, negative, prec, oddMantissa.longValue(), null, bits, lsb);
        }
        return new BigFloat(FORM_FINITE, negative, prec, 0, oddMantissa, bits, lsb);
    }

    /** A finite value from any positive magnitude that already fits {@code prec} (trailing zero bits are moved). */
    static BigFloat normalized(boolean negative, BigInteger magnitude, long lsb, int prec) {
        int tz = magnitude.getLowestSetBit();
        return finiteOdd(negative, tz == 0 ? magnitude : magnitude.shiftRight(tz), lsb + tz, prec);
    }

    // ---------------------------------------------------------------- factories

    /** Like go-cty {@code cty.ParseNumberVal}: {@code big.ParseFloat(s, 10, 512, big.ToNearestEven)}. */
    public static BigFloat parse(String s) {
        return BigFloatParser.parse(s, PARSE_PRECISION);
    }

    /**
     * Like {@code big.ParseFloat(s, 10, prec, big.ToNearestEven)}; a precision of 0 means 64 for finite values,
     * as in Go. Accepts exactly Go's base-10 syntax: optional sign, digits with an optional '.', an optional
     * exponent ({@code e}/{@code E} decimal, {@code p}/{@code P} binary) and {@code Inf}/{@code inf}.
     *
     * @throws NumberFormatException with Go's error text when Go rejects {@code s}
     */
    public static BigFloat parse(String s, int prec) {
        checkPrecision(prec);
        return BigFloatParser.parse(s, prec);
    }

    /** Like {@code new(big.Float).SetInt64(v)} ({@code cty.NumberIntVal}): exact, precision 64. */
    public static BigFloat of(long v) {
        if (v == 0) {
            return zero(false, 64);
        }
        if (v == Long.MIN_VALUE) {
            return finiteOdd(true, 1L, 63, 64);
        }
        long m = Math.abs(v);
        int tz = Long.numberOfTrailingZeros(m);
        return finiteOdd(v < 0, m >>> tz, tz, 64);
    }

    /** Like {@code new(big.Float).SetUint64(v)} ({@code cty.NumberUIntVal}) for v read as unsigned: precision 64. */
    public static BigFloat ofUnsigned(long v) {
        if (v >= 0) {
            return of(v);
        }
        int tz = Long.numberOfTrailingZeros(v);
        if (tz > 0) {
            return finiteOdd(false, v >>> tz, tz, 64);
        }
        BigInteger m = new BigInteger(Long.toUnsignedString(v));
        return finiteOdd(false, m, 0, 64);
    }

    /**
     * Like {@code new(big.Float).SetFloat64(v)} ({@code cty.NumberFloatVal}): exact, precision 53; -0.0 stays
     * negative zero and infinities are kept.
     *
     * @throws IllegalArgumentException for NaN (Go panics with ErrNaN)
     */
    public static BigFloat of(double v) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("Float.SetFloat64(NaN)");
        }
        boolean neg = (Double.doubleToRawLongBits(v) < 0);
        if (v == 0) {
            return zero(neg, 53);
        }
        if (Double.isInfinite(v)) {
            return infinity(neg, 53);
        }
        long raw = Double.doubleToRawLongBits(v);
        int biased = (int) ((raw >>> 52) & 0x7ff);
        long frac = raw & ((1L << 52) - 1);
        long mant;
        long exp;
        if (biased == 0) {
            mant = frac;
            exp = -1074;
        } else {
            mant = frac | (1L << 52);
            exp = biased - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mant);
        return finiteOdd(neg, mant >>> tz, exp + tz, 53);
    }

    /** Like {@code new(big.Float).SetInt(v)}: exact, precision max(64, bit length of v). */
    public static BigFloat of(BigInteger v) {
        int p = Math.max(64, v.bitLength());
        checkPrecision(p);
        if (v.signum() == 0) {
            return zero(false, p);
        }
        return normalized(v.signum() < 0, v.abs(), 0, p);
    }

    /**
     * The value {@code big.ParseFloat} would produce at {@code prec} bits from v's decimal text, i.e. v rounded
     * the same way go-cty rounds a decimal string (Go's decimal-to-binary conversion is not always correctly
     * rounded; this reproduces it).
     *
     * @throws ArithmeticException when the binary exponent exceeds Go's range ("exponent overflow")
     */
    public static BigFloat of(BigDecimal v, int prec) {
        checkPrecision(prec);
        return BigFloatParser.fromDecimal(v.signum() < 0, v.unscaledValue().abs(), -(long) v.scale(), prec);
    }

    private static void checkPrecision(int prec) {
        if (prec < 0 || prec > MAX_PRECISION) {
            throw new IllegalArgumentException("precision out of range: " + prec);
        }
    }

    // ---------------------------------------------------------------- accessors

    /** The mantissa precision in bits (Go's {@code Prec()}); may be 0 for ±0 and ±Inf. */
    public int precision() {
        return prec;
    }

    /** The smallest precision that represents this value exactly (Go's {@code MinPrec()}); 0 for ±0 and ±Inf. */
    public int minPrecision() {
        return form == FORM_FINITE ? bits : 0;
    }

    /** Like Go's {@code new(big.Float).Copy(x).SetPrec(prec)}: rounds to nearest even when prec is smaller. */
    public BigFloat withPrecision(int newPrec) {
        checkPrecision(newPrec);
        if (newPrec == prec) {
            return this;
        }
        return BigFloatArith.setPrecision(this, newPrec);
    }

    /** -1, 0 or +1; 0 for both zeros. */
    public int signum() {
        if (form == FORM_ZERO) {
            return 0;
        }
        return negative ? -1 : 1;
    }

    /** Go's {@code Signbit()}: true for negative values, -0 and -Inf. */
    public boolean isNegative() {
        return negative;
    }

    public boolean isInfinite() {
        return form == FORM_INF;
    }

    public boolean isZero() {
        return form == FORM_ZERO;
    }

    /** Go's {@code IsInt()}: ±0 is an integer, ±Inf is not. */
    public boolean isInt() {
        return form == FORM_ZERO || (form == FORM_FINITE && lsb >= 0);
    }

    // ---------------------------------------------------------------- arithmetic

    /** {@code new(big.Float).Add(x, o)}: result precision is the larger operand precision (go-cty Add). */
    public BigFloat add(BigFloat o) {
        return BigFloatArith.add(this, o, false, Math.max(prec, o.prec));
    }

    /** {@code new(big.Float).SetPrec(prec).Add(x, o)}; prec 0 means the larger operand precision. */
    public BigFloat add(BigFloat o, int resultPrec) {
        checkPrecision(resultPrec);
        return BigFloatArith.add(this, o, false, resultPrec == 0 ? Math.max(prec, o.prec) : resultPrec);
    }

    /** {@code new(big.Float).Sub(x, o)} (identical to go-cty Subtract, which adds the negation). */
    public BigFloat subtract(BigFloat o) {
        return BigFloatArith.add(this, o, true, Math.max(prec, o.prec));
    }

    /** {@code new(big.Float).SetPrec(prec).Sub(x, o)}; prec 0 means the larger operand precision. */
    public BigFloat subtract(BigFloat o, int resultPrec) {
        checkPrecision(resultPrec);
        return BigFloatArith.add(this, o, true, resultPrec == 0 ? Math.max(prec, o.prec) : resultPrec);
    }

    /**
     * go-cty {@code Value.Multiply}: the product is rounded to 512 bits, and the result precision is the larger of
     * the operand precisions and the bits the rounded product needs.
     *
     * @throws ArithmeticException for zero times infinity (Go panics with ErrNaN)
     */
    public BigFloat multiply(BigFloat o) {
        int resultPrec = Math.max(prec, o.prec);
        BigFloat product = BigFloatArith.mul(this, o, PARSE_PRECISION);
        resultPrec = Math.max(resultPrec, product.minPrecision());
        return product.prec == resultPrec ? product : BigFloatArith.setPrecision(product, resultPrec);
    }

    /** {@code new(big.Float).SetPrec(prec).Mul(x, o)}; prec 0 means the larger operand precision. */
    public BigFloat multiply(BigFloat o, int resultPrec) {
        checkPrecision(resultPrec);
        return BigFloatArith.mul(this, o, resultPrec == 0 ? Math.max(prec, o.prec) : resultPrec);
    }

    /**
     * {@code new(big.Float).Quo(x, o)} (go-cty Divide): x/±0 is ±Inf.
     *
     * @throws ArithmeticException for 0/0 and Inf/Inf (Go panics with ErrNaN)
     */
    public BigFloat divide(BigFloat o) {
        return BigFloatArith.quo(this, o, Math.max(prec, o.prec));
    }

    /** {@code new(big.Float).SetPrec(prec).Quo(x, o)}; prec 0 means the larger operand precision. */
    public BigFloat divide(BigFloat o, int resultPrec) {
        checkPrecision(resultPrec);
        return BigFloatArith.quo(this, o, resultPrec == 0 ? Math.max(prec, o.prec) : resultPrec);
    }

    /**
     * go-cty {@code Value.Modulo}: {@code x - o*trunc(x/o)} evaluated with go-cty's intermediate precisions;
     * {@code x % 0 = x}; when either operand is infinite the result is {@code x.multiply(o)} (go-cty's rule for
     * its infinity constants, applied to every infinity here).
     *
     * @throws ArithmeticException where go-cty panics (zero times infinity, or a quotient overflowing to Inf)
     */
    public BigFloat mod(BigFloat o) {
        if (isInfinite() || o.isInfinite()) {
            return multiply(o);
        }
        if (o.isZero()) {
            return this;
        }
        BigFloat ratio = divide(o);
        if (ratio.isInfinite()) {
            throw new ArithmeticException("modulo quotient overflowed to infinity");
        }
        BigFloat truncated = ratio.integerPart();
        int workPrec = prec != 0 ? prec : Math.max(64, truncated.goExponentOrZero());
        BigFloat work = BigFloatArith.setPrecision(truncated, workPrec);
        work = BigFloatArith.mul(o, work, workPrec);
        return BigFloatArith.add(this, work, true, workPrec);
    }

    /** Go's {@code Neg}: same precision, sign flipped (also for zero and infinity). */
    public BigFloat negate() {
        return new BigFloat(form, !negative, prec, small, big, bits, lsb);
    }

    /** Go's {@code Abs}: same precision, sign cleared. */
    public BigFloat abs() {
        return negative ? negate() : this;
    }

    /** Truncation towards zero with the same precision; +0 when |x| < 1 (as Go's {@code Int} then {@code SetInt}). */
    private BigFloat integerPart() {
        if (form != FORM_FINITE || lsb >= 0) {
            return form == FORM_ZERO ? zero(false, prec) : this;
        }
        if (goExponent() <= 0) {
            return zero(false, prec);
        }
        return normalized(negative, mantissa().shiftRight((int) -lsb), 0, prec);
    }

    private int goExponentOrZero() {
        return form == FORM_FINITE ? (int) goExponent() : 0;
    }

    // ---------------------------------------------------------------- comparison

    /** Go's {@code Cmp}: -0 equals +0, infinities compare as expected. */
    @Override
    public int compareTo(BigFloat o) {
        int a = order();
        int b = o.order();
        if (a != b) {
            return a < b ? -1 : 1;
        }
        if (a == 1) {
            return compareMagnitude(this, o);
        }
        if (a == -1) {
            return compareMagnitude(o, this);
        }
        return 0;
    }

    private int order() {
        int m = form == FORM_ZERO ? 0 : form == FORM_FINITE ? 1 : 2;
        return negative ? -m : m;
    }

    private static int compareMagnitude(BigFloat x, BigFloat y) {
        long ex = x.goExponent();
        long ey = y.goExponent();
        if (ex != ey) {
            return ex < ey ? -1 : 1;
        }
        if (x.big == null && y.big == null) {
            long a = x.small << (63 - x.bits);
            long b = y.small << (63 - y.bits);
            return Long.compare(a, b);
        }
        BigInteger a = x.mantissa();
        BigInteger b = y.mantissa();
        if (x.bits < y.bits) {
            a = a.shiftLeft(y.bits - x.bits);
        } else if (y.bits < x.bits) {
            b = b.shiftLeft(x.bits - y.bits);
        }
        return a.compareTo(b);
    }

    /** Numeric equality: precision is ignored, -0 equals +0. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BigFloat)) {
            return false;
        }
        BigFloat o = (BigFloat) other;
        if (form != o.form) {
            return false;
        }
        switch (form) {
            case FORM_ZERO:
                return true;
            case FORM_INF:
                return negative == o.negative;
            default:
                return negative == o.negative && lsb == o.lsb && bits == o.bits && small == o.small
                        && (big == null ? o.big == null : big.equals(o.big));
        }
    }

    @Override
    public int hashCode() {
        switch (form) {
            case FORM_ZERO:
                return 0;
            case FORM_INF:
                return negative ? -1 : 1;
            default:
                int h = big == null ? Long.hashCode(small) : big.hashCode();
                h = 31 * h + Long.hashCode(lsb);
                return negative ? ~h : h;
        }
    }

    // ---------------------------------------------------------------- conversions

    /**
     * Go's {@code x.Text('f', -1)} exactly: the shortest decimal that Go's algorithm finds to identify x at its
     * precision, without exponent ({@code "-0"}, {@code "+Inf"}, {@code "-Inf"} for the specials). This is the
     * text go-cty writes to JSON and msgpack and compares in {@code RawEquals}.
     */
    public String text() {
        String t = text;
        if (t == null) {
            t = BigFloatText.format(this);
            text = t;
        }
        return t;
    }

    @Override
    public String toString() {
        return text();
    }

    /** True when {@code Int64()} would be Exact: an integer in the int64 range (±0 included). */
    public boolean isInt64() {
        if (form != FORM_FINITE) {
            return form == FORM_ZERO;
        }
        if (lsb < 0) {
            return false;
        }
        long e = lsb + bits;
        return e <= 63 || (e == 64 && negative && bits == 1);
    }

    /**
     * The exact int64 value.
     *
     * @throws ArithmeticException when {@link #isInt64()} is false
     */
    public long toLong() {
        if (!isInt64()) {
            throw new ArithmeticException("not an int64: " + text());
        }
        if (form == FORM_ZERO) {
            return 0;
        }
        if (lsb + bits == 64) {
            return Long.MIN_VALUE;
        }
        long magnitude = small << lsb;
        return negative ? -magnitude : magnitude;
    }

    /** True when {@code Uint64()} would be Exact: a non-negative integer below 2^64 (±0 included). */
    public boolean isUint64() {
        if (form != FORM_FINITE) {
            return form == FORM_ZERO;
        }
        return !negative && lsb >= 0 && lsb + bits <= 64;
    }

    /**
     * The exact uint64 value as a long holding the same 64 bits.
     *
     * @throws ArithmeticException when {@link #isUint64()} is false
     */
    public long toUnsignedLong() {
        if (!isUint64()) {
            throw new ArithmeticException("not a uint64: " + text());
        }
        if (form == FORM_ZERO) {
            return 0;
        }
        return (big == null ? small : big.longValue()) << lsb;
    }

    /** True when {@code Float64()} would be Exact: ±0, ±Inf, or a finite value a double represents exactly. */
    public boolean isExactDouble() {
        if (form != FORM_FINITE) {
            return true;
        }
        long e = goExponent() - 1;
        if (e > 1023) {
            return false;
        }
        if (e >= -1022) {
            return bits <= 53;
        }
        return lsb >= -1074;
    }

    /** Go's {@code Float64()} value: nearest double (ties to even), ±Inf on overflow, ±0 on underflow. */
    public double toDouble() {
        return BigFloatArith.toDouble(this);
    }

    /**
     * The exact value as a BigDecimal.
     *
     * @throws ArithmeticException for infinities
     */
    public BigDecimal toBigDecimal() {
        if (form == FORM_INF) {
            throw new ArithmeticException("infinity has no BigDecimal value");
        }
        if (form == FORM_ZERO) {
            return BigDecimal.ZERO;
        }
        BigDecimal magnitude;
        if (lsb >= 0) {
            magnitude = new BigDecimal(mantissa().shiftLeft(Math.toIntExact(lsb)));
        } else {
            int k = Math.toIntExact(-lsb);
            magnitude = new BigDecimal(mantissa().multiply(BigFloatText.pow5(k)), k);
        }
        return negative ? magnitude.negate() : magnitude;
    }

    /**
     * The integer part (truncated towards zero), like Go's {@code Int(nil)}.
     *
     * @throws ArithmeticException for infinities
     */
    public BigInteger toBigInteger() {
        if (form == FORM_INF) {
            throw new ArithmeticException("infinity has no integer value");
        }
        if (form == FORM_ZERO || goExponent() <= 0) {
            return BigInteger.ZERO;
        }
        BigInteger m = mantissa();
        BigInteger magnitude = lsb >= 0 ? m.shiftLeft(Math.toIntExact(lsb)) : m.shiftRight((int) -lsb);
        return negative ? magnitude.negate() : magnitude;
    }

    // ---------------------------------------------------------------- package-private view of the representation

    boolean isFinite() {
        return form == FORM_FINITE;
    }

    /** True when the (odd) mantissa fits in a long; see {@link #mantissaLong()}. */
    boolean hasLongMantissa() {
        return big == null;
    }

    long mantissaLong() {
        return small;
    }

    /** The odd positive mantissa of a finite value. */
    BigInteger mantissa() {
        return big != null ? big : BigInteger.valueOf(small);
    }

    int mantissaBits() {
        return bits;
    }

    long lsbExponent() {
        return lsb;
    }

    /** Go's exponent: |x| = 0.mantissa × 2^goExponent with the mantissa's leading bit right after the point. */
    long goExponent() {
        return lsb + bits;
    }

    /**
     * An exact textual identity for tests: {@code +0}, {@code -0}, {@code +inf}, {@code -inf}, or sign, the odd
     * mantissa in hex, 'p' and the exponent of its lowest bit ({@code +3p-1} is 1.5).
     */
    String canonical() {
        switch (form) {
            case FORM_ZERO:
                return negative ? "-0" : "+0";
            case FORM_INF:
                return negative ? "-inf" : "+inf";
            default:
                return (negative ? "-" : "+") + mantissa().toString(16) + "p" + lsb;
        }
    }
}
