package io.vertiform.cty;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Leading decimal digits of n × 2^e computed from bounds instead of a full expansion.
 *
 * <p>A full expansion is as long as the exponent: {@code 1e9999999} has ten million digits and {@code 1p99999999}
 * thirty million, which takes Go (and a {@link BigDecimal} port of it) minutes. Here n × 2^e is bracketed as
 * Qlo ≤ n × 2^e / 10^s ≤ Qhi, with integers Qlo, Qhi a few dozen digits longer than needed, using powers of five
 * computed with {@code w}-bit truncation downwards for the lower and upwards for the upper bound. Whatever the two
 * bounds agree on holds for the exact value: the digits they share, and (rounding to a grid being monotone) a
 * rounding they both give. When they disagree the value lies extremely close to a digit or halfway boundary; callers
 * then retry wider or fall back to the full expansion.
 */
final class LeadingDigits {
    private static final double LOG10_2 = 0.30102999566398119521;
    private static final double BITS_PER_DIGIT = 3.3219280948873623;
    /** Digits kept beyond the requested ones, so that only values near a boundary need another attempt. */
    private static final int GUARD_DIGITS = 20;
    private static final int[] WORKING_BITS = {192, 1024, 8192};

    private LeadingDigits() {
    }

    /** 0.{@code digits} × 10^{@code exp}. */
    record Digits(String digits, int exp) {
    }

    /**
     * |x| rounded half to even to {@code n} significant digits (no trailing zeros), or null if the bounds never
     * separated (the caller then expands exactly). An exact halfway point can only occur for numbers with at most
     * n + 1 significant digits (small exponents, or mantissas that carry the factors of five themselves), whose full
     * expansion is short relative to the input, so the fallback is cheap where it is needed.
     *
     * @param x finite and non-zero
     */
    static Digits round(BigFloat x, int n) {
        for (int w : WORKING_BITS) {
            Digits r = round(x.mantissa(), x.lsbExponent(), n, w);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** One attempt at {@code w} bits of working precision (tests force small widths through here). */
    static Digits round(BigInteger n, long e, int digits, int w) {
        long s = scaleFor(n, e, digits + GUARD_DIGITS);
        Bracket b = bracket(n, e, s, Pow5Bounds.of(Math.abs(s), w), w);
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigDecimal rLo = new BigDecimal(b.lo).round(mc);
        BigDecimal rHi = new BigDecimal(b.hi).round(mc);
        if (rLo.compareTo(rHi) != 0 || rLo.signum() == 0) {
            return null;
        }
        BigDecimal r = rLo.stripTrailingZeros();
        String d = r.unscaledValue().toString();
        return new Digits(d, Math.toIntExact(d.length() - (long) r.scale() + s));
    }

    /**
     * The first {@code count} significant digits (not rounded; trailing zeros kept) of each n_i × 2^e, and the
     * decimal exponent of each, or null if some could not be pinned down with {@code guard} spare digits. The
     * n_i should have about the same size (they share one scale).
     */
    static Digits[] prefixes(BigInteger[] ns, long e, int count, int guard) {
        long s = scaleFor(ns[0], e, count + guard);
        int w = ns[0].bitLength() + (int) ((count + guard) * BITS_PER_DIGIT) + 64;
        Pow5Bounds p5 = Pow5Bounds.of(Math.abs(s), w);
        Digits[] out = new Digits[ns.length];
        for (int i = 0; i < ns.length; i++) {
            Bracket b = bracket(ns[i], e, s, p5, w);
            String lo = b.lo.toString();
            String hi = b.hi.toString();
            if (lo.length() != hi.length() || lo.length() < count || !lo.regionMatches(0, hi, 0, count)) {
                return null;
            }
            out[i] = new Digits(lo.substring(0, count), Math.toIntExact(lo.length() + s));
        }
        return out;
    }

    /** s such that n × 2^e / 10^s has about {@code digits} digits (one more or less does not matter). */
    private static long scaleFor(BigInteger n, long e, int digits) {
        long topBit = e + n.bitLength() - 1;
        return (long) Math.floor(topBit * LOG10_2) - (digits - 1);
    }

    /** Integers lo ≤ n × 2^e / 10^s ≤ hi. */
    private record Bracket(BigInteger lo, BigInteger hi) {
    }

    private static Bracket bracket(BigInteger n, long e, long s, Pow5Bounds p5, int w) {
        // n in [nLo, nHi] * 2^e2, kept to w bits
        BigInteger nLo = n;
        long e2 = e;
        int excess = n.bitLength() - w;
        if (excess > 0) {
            nLo = n.shiftRight(excess);
            e2 += excess;
        }
        BigInteger nHi = excess > 0 ? nLo.add(BigInteger.ONE) : nLo;
        // n * 2^e / 10^s = n * 2^(e - s) * 5^(-s)
        if (s >= 0) {
            return new Bracket(scaledQuotient(nLo, p5.upper.mant, e2 - s - p5.upper.exp, false),
                    scaledQuotient(nHi, p5.lower.mant, e2 - s - p5.lower.exp, true));
        }
        return new Bracket(scaledProduct(nLo.multiply(p5.lower.mant), e2 - s + p5.lower.exp, false),
                scaledProduct(nHi.multiply(p5.upper.mant), e2 - s + p5.upper.exp, true));
    }

    /** floor or ceiling of num × 2^shift / den. */
    private static BigInteger scaledQuotient(BigInteger num, BigInteger den, long shift, boolean ceiling) {
        int sh = Math.toIntExact(shift);
        BigInteger a = sh >= 0 ? num.shiftLeft(sh) : num;
        BigInteger b = sh >= 0 ? den : den.shiftLeft(-sh);
        BigInteger[] qr = a.divideAndRemainder(b);
        return ceiling && qr[1].signum() != 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** floor or ceiling of v × 2^shift. */
    private static BigInteger scaledProduct(BigInteger v, long shift, boolean ceiling) {
        int sh = Math.toIntExact(shift);
        if (sh >= 0) {
            return v.shiftLeft(sh);
        }
        BigInteger q = v.shiftRight(-sh);
        if (ceiling && v.getLowestSetBit() < -sh) {
            q = q.add(BigInteger.ONE);
        }
        return q;
    }

    /** lower ≤ 5^k ≤ upper. */
    private record Pow5Bounds(Bound lower, Bound upper) {
        static Pow5Bounds of(long k, int w) {
            return new Pow5Bounds(Bound.pow5(k, w, false), Bound.pow5(k, w, true));
        }
    }

    /** mant × 2^exp, a one-sided bound kept to w bits. */
    private record Bound(BigInteger mant, long exp) {
        static final Bound ONE = new Bound(BigInteger.ONE, 0);
        static final Bound FIVE = new Bound(BigInteger.valueOf(5), 0);

        /** A lower (or, with {@code upper}, upper) bound of 5^k by binary powering with one-sided truncation. */
        static Bound pow5(long k, int w, boolean upper) {
            Bound result = ONE;
            Bound base = FIVE;
            while (true) {
                if ((k & 1) != 0) {
                    result = result.times(base, w, upper);
                }
                k >>>= 1;
                if (k == 0) {
                    return result;
                }
                base = base.times(base, w, upper);
            }
        }

        Bound times(Bound o, int w, boolean upper) {
            BigInteger p = mant.multiply(o.mant);
            long e = exp + o.exp;
            int excess = p.bitLength() - w;
            if (excess <= 0) {
                return new Bound(p, e);
            }
            BigInteger t = p.shiftRight(excess);
            if (upper && p.getLowestSetBit() < excess) {
                t = t.add(BigInteger.ONE);
            }
            return new Bound(t, e + excess);
        }
    }
}
