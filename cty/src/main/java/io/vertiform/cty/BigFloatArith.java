package io.vertiform.cty;

import java.math.BigInteger;

/**
 * Rounding and the four basic operations of {@link BigFloat}, with Go {@code math/big} semantics: every result is
 * the exact result rounded once to the requested precision (ToNearestEven), Go's exponent range applies (overflow
 * gives ±Inf, underflow ±0) and the signs of zeros follow IEEE 754 as Go implements it.
 */
final class BigFloatArith {

    private BigFloatArith() {
    }

    // ---------------------------------------------------------------- rounding

    /**
     * Rounds {@code ±magnitude × 2^lsb} (plus "a little more" when {@code sticky}) to {@code prec} bits. The range
     * check uses the exponent of the exact value, as Go's {@code setExpAndRound} does.
     */
    static BigFloat round(boolean negative, BigInteger magnitude, long lsb, boolean sticky, int prec) {
        if (magnitude.bitLength() <= 63 && !sticky) {
            return round(negative, magnitude.longValue(), lsb, prec);
        }
        int length = magnitude.bitLength();
        long goExp = lsb + length;
        if (goExp < BigFloat.MIN_EXP) {
            return BigFloat.zero(negative, prec);
        }
        if (goExp > BigFloat.MAX_EXP) {
            return BigFloat.infinity(negative, prec);
        }
        if (prec == 0) {
            return BigFloat.zero(negative, 0);
        }
        if (length <= prec) {
            // Go ignores the sticky bit when the mantissa already fits; callers always supply spare bits.
            return BigFloat.normalized(negative, magnitude, lsb, prec);
        }
        int shift = length - prec;
        boolean roundBit = magnitude.testBit(shift - 1);
        boolean stickyBit = sticky || (shift >= 2 && magnitude.getLowestSetBit() < shift - 1);
        BigInteger kept = magnitude.shiftRight(shift);
        long keptLsb = lsb + shift;
        if (roundBit && (stickyBit || kept.testBit(0))) {
            kept = kept.add(BigInteger.ONE);
            if (kept.bitLength() > prec) {
                if (goExp >= BigFloat.MAX_EXP) {
                    return BigFloat.infinity(negative, prec);
                }
                return BigFloat.finiteOdd(negative, 1L, keptLsb + prec, prec);
            }
        }
        return BigFloat.normalized(negative, kept, keptLsb, prec);
    }

    /** {@link #round(boolean, BigInteger, long, boolean, int)} for a magnitude in [1, 2^63). */
    static BigFloat round(boolean negative, long magnitude, long lsb, int prec) {
        int length = 64 - Long.numberOfLeadingZeros(magnitude);
        long goExp = lsb + length;
        if (goExp < BigFloat.MIN_EXP) {
            return BigFloat.zero(negative, prec);
        }
        if (goExp > BigFloat.MAX_EXP) {
            return BigFloat.infinity(negative, prec);
        }
        if (prec == 0) {
            return BigFloat.zero(negative, 0);
        }
        if (length <= prec) {
            int tz = Long.numberOfTrailingZeros(magnitude);
            return BigFloat.finiteOdd(negative, magnitude >>> tz, lsb + tz, prec);
        }
        int shift = length - prec;
        boolean roundBit = ((magnitude >>> (shift - 1)) & 1) != 0;
        boolean stickyBit = shift >= 2 && (magnitude & ((1L << (shift - 1)) - 1)) != 0;
        long kept = magnitude >>> shift;
        long keptLsb = lsb + shift;
        if (roundBit && (stickyBit || (kept & 1) != 0)) {
            kept++;
            if (64 - Long.numberOfLeadingZeros(kept) > prec) {
                if (goExp >= BigFloat.MAX_EXP) {
                    return BigFloat.infinity(negative, prec);
                }
                return BigFloat.finiteOdd(negative, 1L, keptLsb + prec, prec);
            }
        }
        int tz = Long.numberOfTrailingZeros(kept);
        return BigFloat.finiteOdd(negative, kept >>> tz, keptLsb + tz, prec);
    }

    /** Go's {@code z.SetPrec(prec)} applied to a copy of x (prec 0 turns finite values into zero). */
    static BigFloat setPrecision(BigFloat x, int prec) {
        if (!x.isFinite()) {
            return x.isZero() ? BigFloat.zero(x.isNegative(), prec) : BigFloat.infinity(x.isNegative(), prec);
        }
        if (prec == 0) {
            return BigFloat.zero(x.isNegative(), 0);
        }
        if (x.mantissaBits() <= prec) {
            return x.hasLongMantissa()
                    ? BigFloat.finiteOdd(x.isNegative(), x.mantissaLong(), x.lsbExponent(), prec)
                    : BigFloat.finiteOdd(x.isNegative(), x.mantissa(), x.lsbExponent(), prec);
        }
        return round(x.isNegative(), x.mantissa(), x.lsbExponent(), false, prec);
    }

    // ---------------------------------------------------------------- add / subtract

    /** Go's {@code z.SetPrec(prec).Add(x, y)} (or {@code Sub} when {@code negateY}). */
    static BigFloat add(BigFloat x, BigFloat y, boolean negateY, int prec) {
        boolean yNeg = y.isNegative() ^ negateY;
        if (x.isFinite() && y.isFinite()) {
            return addFinite(x, y, yNeg, prec);
        }
        if (x.isInfinite() && y.isInfinite() && x.isNegative() != yNeg) {
            throw new ArithmeticException(negateY
                    ? "subtraction of infinities with equal signs"
                    : "addition of infinities with opposite signs");
        }
        if (x.isZero() && y.isZero()) {
            return BigFloat.zero(x.isNegative() && yNeg, prec);
        }
        if (x.isInfinite() || y.isZero()) {
            return setPrecision(x, prec);
        }
        BigFloat ySigned = negateY ? y.negate() : y;
        return setPrecision(ySigned, prec);
    }

    private static BigFloat addFinite(BigFloat x, BigFloat y, boolean yNeg, int prec) {
        if (isSmallInteger(x) && isSmallInteger(y)) {
            long a = x.mantissaLong() << x.lsbExponent();
            long b = y.mantissaLong() << y.lsbExponent();
            long sum = (x.isNegative() ? -a : a) + (yNeg ? -b : b);
            if (sum == 0) {
                return BigFloat.zero(false, prec);
            }
            return round(sum < 0, Math.abs(sum), 0, prec);
        }
        // Order so that a has the larger leading exponent.
        BigFloat a = x;
        boolean aNeg = x.isNegative();
        BigFloat b = y;
        boolean bNeg = yNeg;
        if (y.goExponent() > x.goExponent()) {
            a = y;
            aNeg = yNeg;
            b = x;
            bNeg = x.isNegative();
        }
        BigInteger bMant = b.mantissa();
        long bLsb = b.lsbExponent();
        // When b lies entirely below both a's lowest bit and the result's rounding bit, only "b is nonzero"
        // matters for rounding: replace it by a single bit just below that boundary. This keeps alignment shifts
        // bounded by the precisions instead of the exponent gap (Go shifts the whole gap).
        long boundary = Math.min(a.lsbExponent(), a.goExponent() - prec - 2);
        if (b.goExponent() <= boundary) {
            bMant = BigInteger.ONE;
            bLsb = boundary - 1;
        }
        BigInteger aMant = a.mantissa();
        long aLsb = a.lsbExponent();
        long minLsb = Math.min(aLsb, bLsb);
        if (aLsb > minLsb) {
            aMant = aMant.shiftLeft(Math.toIntExact(aLsb - minLsb));
        }
        if (bLsb > minLsb) {
            bMant = bMant.shiftLeft(Math.toIntExact(bLsb - minLsb));
        }
        BigInteger sum = (aNeg ? aMant.negate() : aMant).add(bNeg ? bMant.negate() : bMant);
        if (sum.signum() == 0) {
            return BigFloat.zero(false, prec);
        }
        return round(sum.signum() < 0, sum.abs(), minLsb, false, prec);
    }

    /** An integer whose magnitude is below 2^62, so sums of two fit in a long. */
    private static boolean isSmallInteger(BigFloat v) {
        return v.hasLongMantissa() && v.lsbExponent() >= 0 && v.goExponent() <= 62;
    }

    // ---------------------------------------------------------------- multiply / divide

    /** Go's {@code z.SetPrec(prec).Mul(x, y)}. */
    static BigFloat mul(BigFloat x, BigFloat y, int prec) {
        boolean neg = x.isNegative() != y.isNegative();
        if (x.isFinite() && y.isFinite()) {
            long lsb = x.lsbExponent() + y.lsbExponent();
            if (x.hasLongMantissa() && y.hasLongMantissa() && x.mantissaBits() + y.mantissaBits() <= 63) {
                return round(neg, x.mantissaLong() * y.mantissaLong(), lsb, prec);
            }
            return round(neg, x.mantissa().multiply(y.mantissa()), lsb, false, prec);
        }
        if ((x.isZero() && y.isInfinite()) || (x.isInfinite() && y.isZero())) {
            throw new ArithmeticException("multiplication of zero with infinity");
        }
        if (x.isInfinite() || y.isInfinite()) {
            return BigFloat.infinity(neg, prec);
        }
        return BigFloat.zero(neg, prec);
    }

    /** Go's {@code z.SetPrec(prec).Quo(x, y)}. */
    static BigFloat quo(BigFloat x, BigFloat y, int prec) {
        boolean neg = x.isNegative() != y.isNegative();
        if (x.isFinite() && y.isFinite()) {
            if (prec == 0) {
                return BigFloat.zero(neg, 0);
            }
            // Enough quotient bits for the rounding bit plus one; the remainder supplies the sticky bit.
            int shift = Math.max(0, prec + 2 + y.mantissaBits() - x.mantissaBits());
            BigInteger[] qr = x.mantissa().shiftLeft(shift).divideAndRemainder(y.mantissa());
            long lsb = x.lsbExponent() - y.lsbExponent() - shift;
            return round(neg, qr[0], lsb, qr[1].signum() != 0, prec);
        }
        if ((x.isZero() && y.isZero()) || (x.isInfinite() && y.isInfinite())) {
            throw new ArithmeticException("division of zero by zero or infinity by infinity");
        }
        if (x.isZero() || y.isInfinite()) {
            return BigFloat.zero(neg, prec);
        }
        return BigFloat.infinity(neg, prec);
    }

    // ---------------------------------------------------------------- conversions

    /** Go's {@code Float64()}: nearest double with gradual underflow, ties to even. */
    static double toDouble(BigFloat x) {
        if (!x.isFinite()) {
            if (x.isZero()) {
                return x.isNegative() ? -0.0 : 0.0;
            }
            return x.isNegative() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        boolean neg = x.isNegative();
        long e = x.goExponent() - 1;
        if (e > 1023) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int p = 53;
        if (e < -1022) {
            long available = 53 + 1022 + e;
            if (available < 0 || (available == 0 && x.mantissaBits() == 1)) {
                return neg ? -0.0 : 0.0;
            }
            if (available == 0) {
                return neg ? -Double.MIN_VALUE : Double.MIN_VALUE;
            }
            p = (int) available;
        }
        BigFloat r = x.mantissaBits() <= p ? x : round(neg, x.mantissa(), x.lsbExponent(), false, p);
        if (r.goExponent() - 1 > 1023) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double magnitude = Math.scalb((double) r.mantissaLong(), (int) r.lsbExponent());
        return neg ? -magnitude : magnitude;
    }

    // ---------------------------------------------------------------- powers of five for decimal parsing

    /** 5^0 … 5^27: the powers Go keeps in a table (they fit in a uint64). */
    private static final long[] POW5 = new long[28];

    static {
        long p = 1;
        for (int i = 0; i < POW5.length; i++) {
            POW5[i] = p;
            p *= 5;
        }
    }

    /**
     * 5^n the way Go's {@code Float.pow5} computes it for {@code ParseFloat} at {@code prec} bits: exact up to 5^27,
     * beyond that square-and-multiply with every product rounded (accumulator at prec, squares at prec + 64).
     * Reproducing those roundings is what makes parsed values bit-identical to Go's.
     */
    static BigFloat pow5(long n, int prec) {
        if (n < POW5.length) {
            return round(false, POW5[(int) n], 0, prec);
        }
        BigFloat z = round(false, POW5[POW5.length - 1], 0, prec);
        long remaining = n - (POW5.length - 1);
        BigFloat f = round(false, 5L, 0, prec + 64);
        while (remaining > 0) {
            if ((remaining & 1) != 0) {
                z = mul(z, f, prec);
            }
            remaining >>>= 1;
            if (remaining > 0) {
                f = mul(f, f, prec + 64);
            }
        }
        return z;
    }
}
