package io.vertiform.cty.convert;

import static io.vertiform.cty.convert.Fixtures.B;
import static io.vertiform.cty.convert.Fixtures.DYN;
import static io.vertiform.cty.convert.Fixtures.N;
import static io.vertiform.cty.convert.Fixtures.S;
import static io.vertiform.cty.convert.Fixtures.listT;
import static io.vertiform.cty.convert.Fixtures.mapT;
import static io.vertiform.cty.convert.Fixtures.n;
import static io.vertiform.cty.convert.Fixtures.objT;
import static io.vertiform.cty.convert.Fixtures.s;
import static io.vertiform.cty.convert.Fixtures.setT;
import static io.vertiform.cty.convert.Fixtures.tupleT;
import static io.vertiform.cty.convert.Fixtures.unk;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which conversions exist in safe and unsafe mode (go-cty 1.12.1's answers, including its oddities). */
class GetConversionTest {

    static Stream<Arguments> availability() {
        return Stream.of(
                // in, out, safe exists, unsafe exists
                Arguments.of(N, S, true, true),
                Arguments.of(B, S, true, true),
                Arguments.of(S, N, false, true),
                Arguments.of(S, B, false, true),
                Arguments.of(N, B, false, false),
                Arguments.of(B, N, false, false),
                // never a conversion from a primitive type to itself, nor between equal maps of primitives
                Arguments.of(S, S, false, false),
                Arguments.of(mapT(S), mapT(S), false, false),
                // ...but lists, sets, objects and tuples have one to themselves
                Arguments.of(listT(S), listT(S), true, true),
                Arguments.of(CtyType.EMPTY_OBJECT, CtyType.EMPTY_OBJECT, true, true),
                Arguments.of(CtyType.EMPTY_TUPLE, CtyType.EMPTY_TUPLE, true, true),
                // list to set is lossy, hence unsafe (the docs' chart says otherwise)
                Arguments.of(listT(S), setT(S), false, true),
                Arguments.of(setT(S), listT(S), true, true),
                Arguments.of(tupleT(S), setT(S), true, true),
                Arguments.of(listT(S), tupleT(S), false, false),
                Arguments.of(mapT(S), CtyType.EMPTY_OBJECT, false, true),
                Arguments.of(objT("a", N), mapT(S), true, true),
                Arguments.of(objT("a", S), mapT(N), false, true),
                Arguments.of(DYN, S, false, true),
                Arguments.of(S, DYN, true, true),
                Arguments.of(DYN, DYN, true, true),
                Arguments.of(tupleT(S, N), tupleT(S), false, false),
                Arguments.of(objT("a", S), objT("a", S, "b", S), false, false),
                Arguments.of(objT("a", S, "b", S), objT("a", S), true, true));
    }

    @ParameterizedTest(name = "[{index}] {0} to {1}: safe={2} unsafe={3}")
    @MethodSource("availability")
    void offersTheSameConversionsAsGoCty(CtyType in, CtyType out, boolean safe, boolean unsafe) {
        assertThat(Convert.getConversion(in, out)).as("safe").matches(o -> o.isPresent() == safe);
        assertThat(Convert.getConversionUnsafe(in, out)).as("unsafe").matches(o -> o.isPresent() == unsafe);
    }

    @Test
    void conversionsAcceptDynamicallyTypedNullsAndUnknowns() {
        Conversion c = Convert.getConversion(tupleT(N, S), listT(S)).orElseThrow();
        assertThat(c.convert(CtyValue.DYNAMIC_VAL)).isEqualTo(unk(listT(S)));
        assertThat(c.convert(CtyValue.nullVal(DYN))).isEqualTo(CtyValue.nullVal(listT(S)));
        assertThat(c.convert(unk(tupleT(N, S)).mark("q"))).isEqualTo(unk(listT(S)).mark("q"));
        assertThat(c.convert(CtyValue.tupleVal(java.util.List.of(n(1), s("a")))))
                .isEqualTo(CtyValue.listVal(java.util.List.of(s("1"), s("a"))));
    }

    @Test
    void convertReturnsTheInputWhenTypesMatchIgnoringOptionalMarkers() {
        CtyValue v = CtyValue.mapVal(java.util.Map.of("a", s("x"))).mark("m");
        assertThat(Convert.convert(v, mapT(S))).isSameAs(v);
        CtyValue o = CtyValue.objectVal(java.util.Map.of("a", s("x")));
        assertThat(Convert.convert(o, Fixtures.optObj(java.util.List.of("a"), "a", S))).isSameAs(o);
    }
}
