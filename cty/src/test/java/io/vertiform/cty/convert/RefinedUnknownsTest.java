package io.vertiform.cty.convert;

import static io.vertiform.cty.convert.Fixtures.N;
import static io.vertiform.cty.convert.Fixtures.S;
import static io.vertiform.cty.convert.Fixtures.listT;
import static io.vertiform.cty.convert.Fixtures.mapT;
import static io.vertiform.cty.convert.Fixtures.objT;
import static io.vertiform.cty.convert.Fixtures.setT;
import static io.vertiform.cty.convert.Fixtures.tupleT;
import static io.vertiform.cty.convert.Fixtures.unk;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyValue;
import io.vertiform.cty.ValueRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unknown inputs: plain unknowns convert exactly as in go-cty 1.12.1 (no refinements appear); refined unknowns,
 * which 1.12.1 cannot express, get go-cty 1.13+'s treatment.
 */
class RefinedUnknownsTest {

    @Test
    void plainUnknownsStayPlainEvenWhereLaterGoCtyWouldRefine() {
        for (CtyValue got : List.of(
                Convert.convert(unk(tupleT(S, S)), listT(S)),
                Convert.convert(unk(tupleT(S, N)), setT(S)),
                Convert.convert(unk(objT("a", S)), mapT(S)),
                Convert.convert(unk(listT(S)), setT(N)))) {
            assertThat(got.isKnown()).isFalse();
            assertThat(got.range().hasRefinements()).as(got.goString()).isFalse();
        }
    }

    @Test
    void notNullCarriesOver() {
        CtyValue got = Convert.convert(unk(S).refineNotNull(), N);
        assertThat(got).isEqualTo(unk(N).refineNotNull());
    }

    @Test
    void otherRefinementsOfPrimitivesDoNot() {
        CtyValue prefixed = unk(S).refine().stringPrefix("12").newValue();
        assertThat(Convert.convert(prefixed, N)).isEqualTo(unk(N));
    }

    @Test
    void notNullTupleToListKnowsItsLengthAndCollapsesToKnownList() {
        CtyValue got = Convert.convert(unk(tupleT(S, N)).refineNotNull(), listT(S));
        assertThat(got).isEqualTo(CtyValue.listVal(List.of(unk(S), unk(S))));
    }

    @Test
    void notNullTupleToSetIsBoundedByTheTupleLength() {
        ValueRange r = Convert.convert(unk(tupleT(S, N, S)).refineNotNull(), setT(S)).range();
        assertThat(r.definitelyNotNull()).isTrue();
        assertThat(r.lengthLowerBound()).isEqualTo(1);
        assertThat(r.lengthUpperBound()).isEqualTo(3);
    }

    @Test
    void notNullObjectToMapHasOneElementPerAttribute() {
        CtyValue got = Convert.convert(unk(objT("a", S, "b", N)).refineNotNull(), mapT(S));
        assertThat(got.isKnown()).isFalse();
        assertThat(got.range().lengthLowerBound()).isEqualTo(2);
        assertThat(got.range().lengthUpperBound()).isEqualTo(2);
    }

    @Test
    void collectionLengthBoundsTransferAndSetsOnlyKeepNonEmptiness() {
        CtyValue in = unk(listT(S)).refine().collectionLengthLowerBound(2).collectionLengthUpperBound(5).newValue();
        ValueRange asList = Convert.convert(in, listT(N)).range();
        assertThat(asList.definitelyNotNull()).isFalse();
        assertThat(asList.lengthLowerBound()).isEqualTo(2);
        assertThat(asList.lengthUpperBound()).isEqualTo(5);
        ValueRange asSet = Convert.convert(in, setT(S)).range();
        assertThat(asSet.lengthLowerBound()).isEqualTo(1);
        assertThat(asSet.lengthUpperBound()).isEqualTo(5);
    }

    @Test
    void marksStayOnRefinedResults() {
        CtyValue got = Convert.convert(unk(S).refineNotNull().mark("m"), N);
        assertThat(got).isEqualTo(unk(N).refineNotNull().mark("m"));
    }
}
