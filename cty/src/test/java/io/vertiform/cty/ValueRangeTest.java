package io.vertiform.cty;

import static io.vertiform.cty.CtyValue.FALSE;
import static io.vertiform.cty.CtyValue.numberIntVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static io.vertiform.cty.CtyValue.unknownVal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueRangeTest {

    @Test
    void rangesOfKnownValuesAreExact() {
        ValueRange s = stringVal("abc").range();
        assertThat(s.definitelyNotNull()).isTrue();
        assertThat(s.stringPrefix()).isEqualTo("abc");
        ValueRange n = numberIntVal(7).range();
        assertThat(n.numberLowerBound()).isEqualTo(numberIntVal(7));
        assertThat(n.numberLowerInclusive()).isTrue();
        assertThat(n.numberUpperBound()).isEqualTo(numberIntVal(7));
        assertThat(n.numberUpperInclusive()).isTrue();
        ValueRange l = CtyValue.listVal(List.of(stringVal("a"))).range();
        assertThat(l.lengthLowerBound()).isEqualTo(1);
        assertThat(l.lengthUpperBound()).isEqualTo(1);
        ValueRange setWithUnknowns = CtyValue.setVal(List.of(unknownVal(CtyType.STRING), stringVal("a"))).range();
        assertThat(setWithUnknowns.lengthLowerBound()).isZero();
        assertThat(setWithUnknowns.lengthUpperBound()).isEqualTo(Integer.MAX_VALUE);
        ValueRange nul = CtyValue.nullVal(CtyType.STRING).range();
        assertThat(nul.couldBeNull()).isTrue();
        assertThat(nul.definitelyNull()).isTrue();
        assertThat(nul.definitelyNotNull()).isFalse();
        assertThat(stringVal("x").mark("m").range().stringPrefix()).isEqualTo("x");
    }

    @Test
    void unrefinedUnknownsAreUnbounded() {
        ValueRange n = unknownVal(CtyType.NUMBER).range();
        assertThat(n.couldBeNull()).isTrue();
        assertThat(n.numberLowerBound()).isEqualTo(CtyValue.NEGATIVE_INFINITY);
        assertThat(n.numberLowerInclusive()).isFalse();
        assertThat(n.numberUpperBound()).isEqualTo(CtyValue.POSITIVE_INFINITY);
        assertThat(n.hasRefinements()).isFalse();
        assertThat(unknownVal(CtyType.STRING).range().stringPrefix()).isEmpty();
        ValueRange d = CtyValue.DYNAMIC_VAL.range();
        assertThat(d.numberLowerBound().isKnown()).isFalse();
        assertThat(d.stringPrefix()).isEmpty();
        assertThat(d.lengthUpperBound()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> unknownVal(CtyType.STRING).range().numberLowerBound())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> unknownVal(CtyType.NUMBER).range().lengthLowerBound())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void includesRulesOutImpossibleValues() {
        CtyValue prefixed = unknownVal(CtyType.STRING).refine().stringPrefixFull("ab").newValue();
        assertThat(prefixed.range().includes(stringVal("xy"))).isEqualTo(FALSE);
        assertThat(prefixed.range().includes(stringVal("abc")).isKnown()).isFalse();
        assertThat(prefixed.range().includes(CtyValue.nullVal(CtyType.STRING))).isEqualTo(CtyValue.TRUE);
        assertThat(prefixed.refineNotNull().range().includes(CtyValue.nullVal(CtyType.STRING))).isEqualTo(FALSE);
        assertThat(prefixed.range().includes(numberIntVal(1))).isEqualTo(FALSE);
        CtyValue bounded = unknownVal(CtyType.NUMBER).refine().numberRangeLowerBound(numberIntVal(0), false)
                .newValue();
        assertThat(bounded.range().includes(numberIntVal(0))).isEqualTo(FALSE);
        assertThat(bounded.range().includes(numberIntVal(1)).isKnown()).isFalse();
        CtyValue shortList = unknownVal(CtyType.list(CtyType.STRING)).refine().collectionLengthUpperBound(1)
                .newValue();
        assertThat(shortList.range().includes(CtyValue.listVal(List.of(stringVal("a"), stringVal("b")))))
                .isEqualTo(FALSE);
        assertThat(CtyValue.nullVal(CtyType.STRING).range().includes(stringVal("a"))).isEqualTo(FALSE);
    }
}
