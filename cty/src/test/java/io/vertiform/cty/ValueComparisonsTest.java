package io.vertiform.cty;

import static io.vertiform.cty.CtyValue.DYNAMIC_VAL;
import static io.vertiform.cty.CtyValue.FALSE;
import static io.vertiform.cty.CtyValue.TRUE;
import static io.vertiform.cty.CtyValue.numberIntVal;
import static io.vertiform.cty.CtyValue.parseNumberVal;
import static io.vertiform.cty.CtyValue.unknownVal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueComparisonsTest {
    private static final CtyType N = CtyType.NUMBER;
    private static final CtyType B = CtyType.BOOL;

    private static String tri(CtyValue v) {
        return v.isKnown() ? (v.asBool() ? "T" : "F") : "U";
    }

    @Test
    void knownNumbers() {
        assertThat(numberIntVal(1).lessThan(numberIntVal(2))).isEqualTo(TRUE);
        assertThat(numberIntVal(2).lessThan(numberIntVal(2))).isEqualTo(FALSE);
        assertThat(numberIntVal(2).lessThanOrEqualTo(numberIntVal(2))).isEqualTo(TRUE);
        assertThat(numberIntVal(3).greaterThan(parseNumberVal("2.9999999999999999999999"))).isEqualTo(TRUE);
        assertThat(numberIntVal(3).greaterThanOrEqualTo(numberIntVal(4))).isEqualTo(FALSE);
        assertThat(CtyValue.NEGATIVE_INFINITY.lessThan(numberIntVal(-1000))).isEqualTo(TRUE);
        assertThat(numberIntVal(1).mark("a").lessThan(numberIntVal(2).mark("b")).marks())
                .containsExactlyInAnyOrder("a", "b");
        assertThatThrownBy(() -> numberIntVal(1).lessThan(CtyValue.stringVal("2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type mismatch: want number but value 1 is string");
    }

    @Test
    void unknownNumbersUseRefinedBounds() {
        CtyValue small = unknownVal(N).refine().numberRangeInclusive(numberIntVal(0), numberIntVal(5)).newValue();
        CtyValue big = unknownVal(N).refine().numberRangeLowerBound(numberIntVal(10), true).newValue();
        assertThat(small.lessThan(big)).isEqualTo(TRUE);
        assertThat(big.lessThan(small)).isEqualTo(FALSE);
        assertThat(big.greaterThan(small)).isEqualTo(TRUE);
        assertThat(small.lessThan(numberIntVal(6))).isEqualTo(TRUE);
        assertThat(tri(small.lessThan(numberIntVal(3)))).isEqualTo("U");
        assertThat(tri(unknownVal(N).lessThan(numberIntVal(3)))).isEqualTo("U");
        assertThat(tri(DYNAMIC_VAL.greaterThan(numberIntVal(3)))).isEqualTo("U");
        assertThat(small.lessThan(numberIntVal(3)).range().definitelyNotNull()).isTrue();
    }

    @Test
    void booleanLogicShortCircuitsOnDefiniteOperands() {
        assertThat(TRUE.not()).isEqualTo(FALSE);
        assertThat(tri(unknownVal(B).not())).isEqualTo("U");
        assertThat(TRUE.and(FALSE)).isEqualTo(FALSE);
        assertThat(TRUE.and(TRUE)).isEqualTo(TRUE);
        assertThat(unknownVal(B).and(FALSE)).isEqualTo(FALSE);
        assertThat(tri(unknownVal(B).and(TRUE))).isEqualTo("U");
        assertThat(unknownVal(B).or(TRUE)).isEqualTo(TRUE);
        assertThat(DYNAMIC_VAL.or(TRUE)).isEqualTo(TRUE);
        assertThat(tri(unknownVal(B).or(FALSE))).isEqualTo("U");
        assertThat(FALSE.or(FALSE)).isEqualTo(FALSE);
        assertThat(TRUE.mark("m").not()).isEqualTo(FALSE.mark("m"));
        assertThatThrownBy(() -> CtyValue.nullVal(B).not()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> numberIntVal(1).not()).isInstanceOf(IllegalArgumentException.class);
    }
}
