package io.vertiform.cty;

import java.util.Objects;

/**
 * The refinements carried by an unknown value (go-cty's {@code unknownValRefinement}). Immutable; the builder
 * ({@link Refinement}) works on copies. Fields that do not apply to a kind keep their neutral defaults, so one shape
 * serves every kind and "no information" compares equal to an unrefined unknown.
 */
final class UnknownRefinement {

    /** Which refinements a type supports; DYNAMIC unknowns support none. */
    enum Flavor { NONE, NULLABLE, STRING, NUMBER, COLLECTION }

    enum Nullness { UNKNOWN, NULL, NOT_NULL }

    static final int UNBOUNDED_LENGTH = Integer.MAX_VALUE;

    static final UnknownRefinement NONE = new UnknownRefinement(Flavor.NONE, Nullness.UNKNOWN, "",
            null, false, null, false, 0, UNBOUNDED_LENGTH);

    final Flavor flavor;
    final Nullness nullness;
    final String prefix;
    /** Known, non-null, unmarked number or null for unbounded. */
    final CtyValue min;
    final boolean minInclusive;
    final CtyValue max;
    final boolean maxInclusive;
    final int minLength;
    final int maxLength;

    UnknownRefinement(Flavor flavor, Nullness nullness, String prefix, CtyValue min, boolean minInclusive,
                      CtyValue max, boolean maxInclusive, int minLength, int maxLength) {
        this.flavor = flavor;
        this.nullness = nullness;
        this.prefix = prefix;
        this.min = min;
        this.minInclusive = minInclusive;
        this.max = max;
        this.maxInclusive = maxInclusive;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    static Flavor flavorFor(CtyType type) {
        if (type.equals(CtyType.STRING)) {
            return Flavor.STRING;
        }
        if (type.equals(CtyType.NUMBER)) {
            return Flavor.NUMBER;
        }
        if (type.isCollectionType()) {
            return Flavor.COLLECTION;
        }
        if (type.isDynamic()) {
            return Flavor.NONE;
        }
        return Flavor.NULLABLE;
    }

    static UnknownRefinement empty(Flavor flavor) {
        return new UnknownRefinement(flavor, Nullness.UNKNOWN, "", null, false, null, false, 0, UNBOUNDED_LENGTH);
    }

    /** True when this carries no information beyond the type: equivalent to an unrefined unknown. */
    boolean isEmpty() {
        return nullness == Nullness.UNKNOWN && prefix.isEmpty() && min == null && max == null
                && minLength == 0 && maxLength == UNBOUNDED_LENGTH;
    }

    UnknownRefinement withNullness(Nullness n) {
        return new UnknownRefinement(flavor, n, prefix, min, minInclusive, max, maxInclusive, minLength, maxLength);
    }

    UnknownRefinement withPrefix(String p) {
        return new UnknownRefinement(flavor, nullness, p, min, minInclusive, max, maxInclusive, minLength, maxLength);
    }

    UnknownRefinement withMin(CtyValue m, boolean inclusive) {
        return new UnknownRefinement(flavor, nullness, prefix, m, inclusive, max, maxInclusive, minLength, maxLength);
    }

    UnknownRefinement withMax(CtyValue m, boolean inclusive) {
        return new UnknownRefinement(flavor, nullness, prefix, min, minInclusive, m, inclusive, minLength, maxLength);
    }

    UnknownRefinement withLengths(int lo, int hi) {
        return new UnknownRefinement(flavor, nullness, prefix, min, minInclusive, max, maxInclusive, lo, hi);
    }

    /** go-cty's refinement {@code rawEqual}; empty refinements are all alike. */
    boolean sameAs(UnknownRefinement o) {
        if (isEmpty() && o.isEmpty()) {
            return true;
        }
        return nullness == o.nullness && prefix.equals(o.prefix)
                && boundEquals(min, o.min) && boundEquals(max, o.max)
                && (min == null || minInclusive == o.minInclusive)
                && (max == null || maxInclusive == o.maxInclusive)
                && minLength == o.minLength && maxLength == o.maxLength;
    }

    private static boolean boundEquals(CtyValue a, CtyValue b) {
        return a == null ? b == null : b != null && a.rawEquals(b);
    }

    int hash() {
        if (isEmpty()) {
            return 0;
        }
        return Objects.hash(nullness, prefix, min, max, minLength, maxLength);
    }

    /** go-cty's refinement GoString suffix, e.g. {@code .NotNull().StringPrefix("x")}. */
    String goString() {
        StringBuilder sb = new StringBuilder();
        if (nullness == Nullness.NOT_NULL) {
            sb.append(".NotNull()");
        } else if (nullness == Nullness.NULL) {
            sb.append(".Null()");
        }
        if (!prefix.isEmpty()) {
            sb.append(".StringPrefix(").append(GoStrings.quote(prefix)).append(')');
        }
        if (min != null) {
            sb.append(".NumberLowerBound(").append(min.goString()).append(", ").append(minInclusive).append(')');
        }
        if (max != null) {
            sb.append(".NumberUpperBound(").append(max.goString()).append(", ").append(maxInclusive).append(')');
        }
        if (minLength != 0) {
            sb.append(".CollectionLengthLowerBound(").append(minLength).append(')');
        }
        if (maxLength != UNBOUNDED_LENGTH) {
            sb.append(".CollectionLengthUpperBound(").append(maxLength).append(')');
        }
        return sb.toString();
    }
}
