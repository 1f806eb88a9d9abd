package io.vertiform.cty;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Builder that narrows what an unknown value may turn out to be (go-cty's {@code RefinementBuilder}); obtain one from
 * {@link CtyValue#refine()} and finish with {@link #newValue()}.
 *
 * <p>On a known value every call is an assertion and {@link #newValue()} returns the value unchanged. Contradictions
 * (with the value, with earlier refinements, or refinements the type does not support) throw
 * {@link RefinementException}. A weaker refinement than one already present is ignored. Refining
 * {@link CtyValue#DYNAMIC_VAL} is silently ignored, as in go-cty. Marks of the original value are kept.
 */
public final class Refinement {
    /**
     * Largest list length that collapses into a known list of unknown elements; beyond it the value stays a refined
     * unknown (equivalent, and safe against huge lengths read from untrusted input).
     */
    public static final int MAX_COLLAPSED_LIST_LENGTH = 100_000;

    private final CtyValue orig;
    private final Set<Object> marks;
    private final boolean ignored;
    private UnknownRefinement wip;

    Refinement(CtyValue value) {
        this.marks = value.marks();
        this.orig = value.unmark();
        UnknownRefinement existing = orig.unknownRefinement();
        this.ignored = !orig.isKnown() && orig.type().isDynamic();
        if (existing != null && existing.flavor != UnknownRefinement.Flavor.NONE) {
            wip = existing;
        } else if (orig.type().isDynamic()) {
            wip = UnknownRefinement.empty(UnknownRefinement.Flavor.NULLABLE)
                    .withNullness(UnknownRefinement.Nullness.NULL);
        } else {
            wip = UnknownRefinement.empty(UnknownRefinement.flavorFor(orig.type()));
        }
    }

    /** The value is definitely not null. */
    public Refinement notNull() {
        if (ignored) {
            return this;
        }
        if ((orig.isKnown() && orig.isNull()) || wip.nullness == UnknownRefinement.Nullness.NULL) {
            throw new RefinementException("refining null value as non-null");
        }
        wip = wip.withNullness(UnknownRefinement.Nullness.NOT_NULL);
        return this;
    }

    /** The value is definitely null (go-cty's {@code Null()}); {@link #newValue()} then yields a known null. */
    public Refinement definitelyNull() {
        if (ignored) {
            return this;
        }
        if ((orig.isKnown() && !orig.isNull()) || wip.nullness == UnknownRefinement.Nullness.NOT_NULL) {
            throw new RefinementException("refining non-null value as null");
        }
        wip = wip.withNullness(UnknownRefinement.Nullness.NULL);
        return this;
    }

    /**
     * The string starts with {@code prefix}, minus a trailing character that later text could combine with (go-cty's
     * {@code StringPrefix}; "https://" is kept whole, "abc" becomes "ab").
     */
    public Refinement stringPrefix(String prefix) {
        return stringPrefixFull(SafePrefix.of(prefix));
    }

    /** The string starts with exactly {@code prefix} (NFC-normalised), go-cty's {@code StringPrefixFull}. */
    public Refinement stringPrefixFull(String prefix) {
        if (ignored) {
            return this;
        }
        requireFlavor(UnknownRefinement.Flavor.STRING, "cannot refine string prefix for a %s value");
        String p = CtyType.nfc(prefix);
        if (orig.isKnown() && !orig.isNull() && !overlapMatches(orig.asString(), p)) {
            throw new RefinementException("refined prefix is inconsistent with known value");
        }
        if (!overlapMatches(wip.prefix, p)) {
            throw new RefinementException("refined prefix is inconsistent with previous refined prefix");
        }
        if (utf8Length(p) > utf8Length(wip.prefix)) {
            wip = wip.withPrefix(p);
        }
        return this;
    }

    /** Lower bound for a number; an unknown bound is ignored. */
    public Refinement numberRangeLowerBound(CtyValue min, boolean inclusive) {
        if (ignored) {
            return this;
        }
        requireFlavor(UnknownRefinement.Flavor.NUMBER, "cannot refine numeric bounds for a %s value");
        CtyValue bound = checkBound(min, "lower");
        if (bound == null) {
            return this;
        }
        requireComparableOrig();
        if (inclusive) {
            if (isKnownTrue(bound.greaterThan(orig))) {
                throw new RefinementException("refining " + orig.goString() + " to be >= " + bound.goString());
            }
        } else if (isKnownTrue(bound.greaterThanOrEqualTo(orig))) {
            throw new RefinementException("refining " + orig.goString() + " to be > " + bound.goString());
        }
        if (wip.min != null) {
            CtyValue tighter = inclusive && !wip.minInclusive ? bound.greaterThan(wip.min)
                    : bound.greaterThanOrEqualTo(wip.min);
            if (isKnownFalse(tighter)) {
                return this;
            }
        }
        wip = wip.withMin(bound, inclusive);
        assertConsistentNumberBounds();
        return this;
    }

    /** Upper bound for a number; an unknown bound is ignored. */
    public Refinement numberRangeUpperBound(CtyValue max, boolean inclusive) {
        if (ignored) {
            return this;
        }
        requireFlavor(UnknownRefinement.Flavor.NUMBER, "cannot refine numeric bounds for a %s value");
        CtyValue bound = checkBound(max, "upper");
        if (bound == null) {
            return this;
        }
        requireComparableOrig();
        if (inclusive) {
            if (isKnownTrue(bound.lessThan(orig))) {
                throw new RefinementException("refining " + orig.goString() + " to be <= " + bound.goString());
            }
        } else if (isKnownTrue(bound.lessThanOrEqualTo(orig))) {
            throw new RefinementException("refining " + orig.goString() + " to be < " + bound.goString());
        }
        if (wip.max != null) {
            CtyValue tighter = inclusive && !wip.maxInclusive ? bound.lessThan(wip.max)
                    : bound.lessThanOrEqualTo(wip.max);
            if (isKnownFalse(tighter)) {
                return this;
            }
        }
        wip = wip.withMax(bound, inclusive);
        assertConsistentNumberBounds();
        return this;
    }

    /** Both bounds, inclusive. */
    public Refinement numberRangeInclusive(CtyValue min, CtyValue max) {
        return numberRangeLowerBound(min, true).numberRangeUpperBound(max, true);
    }

    /** Inclusive lower bound of a collection's length. */
    public Refinement collectionLengthLowerBound(int min) {
        if (ignored) {
            return this;
        }
        requireFlavor(UnknownRefinement.Flavor.COLLECTION, "cannot refine collection length bounds for a %s value");
        if (orig.isKnown()) {
            CtyValue realLen = knownLength();
            if (isKnownTrue(CtyValue.numberIntVal(min).greaterThan(realLen))) {
                throw new RefinementException("refining collection of length " + realLen.goString()
                        + " with lower bound " + min);
            }
        }
        if (wip.minLength > min) {
            return this;
        }
        wip = wip.withLengths(min, wip.maxLength);
        assertConsistentLengthBounds();
        return this;
    }

    /** Inclusive upper bound of a collection's length ({@link Integer#MAX_VALUE} = unbounded). */
    public Refinement collectionLengthUpperBound(int max) {
        if (ignored) {
            return this;
        }
        requireFlavor(UnknownRefinement.Flavor.COLLECTION, "cannot refine collection length bounds for a %s value");
        if (orig.isKnown()) {
            CtyValue realLen = knownLength();
            if (isKnownTrue(CtyValue.numberIntVal(max).lessThan(realLen))) {
                throw new RefinementException("refining collection of length " + realLen.goString()
                        + " with upper bound " + max);
            }
        }
        if (wip.maxLength < max) {
            return this;
        }
        wip = wip.withLengths(wip.minLength, max);
        assertConsistentLengthBounds();
        return this;
    }

    /** Exact collection length (for a set: the number of distinct elements it will have). */
    public Refinement collectionLength(int length) {
        return collectionLengthLowerBound(length).collectionLengthUpperBound(length);
    }

    /**
     * The refined value. For an unknown this may collapse to a known value when only one remains possible: a null
     * (refined null), the bound of a number refined non-null with equal inclusive bounds, an empty collection
     * (non-null, length exactly 0), a list of N unknown elements (non-null list, length exactly N) or a set of one
     * unknown element (non-null set, length exactly 1).
     */
    public CtyValue newValue() {
        if (orig.isKnown() || ignored) {
            return orig.withMarks(marks);
        }
        CtyType t = orig.type();
        if (wip.nullness == UnknownRefinement.Nullness.NULL) {
            return CtyValue.nullVal(t).withMarks(marks);
        }
        if (wip.nullness == UnknownRefinement.Nullness.NOT_NULL) {
            CtyValue collapsed = collapse(t);
            if (collapsed != null) {
                return collapsed.withMarks(marks);
            }
        }
        UnknownRefinement r = wip.isEmpty() ? UnknownRefinement.NONE : wip;
        return new CtyValue(t, null, r, marks);
    }

    private CtyValue collapse(CtyType t) {
        if (wip.flavor == UnknownRefinement.Flavor.NUMBER) {
            if (wip.minInclusive && wip.maxInclusive && wip.min != null && wip.max != null
                    && isKnownTrue(wip.min.ctyEquals(wip.max))) {
                return wip.min;
            }
            return null;
        }
        if (wip.flavor != UnknownRefinement.Flavor.COLLECTION || wip.minLength != wip.maxLength) {
            return null;
        }
        int n = wip.minLength;
        CtyType et = t.elementType();
        if (n == 0) {
            return switch (t.kind()) {
                case LIST -> CtyValue.listValEmpty(et);
                case SET -> CtyValue.setValEmpty(et);
                case MAP -> CtyValue.mapValEmpty(et);
                default -> null;
            };
        }
        if (t.isListType() && n <= MAX_COLLAPSED_LIST_LENGTH) {
            return CtyValue.listVal(Collections.nCopies(n, CtyValue.unknownVal(et)));
        }
        if (t.isSetType() && n == 1) {
            return CtyValue.setVal(List.of(CtyValue.unknownVal(et)));
        }
        return null;
    }

    private void requireFlavor(UnknownRefinement.Flavor wanted, String messageFormat) {
        if (wip.flavor != wanted) {
            throw new RefinementException(String.format(messageFormat, orig.type().goString()));
        }
    }

    private static CtyValue checkBound(CtyValue bound, String which) {
        CtyValue b = bound.unmark();
        if (!b.isKnown()) {
            return null;
        }
        if (b.isNull()) {
            throw new RefinementException("number range " + which + " bound must not be null");
        }
        if (!b.type().equals(CtyType.NUMBER)) {
            throw new RefinementException("number range " + which + " bound must be a number, not "
                    + b.type().friendlyName());
        }
        return b;
    }

    private void requireComparableOrig() {
        if (orig.isKnown() && orig.isNull()) {
            throw new RefinementException("cannot refine the numeric bounds of a null value");
        }
    }

    private CtyValue knownLength() {
        if (orig.isNull()) {
            throw new RefinementException("cannot refine the length of a null value");
        }
        return orig.length();
    }

    private void assertConsistentNumberBounds() {
        if (wip.min == null || wip.max == null) {
            return;
        }
        CtyValue ok = wip.minInclusive != wip.maxInclusive ? wip.min.lessThan(wip.max)
                : wip.min.lessThanOrEqualTo(wip.max);
        if (isKnownFalse(ok)) {
            throw new RefinementException("number lower bound " + wip.min.goString()
                    + " is greater than upper bound " + wip.max.goString());
        }
    }

    private void assertConsistentLengthBounds() {
        if (wip.maxLength < wip.minLength) {
            throw new RefinementException("collection length upper bound " + wip.maxLength
                    + " is less than lower bound " + wip.minLength);
        }
    }

    private static boolean isKnownTrue(CtyValue b) {
        CtyValue u = b.unmark();
        return u.isKnown() && !u.isNull() && u.asBool();
    }

    private static boolean isKnownFalse(CtyValue b) {
        CtyValue u = b.unmark();
        return u.isKnown() && !u.isNull() && !u.asBool();
    }

    // go-cty compares the overlapping bytes of the two UTF-8 strings.
    private static boolean overlapMatches(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (x[i] != y[i]) {
                return false;
            }
        }
        return true;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public String toString() {
        return orig.goString() + ".Refine()" + wip.goString();
    }
}
