package io.vertiform.cty;

import java.nio.charset.StandardCharsets;

/**
 * What is known about the possible values of a value (go-cty's {@code cty.ValueRange}): for an unknown value its
 * refinements, for a known value the narrow range containing exactly that value.
 */
public final class ValueRange {
    private final CtyType type;
    private final UnknownRefinement raw;

    private ValueRange(CtyType type, UnknownRefinement raw) {
        this.type = type;
        this.raw = raw;
    }

    static ValueRange of(CtyValue v) {
        CtyType t = v.type();
        UnknownRefinement u = v.unknownRefinement();
        if (u != null) {
            return new ValueRange(t, u);
        }
        if (v.isNull()) {
            return new ValueRange(t, UnknownRefinement.empty(UnknownRefinement.Flavor.NULLABLE)
                    .withNullness(UnknownRefinement.Nullness.NULL));
        }
        UnknownRefinement.Flavor flavor = UnknownRefinement.flavorFor(t);
        UnknownRefinement r = UnknownRefinement.empty(flavor == UnknownRefinement.Flavor.NONE
                ? UnknownRefinement.Flavor.NULLABLE : flavor).withNullness(UnknownRefinement.Nullness.NOT_NULL);
        switch (flavor) {
            case STRING -> r = r.withPrefix(v.asString());
            case NUMBER -> r = r.withMin(v, true).withMax(v, true);
            case COLLECTION -> {
                CtyValue len = v.length();
                if (len.isKnown()) {
                    int n = len.asBigFloat().isInt64() ? (int) Math.min(len.asBigFloat().toLong(), Integer.MAX_VALUE)
                            : UnknownRefinement.UNBOUNDED_LENGTH;
                    r = r.withLengths(n, n);
                }
            }
            default -> {
            }
        }
        return new ValueRange(t, r);
    }

    public CtyType typeConstraint() {
        return type;
    }

    public boolean couldBeNull() {
        return raw.nullness != UnknownRefinement.Nullness.NOT_NULL;
    }

    public boolean definitelyNotNull() {
        return raw.nullness == UnknownRefinement.Nullness.NOT_NULL;
    }

    /** True only for the range of a null value (or an unknown refined as definitely null). */
    public boolean definitelyNull() {
        return raw.nullness == UnknownRefinement.Nullness.NULL;
    }

    /** Known prefix of a string ("" when none; the whole string for a known value). */
    public String stringPrefix() {
        if (type.isDynamic()) {
            return "";
        }
        requireType(type.equals(CtyType.STRING), "stringPrefix");
        return raw.prefix;
    }

    /** Lower bound of a number: negative infinity (exclusive) when unbounded; an unknown number for DYNAMIC. */
    public CtyValue numberLowerBound() {
        if (type.isDynamic()) {
            return CtyValue.unknownVal(CtyType.NUMBER);
        }
        requireType(type.equals(CtyType.NUMBER), "numberLowerBound");
        return raw.min != null ? raw.min : CtyValue.NEGATIVE_INFINITY;
    }

    public boolean numberLowerInclusive() {
        if (type.isDynamic()) {
            return false;
        }
        requireType(type.equals(CtyType.NUMBER), "numberLowerInclusive");
        return raw.min != null && raw.minInclusive;
    }

    /** Upper bound of a number: positive infinity (exclusive) when unbounded; an unknown number for DYNAMIC. */
    public CtyValue numberUpperBound() {
        if (type.isDynamic()) {
            return CtyValue.unknownVal(CtyType.NUMBER);
        }
        requireType(type.equals(CtyType.NUMBER), "numberUpperBound");
        return raw.max != null ? raw.max : CtyValue.POSITIVE_INFINITY;
    }

    public boolean numberUpperInclusive() {
        if (type.isDynamic()) {
            return false;
        }
        requireType(type.equals(CtyType.NUMBER), "numberUpperInclusive");
        return raw.max != null && raw.maxInclusive;
    }

    /** Inclusive lower bound of a collection's length (0 when unrefined). */
    public int lengthLowerBound() {
        if (type.isDynamic()) {
            return 0;
        }
        requireType(type.isCollectionType(), "lengthLowerBound");
        return raw.minLength;
    }

    /** Inclusive upper bound of a collection's length; {@link Integer#MAX_VALUE} means unbounded. */
    public int lengthUpperBound() {
        if (type.isDynamic()) {
            return UnknownRefinement.UNBOUNDED_LENGTH;
        }
        requireType(type.isCollectionType(), "lengthUpperBound");
        return raw.maxLength;
    }

    /**
     * True when there is anything to say beyond the type: what the msgpack encoding of an unknown must carry in its
     * refinement extension. Always false for the dynamic pseudo-type.
     */
    public boolean hasRefinements() {
        if (type.isDynamic()) {
            return false;
        }
        return raw.nullness == UnknownRefinement.Nullness.NOT_NULL || !raw.prefix.isEmpty()
                || raw.min != null || raw.max != null
                || raw.minLength != 0 || raw.maxLength != UnknownRefinement.UNBOUNDED_LENGTH;
    }

    /**
     * go-cty's {@code ValueRange.Includes}: false when {@code v} certainly lies outside this range, otherwise an
     * unknown bool (never a definite true, except for null ranges).
     */
    public CtyValue includes(CtyValue v) {
        CtyValue unknownResult = ValueIndexing.unknownBool();
        if (raw.nullness == UnknownRefinement.Nullness.NULL) {
            return CtyValue.boolVal(v.isNull());
        }
        if (raw.nullness == UnknownRefinement.Nullness.NOT_NULL && v.isNull()) {
            return CtyValue.FALSE;
        }
        if (v.isNull()) {
            return CtyValue.TRUE;
        }
        if (!v.type().conformsTo(type)) {
            return CtyValue.FALSE;
        }
        if (v.type().isDynamic()) {
            return unknownResult;
        }
        switch (raw.flavor) {
            case STRING -> {
                if (v.isKnown() && !startsWithBytes(v.unmark().asString(), raw.prefix)) {
                    return CtyValue.FALSE;
                }
            }
            case COLLECTION -> {
                CtyValue len = v.length();
                if (isKnownFalse(len.greaterThanOrEqualTo(CtyValue.numberIntVal(lengthLowerBound())))) {
                    return CtyValue.FALSE;
                }
                if (isKnownFalse(len.lessThanOrEqualTo(CtyValue.lengthBoundValue(lengthUpperBound())))) {
                    return CtyValue.FALSE;
                }
            }
            case NUMBER -> {
                CtyValue min = numberLowerBound();
                CtyValue max = numberUpperBound();
                CtyValue minOk = numberLowerInclusive() ? v.greaterThanOrEqualTo(min) : v.greaterThan(min);
                CtyValue maxOk = numberUpperInclusive() ? v.lessThanOrEqualTo(max) : v.lessThan(max);
                if (isKnownFalse(minOk) || isKnownFalse(maxOk)) {
                    return CtyValue.FALSE;
                }
            }
            default -> {
            }
        }
        return unknownResult;
    }

    private static boolean isKnownFalse(CtyValue b) {
        CtyValue u = b.unmark();
        return u.isKnown() && !u.asBool();
    }

    // Go's strings.HasPrefix works on UTF-8 bytes.
    static boolean startsWithBytes(String s, String prefix) {
        if (s.startsWith(prefix)) {
            return true;
        }
        byte[] sb = s.getBytes(StandardCharsets.UTF_8);
        byte[] pb = prefix.getBytes(StandardCharsets.UTF_8);
        if (pb.length > sb.length) {
            return false;
        }
        for (int i = 0; i < pb.length; i++) {
            if (sb[i] != pb[i]) {
                return false;
            }
        }
        return true;
    }

    private void requireType(boolean ok, String op) {
        if (!ok) {
            throw new IllegalStateException(op + " for " + type.goString());
        }
    }

    @Override
    public String toString() {
        return "ValueRange(" + type.goString() + raw.goString() + ")";
    }
}
