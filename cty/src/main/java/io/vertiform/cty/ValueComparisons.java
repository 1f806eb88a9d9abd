package io.vertiform.cty;

/**
 * Number ordering and boolean logic on values (go-cty's {@code LessThan}, {@code GreaterThan}, {@code Not},
 * {@code And}, {@code Or}), including go-cty 1.13+'s use of refined number bounds to answer for unknown operands.
 */
final class ValueComparisons {
    private ValueComparisons() {
    }

    static CtyValue lessThan(CtyValue a, CtyValue b) {
        if (a.isMarked() || b.isMarked()) {
            return lessThan(a.unmark(), b.unmark()).withMarks(ValueIndexing.union(a.marks(), b.marks()));
        }
        if (needsShortCircuit(CtyType.NUMBER, a, b)) {
            ValueRange ar = a.range();
            ValueRange br = b.range();
            if (ar.typeConstraint().equals(CtyType.NUMBER) && br.typeConstraint().equals(CtyType.NUMBER)) {
                if (isKnownTrue(ar.numberUpperBound(), br.numberLowerBound(), true)) {
                    return CtyValue.TRUE;
                }
                if (isKnownTrue(ar.numberLowerBound(), br.numberUpperBound(), false)) {
                    return CtyValue.FALSE;
                }
            }
            return ValueIndexing.unknownBool();
        }
        return CtyValue.boolVal(number(a).compareTo(number(b)) < 0);
    }

    static CtyValue greaterThan(CtyValue a, CtyValue b) {
        if (a.isMarked() || b.isMarked()) {
            return greaterThan(a.unmark(), b.unmark()).withMarks(ValueIndexing.union(a.marks(), b.marks()));
        }
        if (needsShortCircuit(CtyType.NUMBER, a, b)) {
            ValueRange ar = a.range();
            ValueRange br = b.range();
            if (ar.typeConstraint().equals(CtyType.NUMBER) && br.typeConstraint().equals(CtyType.NUMBER)) {
                if (isKnownTrue(ar.numberLowerBound(), br.numberUpperBound(), false)) {
                    return CtyValue.TRUE;
                }
                if (isKnownTrue(ar.numberUpperBound(), br.numberLowerBound(), true)) {
                    return CtyValue.FALSE;
                }
            }
            return ValueIndexing.unknownBool();
        }
        return CtyValue.boolVal(number(a).compareTo(number(b)) > 0);
    }

    // Bounds are compared as if exclusive (go-cty does the same, conservatively).
    private static boolean isKnownTrue(CtyValue x, CtyValue y, boolean less) {
        if (!x.isKnown() || !y.isKnown()) {
            return false;
        }
        int c = number(x).compareTo(number(y));
        return less ? c < 0 : c > 0;
    }

    static CtyValue not(CtyValue v) {
        if (v.isMarked()) {
            return not(v.unmark()).withMarks(v.marks());
        }
        if (needsShortCircuit(CtyType.BOOL, v)) {
            return ValueIndexing.unknownBool();
        }
        return CtyValue.boolVal(!bool(v));
    }

    static CtyValue and(CtyValue a, CtyValue b) {
        if (a.isMarked() || b.isMarked()) {
            return and(a.unmark(), b.unmark()).withMarks(ValueIndexing.union(a.marks(), b.marks()));
        }
        if (needsShortCircuit(CtyType.BOOL, a, b)) {
            // A definite false decides the result whatever the other operand turns out to be.
            if (a.rawEquals(CtyValue.FALSE) || b.rawEquals(CtyValue.FALSE)) {
                return CtyValue.FALSE;
            }
            return ValueIndexing.unknownBool();
        }
        return CtyValue.boolVal(bool(a) && bool(b));
    }

    static CtyValue or(CtyValue a, CtyValue b) {
        if (a.isMarked() || b.isMarked()) {
            return or(a.unmark(), b.unmark()).withMarks(ValueIndexing.union(a.marks(), b.marks()));
        }
        if (needsShortCircuit(CtyType.BOOL, a, b)) {
            if (a.rawEquals(CtyValue.TRUE) || b.rawEquals(CtyValue.TRUE)) {
                return CtyValue.TRUE;
            }
            return ValueIndexing.unknownBool();
        }
        return CtyValue.boolVal(bool(a) || bool(b));
    }

    /** go-cty's {@code typeCheck}: true when an operand is unknown or of the dynamic pseudo-type. */
    private static boolean needsShortCircuit(CtyType required, CtyValue... values) {
        boolean shortCircuit = false;
        for (int i = 0; i < values.length; i++) {
            CtyValue v = values[i];
            if (v.type().isDynamic()) {
                shortCircuit = true;
                continue;
            }
            if (!v.type().equals(required)) {
                throw new IllegalArgumentException("type mismatch: want " + required.friendlyName() + " but value "
                        + i + " is " + v.type().friendlyName());
            }
            if (!v.isKnown()) {
                shortCircuit = true;
            }
        }
        return shortCircuit;
    }

    private static BigFloat number(CtyValue v) {
        if (v.isNull()) {
            throw new IllegalStateException("cannot compare a null number");
        }
        return v.asBigFloat();
    }

    private static boolean bool(CtyValue v) {
        if (v.isNull()) {
            throw new IllegalStateException("cannot use a null bool in a logical operation");
        }
        return v.asBool();
    }
}
