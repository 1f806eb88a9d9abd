package io.vertiform.cty;

import static io.vertiform.cty.CtyValue.numberIntVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static io.vertiform.cty.CtyValue.unknownVal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Refinement builder semantics as specified in refinements.md and implemented by go-cty 1.13+. */
class RefinementTest {
    private static final CtyType S = CtyType.STRING;
    private static final CtyType N = CtyType.NUMBER;

    @Test
    void notNullOnEveryRefinableKind() {
        for (CtyType t : List.of(S, N, CtyType.BOOL, CtyType.list(S), CtyType.set(N), CtyType.map(S),
                CtyType.EMPTY_TUPLE, CtyType.object(Map.of("a", S)))) {
            CtyValue v = unknownVal(t).refineNotNull();
            assertThat(v.isKnown()).as("%s", t).isFalse();
            assertThat(v.range().definitelyNotNull()).isTrue();
            assertThat(v.range().couldBeNull()).isFalse();
            assertThat(v.range().hasRefinements()).isTrue();
            assertThat(v.goString()).isEqualTo("cty.UnknownVal(" + t.goString() + ").RefineNotNull()");
        }
    }

    @Test
    void dynamicValIgnoresRefinementsSilently() {
        CtyValue v = CtyValue.DYNAMIC_VAL.refine().notNull().stringPrefix("x").collectionLengthLowerBound(3)
                .numberRangeLowerBound(numberIntVal(1), true).newValue();
        assertThat(v).isSameAs(CtyValue.DYNAMIC_VAL);
        assertThat(CtyValue.DYNAMIC_VAL.mark("m").refineNotNull()).isEqualTo(CtyValue.DYNAMIC_VAL.mark("m"));
        assertThat(v.range().hasRefinements()).isFalse();
    }

    @Test
    void typeSpecificRefinementsRejectOtherTypes() {
        assertThatThrownBy(() -> unknownVal(N).refine().stringPrefix("x")).isInstanceOf(RefinementException.class)
                .hasMessage("cannot refine string prefix for a cty.Number value");
        assertThatThrownBy(() -> unknownVal(S).refine().numberRangeLowerBound(numberIntVal(1), true))
                .isInstanceOf(RefinementException.class)
                .hasMessage("cannot refine numeric bounds for a cty.String value");
        assertThatThrownBy(() -> unknownVal(CtyType.EMPTY_TUPLE).refine().collectionLengthUpperBound(1))
                .isInstanceOf(RefinementException.class)
                .hasMessage("cannot refine collection length bounds for a cty.EmptyTuple value");
        assertThatThrownBy(() -> unknownVal(CtyType.BOOL).refine().stringPrefixFull("t"))
                .isInstanceOf(RefinementException.class);
    }

    @Test
    void stringPrefixIsTrimmedToASafeBoundaryAndGrowsOnly() {
        CtyValue v = unknownVal(S).refine().stringPrefix("https://").newValue();
        assertThat(v.range().stringPrefix()).isEqualTo("https://");
        assertThat(unknownVal(S).refine().stringPrefix("abc").newValue().range().stringPrefix()).isEqualTo("ab");
        assertThat(unknownVal(S).refine().stringPrefixFull("abc").newValue().range().stringPrefix()).isEqualTo("abc");
        CtyValue longer = v.refine().stringPrefixFull("https://example").newValue();
        assertThat(longer.range().stringPrefix()).isEqualTo("https://example");
        assertThat(longer.refine().stringPrefixFull("https").newValue().range().stringPrefix())
                .isEqualTo("https://example");
        assertThat(longer.goString())
                .isEqualTo("cty.UnknownVal(cty.String).Refine().StringPrefix(\"https://example\").NewValue()");
        assertThatThrownBy(() -> longer.refine().stringPrefixFull("http://"))
                .isInstanceOf(RefinementException.class)
                .hasMessage("refined prefix is inconsistent with previous refined prefix");
        assertThat(unknownVal(S).refine().stringPrefixFull("e\u0301").newValue().range().stringPrefix())
                .isEqualTo("\u00e9");
    }

    @Test
    void knownValuesAreAssertedNotChanged() {
        CtyValue known = stringVal("https://x");
        assertThat(known.refine().notNull().stringPrefixFull("https").newValue()).isSameAs(known);
        // go-cty only compares the overlapping bytes, so a longer prefix that agrees is accepted.
        assertThat(stringVal("ab").refine().stringPrefixFull("abc").newValue()).isEqualTo(stringVal("ab"));
        assertThatThrownBy(() -> known.refine().stringPrefixFull("ftp")).isInstanceOf(RefinementException.class)
                .hasMessage("refined prefix is inconsistent with known value");
        assertThatThrownBy(() -> CtyValue.nullVal(S).refine().notNull()).isInstanceOf(RefinementException.class)
                .hasMessage("refining null value as non-null");
        assertThatThrownBy(() -> numberIntVal(5).refine().numberRangeLowerBound(numberIntVal(6), true))
                .isInstanceOf(RefinementException.class).hasMessage(
                        "refining cty.NumberIntVal(5) to be >= cty.NumberIntVal(6)");
        assertThatThrownBy(() -> numberIntVal(5).refine().numberRangeUpperBound(numberIntVal(5), false))
                .isInstanceOf(RefinementException.class).hasMessage(
                        "refining cty.NumberIntVal(5) to be < cty.NumberIntVal(5)");
        assertThat(numberIntVal(5).refine().numberRangeInclusive(numberIntVal(5), numberIntVal(5)).newValue())
                .isEqualTo(numberIntVal(5));
        CtyValue list = CtyValue.listVal(List.of(stringVal("a"), stringVal("b")));
        assertThat(list.refine().collectionLength(2).newValue()).isSameAs(list);
        assertThatThrownBy(() -> list.refine().collectionLengthUpperBound(1)).isInstanceOf(RefinementException.class)
                .hasMessage("refining collection of length cty.NumberIntVal(2) with upper bound 1");
        assertThatThrownBy(() -> list.refine().collectionLengthLowerBound(3)).isInstanceOf(RefinementException.class)
                .hasMessage("refining collection of length cty.NumberIntVal(2) with lower bound 3");
        assertThat(stringVal("a").mark("m").refine().notNull().newValue()).isEqualTo(stringVal("a").mark("m"));
    }

    @Test
    void numberBoundsKeepTheTighterOneAndRejectContradictions() {
        CtyValue v = unknownVal(N).refine()
                .numberRangeLowerBound(numberIntVal(1), true)
                .numberRangeLowerBound(numberIntVal(0), true)
                .numberRangeUpperBound(numberIntVal(10), false)
                .numberRangeUpperBound(numberIntVal(20), true)
                .newValue();
        ValueRange r = v.range();
        assertThat(r.numberLowerBound()).isEqualTo(numberIntVal(1));
        assertThat(r.numberLowerInclusive()).isTrue();
        assertThat(r.numberUpperBound()).isEqualTo(numberIntVal(10));
        assertThat(r.numberUpperInclusive()).isFalse();
        // an exclusive bound at the same value is tighter than an inclusive one
        ValueRange r2 = v.refine().numberRangeLowerBound(numberIntVal(1), false).newValue().range();
        assertThat(r2.numberLowerInclusive()).isFalse();
        // an unknown bound adds nothing
        assertThat(v.refine().numberRangeLowerBound(unknownVal(N), true).newValue()).isEqualTo(v);
        assertThatThrownBy(() -> v.refine().numberRangeLowerBound(numberIntVal(11), true))
                .isInstanceOf(RefinementException.class)
                .hasMessage("refining cty.UnknownVal(cty.Number).Refine().NumberLowerBound(cty.NumberIntVal(1), "
                        + "true).NumberUpperBound(cty.NumberIntVal(10), false).NewValue() to be >= "
                        + "cty.NumberIntVal(11)");
        assertThatThrownBy(() -> unknownVal(N).refine().numberRangeLowerBound(numberIntVal(5), true)
                .numberRangeUpperBound(numberIntVal(4), true)).isInstanceOf(RefinementException.class)
                .hasMessage("number lower bound cty.NumberIntVal(5) is greater than upper bound cty.NumberIntVal(4)");
        assertThatThrownBy(() -> unknownVal(N).refine().numberRangeLowerBound(CtyValue.nullVal(N), true))
                .isInstanceOf(RefinementException.class).hasMessage("number range lower bound must not be null");
        assertThat(v.goString()).isEqualTo("cty.UnknownVal(cty.Number).Refine().NumberLowerBound("
                + "cty.NumberIntVal(1), true).NumberUpperBound(cty.NumberIntVal(10), false).NewValue()");
    }

    @Test
    void equalInclusiveNumberBoundsCollapseOnlyWhenNotNull() {
        CtyValue nullable = unknownVal(N).refine().numberRangeInclusive(numberIntVal(3), numberIntVal(3)).newValue();
        assertThat(nullable.isKnown()).isFalse();
        assertThat(nullable.refineNotNull()).isEqualTo(numberIntVal(3));
        // [3, 3) is empty, which go-cty treats as a contradiction.
        assertThatThrownBy(() -> unknownVal(N).refine().notNull().numberRangeLowerBound(numberIntVal(3), true)
                .numberRangeUpperBound(numberIntVal(3), false)).isInstanceOf(RefinementException.class);
        CtyValue open = unknownVal(N).refine().notNull().numberRangeLowerBound(numberIntVal(3), false)
                .numberRangeUpperBound(numberIntVal(3), false).newValue();
        assertThat(open.isKnown()).isFalse();
        assertThat(unknownVal(N).mark("m").refine().notNull()
                .numberRangeInclusive(numberIntVal(3), numberIntVal(3)).newValue())
                .isEqualTo(numberIntVal(3).mark("m"));
    }

    @Test
    void collectionLengthBounds() {
        CtyValue v = unknownVal(CtyType.list(S)).refine().collectionLengthLowerBound(2)
                .collectionLengthUpperBound(5).collectionLengthLowerBound(1).collectionLengthUpperBound(9).newValue();
        assertThat(v.range().lengthLowerBound()).isEqualTo(2);
        assertThat(v.range().lengthUpperBound()).isEqualTo(5);
        assertThat(v.goString()).isEqualTo("cty.UnknownVal(cty.List(cty.String)).Refine()"
                + ".CollectionLengthLowerBound(2).CollectionLengthUpperBound(5).NewValue()");
        assertThatThrownBy(() -> v.refine().collectionLengthUpperBound(1)).isInstanceOf(RefinementException.class)
                .hasMessage("collection length upper bound 1 is less than lower bound 2");
        assertThat(unknownVal(CtyType.map(S)).range().lengthUpperBound()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void lengthCollapses() {
        CtyType list = CtyType.list(S);
        CtyType set = CtyType.set(S);
        CtyType map = CtyType.map(S);
        assertThat(unknownVal(list).refine().notNull().collectionLength(0).newValue())
                .isEqualTo(CtyValue.listValEmpty(S));
        assertThat(unknownVal(set).refine().notNull().collectionLength(0).newValue())
                .isEqualTo(CtyValue.setValEmpty(S));
        assertThat(unknownVal(map).refine().notNull().collectionLength(0).newValue())
                .isEqualTo(CtyValue.mapValEmpty(S));
        assertThat(unknownVal(list).refine().notNull().collectionLength(2).newValue())
                .isEqualTo(CtyValue.listVal(List.of(unknownVal(S), unknownVal(S))));
        assertThat(unknownVal(set).refine().notNull().collectionLength(1).newValue())
                .isEqualTo(CtyValue.setVal(List.of(unknownVal(S))));
        // Two unknown set elements might coalesce; a map's keys are unknown: both stay unknown.
        CtyValue set2 = unknownVal(set).refine().notNull().collectionLength(2).newValue();
        assertThat(set2.isKnown()).isFalse();
        assertThat(set2.range().lengthLowerBound()).isEqualTo(2);
        assertThat(unknownVal(map).refine().notNull().collectionLength(1).newValue().isKnown()).isFalse();
        // Without not-null nothing collapses (the value could still be null).
        assertThat(unknownVal(list).refine().collectionLength(0).newValue().isKnown()).isFalse();
        // Very long exact lengths stay a refined unknown rather than allocating the list.
        CtyValue huge = unknownVal(list).refine().notNull().collectionLength(Integer.MAX_VALUE - 1).newValue();
        assertThat(huge.isKnown()).isFalse();
        assertThat(huge.range().lengthLowerBound()).isEqualTo(Integer.MAX_VALUE - 1);
        assertThat(unknownVal(list).refine().notNull().collectionLength(Refinement.MAX_COLLAPSED_LIST_LENGTH)
                .newValue().lengthInt()).isEqualTo(Refinement.MAX_COLLAPSED_LIST_LENGTH);
        assertThat(unknownVal(list).mark("m").refine().notNull().collectionLength(1).newValue())
                .isEqualTo(CtyValue.listVal(Collections.nCopies(1, unknownVal(S))).mark("m"));
    }

    @Test
    void definitelyNullCollapsesToNull() {
        assertThat(unknownVal(S).refine().definitelyNull().newValue()).isEqualTo(CtyValue.nullVal(S));
        assertThatThrownBy(() -> unknownVal(S).refineNotNull().refine().definitelyNull())
                .isInstanceOf(RefinementException.class).hasMessage("refining non-null value as null");
        assertThatThrownBy(() -> stringVal("x").refine().definitelyNull()).isInstanceOf(RefinementException.class);
        assertThat(CtyValue.nullVal(CtyType.DYNAMIC).refine().definitelyNull().newValue())
                .isEqualTo(CtyValue.nullVal(CtyType.DYNAMIC));
    }

    @Test
    void marksSurviveRefinement() {
        CtyValue v = unknownVal(S).mark(Marks.SENSITIVE).refine().notNull().newValue();
        assertThat(v.marks()).isEqualTo(Set.of(Marks.SENSITIVE));
        assertThat(v.unmark().range().definitelyNotNull()).isTrue();
    }

    @Test
    void operationsProduceRefinedResults() {
        CtyValue len = unknownVal(CtyType.list(S)).refine().collectionLengthLowerBound(2).newValue().length();
        assertThat(len.isKnown()).isFalse();
        assertThat(len.range().definitelyNotNull()).isTrue();
        assertThat(len.range().numberLowerBound()).isEqualTo(numberIntVal(2));
        assertThat(len.range().numberUpperBound()).isEqualTo(numberIntVal(Long.MAX_VALUE));
        assertThat(unknownVal(S).ctyEquals(stringVal("a")).range().definitelyNotNull()).isTrue();
    }
}
