package io.vertiform.cty.convert;

import static io.vertiform.cty.convert.Fixtures.B;
import static io.vertiform.cty.convert.Fixtures.DYN;
import static io.vertiform.cty.convert.Fixtures.N;
import static io.vertiform.cty.convert.Fixtures.S;
import static io.vertiform.cty.convert.Fixtures.listT;
import static io.vertiform.cty.convert.Fixtures.mapT;
import static io.vertiform.cty.convert.Fixtures.objT;
import static io.vertiform.cty.convert.Fixtures.setT;
import static io.vertiform.cty.convert.Fixtures.tupleT;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** go-cty 1.12.1's {@code TestCompareTypes} and {@code TestSortTypes}. */
class TypePreferenceTest {

    static Stream<Arguments> comparisons() {
        CtyType name = objT("name", S);
        return Stream.of(
                Arguments.of(S, S, 0), Arguments.of(S, N, -1), Arguments.of(N, S, 1), Arguments.of(S, B, -1),
                Arguments.of(B, S, 1), Arguments.of(B, N, 0), Arguments.of(N, B, 0),
                Arguments.of(listT(S), listT(S), 0), Arguments.of(listT(S), listT(N), -1),
                Arguments.of(listT(N), listT(S), 1), Arguments.of(listT(S), S, 0),
                Arguments.of(setT(S), setT(S), 0), Arguments.of(setT(S), setT(N), -1),
                Arguments.of(setT(N), setT(S), 1), Arguments.of(setT(S), S, 0),
                Arguments.of(mapT(S), mapT(S), 0), Arguments.of(mapT(S), mapT(N), -1),
                Arguments.of(mapT(N), mapT(S), 1), Arguments.of(mapT(S), S, 0),
                Arguments.of(CtyType.EMPTY_OBJECT, CtyType.EMPTY_OBJECT, 0),
                Arguments.of(CtyType.EMPTY_OBJECT, name, 0), Arguments.of(name, name, 0),
                Arguments.of(objT("name", S, "number", N), name, 0),
                Arguments.of(objT("number", N), name, 0),
                Arguments.of(objT("name", S, "number", N), objT("name", S, "number", N), 0),
                Arguments.of(objT("name", S, "number", S), objT("name", S, "number", N), -1),
                Arguments.of(objT("name", S, "number", N), objT("name", S, "number", S), 1),
                Arguments.of(objT("a", S, "b", N), objT("a", N, "b", S), 0),
                Arguments.of(CtyType.EMPTY_TUPLE, CtyType.EMPTY_TUPLE, 0),
                Arguments.of(CtyType.EMPTY_TUPLE, tupleT(S), 0), Arguments.of(tupleT(S), tupleT(S), 0),
                Arguments.of(tupleT(S, N), tupleT(S), 0), Arguments.of(tupleT(S, N), tupleT(S, N), 0),
                Arguments.of(tupleT(S, S), tupleT(S, N), -1), Arguments.of(tupleT(S, N), tupleT(S, S), 1),
                Arguments.of(tupleT(S, N), tupleT(N, S), 0),
                Arguments.of(setT(S), listT(S), 1), Arguments.of(listT(S), setT(S), -1),
                Arguments.of(listT(S), setT(N), -1), Arguments.of(setT(N), listT(S), 1),
                Arguments.of(listT(N), setT(S), -1), Arguments.of(setT(S), listT(N), 1),
                Arguments.of(DYN, DYN, 0), Arguments.of(DYN, S, 1), Arguments.of(S, DYN, -1),
                Arguments.of(N, DYN, -1), Arguments.of(DYN, N, 1), Arguments.of(B, DYN, -1), Arguments.of(DYN, B, 1),
                // the swapped pairs
                Arguments.of(tupleT(S), listT(S), 1), Arguments.of(objT("a", S), mapT(S), 1),
                Arguments.of(setT(S), tupleT(S), 1), Arguments.of(tupleT(S), setT(S), -1));
    }

    @ParameterizedTest(name = "[{index}] {0} vs {1}")
    @MethodSource("comparisons")
    void comparesLikeGoCty(CtyType a, CtyType b, int want) {
        assertThat(TypePreference.compare(a, b)).isEqualTo(want);
    }

    static Stream<Arguments> sorts() {
        return Stream.of(
                Arguments.of(List.of(), List.of()),
                Arguments.of(List.of(S, N), List.of(S, N)),
                Arguments.of(List.of(N, S), List.of(S, N)),
                Arguments.of(List.of(S, B), List.of(S, B)),
                Arguments.of(List.of(B, S), List.of(S, B)),
                Arguments.of(List.of(B, S, N), List.of(S, B, N)),
                Arguments.of(List.of(N, S, B), List.of(S, N, B)),
                Arguments.of(List.of(S, S), List.of(S, S)),
                Arguments.of(List.of(N, S, N), List.of(S, N, N)),
                Arguments.of(List.of(S, listT(S)), List.of(S, listT(S))),
                Arguments.of(List.of(listT(S), S), List.of(listT(S), S)),
                Arguments.of(List.of(B, listT(S), S), List.of(listT(S), S, B)),
                Arguments.of(List.of(S, DYN), List.of(S, DYN)),
                Arguments.of(List.of(DYN, S), List.of(S, DYN)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("sorts")
    void sortsLikeGoCty(List<CtyType> in, List<CtyType> want) {
        List<CtyType> got = new ArrayList<>();
        for (int i : TypePreference.order(in)) {
            got.add(in.get(i));
        }
        assertThat(got).isEqualTo(want);
    }

    @ParameterizedTest(name = "cycle")
    @MethodSource("cycle")
    void unreachablePositionsOfAPreferenceCycleStayZeroLikeGoCty(List<CtyType> in, int[] want) {
        assertThat(TypePreference.order(in)).containsExactly(want);
    }

    static Stream<Arguments> cycle() {
        // x > y on "a", y > z on "b", z > x on "c"; the other attribute pairs are incomparable
        CtyType x = objT("a", S, "b", listT(S), "c", N);
        CtyType y = objT("a", N, "b", S, "c", listT(S));
        CtyType z = objT("a", listT(S), "b", N, "c", S);
        return Stream.of(Arguments.of(List.of(x, y, z, S), new int[] {3, 0, 0, 0}));
    }
}
