package io.vertiform.cty;

/**
 * Number arithmetic on values: go-cty's {@code Add}, {@code Subtract}, {@code Multiply}, {@code Divide},
 * {@code Modulo}, {@code Negate} and {@code Absolute} (value_ops.go), which HCL's operators call.
 *
 * <p>As in go-cty, marks on either operand carry over to the result, an unknown operand gives an unknown number and
 * a dynamic-typed one an unknown number too. Unknown results are refined as go-cty 1.13+ does where that is
 * sound: never null, and for sums, differences and negations bounded by the operands' known bounds (go-cty 1.12.1,
 * the HCL oracle's version, attaches no refinements, which no JSON or comparison can observe).
 *
 * <p>Failures mirror go-cty's panics: operands that are not numbers, or null, throw
 * {@link IllegalArgumentException}; results that are not a number (0·∞, ∞−∞, 0/0, ∞/∞, and the modulo cases that
 * reach them) throw {@link ArithmeticException}, like Go's {@code big.ErrNaN}; the modulo cases where go-cty crashes
 * on a nil pointer (an infinite quotient) throw {@link IllegalStateException}.
 */
public final class CtyArithmetic {
    private CtyArithmetic() {
    }

    public static CtyValue add(CtyValue a, CtyValue b) {
        if (a.isMarked() || b.isMarked()) {
            return add(a.unmark(), b.unmark()).withMarks(ValueIndexing.union(a.marks(), b.marks()));
        }
        if (shortCircuit(a, b)) {
            return boundedUnknown(a, b, false);
        }
        return CtyValue.numberVal(number(a).add(number(b)));
    }

    public static CtyValue subtract(CtyValue a, CtyValue b) {
        if (a.isMarked() || b.isMarked()) {
            return subtract(a.unmark(), b.unmark()).withMarks(ValueIndexing.union(a.marks(), b.marks()));
        }
        if (shortCircuit(a, b)) {
            return boundedUnknown(a, b, true);
        }
        // go-cty adds the negation, which is exactly Go's Sub.
        return CtyValue.numberVal(number(a).subtract(number(b)));
    }

    public static CtyValue multiply(CtyValue a, CtyValue b) {
        if (a.isMarked() || b.isMarked()) {
            return multiply(a.unmark(), b.unmark()).withMarks(ValueIndexing.union(a.marks(), b.marks()));
        }
        if (shortCircuit(a, b)) {
            return notNullUnknown();
        }
        return CtyValue.numberVal(number(a).multiply(number(b)));
    }

    public static CtyValue divide(CtyValue a, CtyValue b) {
        if (a.isMarked() || b.isMarked()) {
            return divide(a.unmark(), b.unmark()).withMarks(ValueIndexing.union(a.marks(), b.marks()));
        }
        if (shortCircuit(a, b)) {
            return notNullUnknown();
        }
        return CtyValue.numberVal(number(a).divide(number(b)));
    }

    /**
     * go-cty's {@code Modulo}: {@code a - b·trunc(a/b)}, {@code a % 0 = a}. go-cty special-cases its own infinity
     * constants by identity ({@code cty.PositiveInfinity}, which {@code min}/{@code max} can return), answering
     * {@code a·b}; this keeps that distinction through {@link CtyValue#POSITIVE_INFINITY} and
     * {@link CtyValue#NEGATIVE_INFINITY}, and other infinities fail as they do in go-cty.
     */
    public static CtyValue modulo(CtyValue a, CtyValue b) {
        if (a.isMarked() || b.isMarked()) {
            return modulo(a.unmark(), b.unmark()).withMarks(ValueIndexing.union(a.marks(), b.marks()));
        }
        if (shortCircuit(a, b)) {
            return notNullUnknown();
        }
        if (isInfinityConstant(a) || isInfinityConstant(b)) {
            return multiply(a, b);
        }
        BigFloat x = number(a);
        BigFloat y = number(b);
        if (y.isZero()) {
            return a;
        }
        if (x.isInfinite() || y.isInfinite()) {
            if (x.isInfinite() && !y.isInfinite()) {
                throw new IllegalStateException("modulo of an infinity: the quotient has no integer part");
            }
            throw new ArithmeticException("modulo with an infinity multiplies zero by infinity");
        }
        if (x.divide(y).isInfinite()) {
            throw new IllegalStateException("modulo quotient overflowed to infinity");
        }
        return CtyValue.numberVal(x.mod(y));
    }

    public static CtyValue negate(CtyValue a) {
        if (a.isMarked()) {
            return negate(a.unmark()).withMarks(a.marks());
        }
        if (shortCircuit(a)) {
            CtyValue ret = notNullUnknown();
            if (a.type().equals(CtyType.NUMBER)) {
                ValueRange r = a.range();
                ret = refine(ret, negated(r.numberUpperBound()), r.numberUpperInclusive(),
                        negated(r.numberLowerBound()), r.numberLowerInclusive());
            }
            return ret;
        }
        return CtyValue.numberVal(number(a).negate());
    }

    public static CtyValue absolute(CtyValue a) {
        if (a.isMarked()) {
            return absolute(a.unmark()).withMarks(a.marks());
        }
        if (shortCircuit(a)) {
            return refine(notNullUnknown(), CtyValue.ZERO, true, null, false);
        }
        return CtyValue.numberVal(number(a).abs());
    }

    private static boolean isInfinityConstant(CtyValue v) {
        return v == CtyValue.POSITIVE_INFINITY || v == CtyValue.NEGATIVE_INFINITY;
    }

    /**
     * go-cty's {@code typeCheck}: true when the operation must short-circuit to an unknown result (an operand is
     * unknown or of the dynamic pseudo-type).
     */
    private static boolean shortCircuit(CtyValue... values) {
        boolean unknown = false;
        for (int i = 0; i < values.length; i++) {
            CtyValue v = values[i];
            if (v.type().isDynamic()) {
                unknown = true;
                continue;
            }
            if (!v.type().equals(CtyType.NUMBER)) {
                throw new IllegalArgumentException("type mismatch: want number but value " + i + " is "
                        + v.type().friendlyName());
            }
            if (!v.isKnown()) {
                unknown = true;
            } else if (v.isNull()) {
                throw new IllegalArgumentException("value " + i + " is null");
            }
        }
        return unknown;
    }

    private static BigFloat number(CtyValue v) {
        return v.asBigFloat();
    }

    private static CtyValue notNullUnknown() {
        return CtyValue.unknownVal(CtyType.NUMBER).refineNotNull();
    }

    // Bounds of a sum (or difference) from the operands' bounds; dynamic operands contribute none.
    private static CtyValue boundedUnknown(CtyValue a, CtyValue b, boolean subtract) {
        CtyValue ret = notNullUnknown();
        if (!a.type().equals(CtyType.NUMBER) || !b.type().equals(CtyType.NUMBER)) {
            return ret;
        }
        ValueRange ra = a.range();
        ValueRange rb = b.range();
        CtyValue bLow = subtract ? negated(rb.numberUpperBound()) : rb.numberLowerBound();
        boolean bLowInc = subtract ? rb.numberUpperInclusive() : rb.numberLowerInclusive();
        CtyValue bHigh = subtract ? negated(rb.numberLowerBound()) : rb.numberUpperBound();
        boolean bHighInc = subtract ? rb.numberLowerInclusive() : rb.numberUpperInclusive();
        return refine(ret, sum(ra.numberLowerBound(), bLow), ra.numberLowerInclusive() && bLowInc,
                sum(ra.numberUpperBound(), bHigh), ra.numberUpperInclusive() && bHighInc);
    }

    private static CtyValue negated(CtyValue bound) {
        return bound != null && bound.isKnown() ? CtyValue.numberVal(bound.asBigFloat().negate()) : null;
    }

    // A finite bound, or null when either side is unknown or unbounded.
    private static CtyValue sum(CtyValue x, CtyValue y) {
        if (x == null || y == null || !x.isKnown() || !y.isKnown()) {
            return null;
        }
        BigFloat fx = x.asBigFloat();
        BigFloat fy = y.asBigFloat();
        if (fx.isInfinite() || fy.isInfinite()) {
            return null;
        }
        return CtyValue.numberVal(fx.add(fy));
    }

    private static CtyValue refine(CtyValue unknown, CtyValue low, boolean lowInclusive, CtyValue high,
                                   boolean highInclusive) {
        try {
            Refinement r = unknown.refine();
            if (low != null && low.isKnown() && !low.asBigFloat().isInfinite()) {
                r = r.numberRangeLowerBound(low, lowInclusive);
            }
            if (high != null && high.isKnown() && !high.asBigFloat().isInfinite()) {
                r = r.numberRangeUpperBound(high, highInclusive);
            }
            return r.newValue();
        } catch (RefinementException e) {
            // Bounds are only an optimisation for later comparisons; never let them fail the operation.
            return unknown;
        }
    }
}
