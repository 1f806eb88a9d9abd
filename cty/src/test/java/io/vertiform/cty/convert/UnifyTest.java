package io.vertiform.cty.convert;

import static io.vertiform.cty.convert.Fixtures.B;
import static io.vertiform.cty.convert.Fixtures.DYN;
import static io.vertiform.cty.convert.Fixtures.N;
import static io.vertiform.cty.convert.Fixtures.S;
import static io.vertiform.cty.convert.Fixtures.listT;
import static io.vertiform.cty.convert.Fixtures.mapT;
import static io.vertiform.cty.convert.Fixtures.n;
import static io.vertiform.cty.convert.Fixtures.obj;
import static io.vertiform.cty.convert.Fixtures.objT;
import static io.vertiform.cty.convert.Fixtures.optObj;
import static io.vertiform.cty.convert.Fixtures.s;
import static io.vertiform.cty.convert.Fixtures.setT;
import static io.vertiform.cty.convert.Fixtures.tuple;
import static io.vertiform.cty.convert.Fixtures.tupleT;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * go-cty 1.12.1's {@code TestUnify} (unify_test.go) plus further cases observed with it, in safe and unsafe mode.
 * Expected conversions are "needs a conversion" flags per input.
 */
class UnifyTest {
    private static final CtyType OPT_A = optObj(List.of("a"), "a", S);

    static Stream<Arguments> safe() {
        List<Arguments> c = new ArrayList<>();
        none(c);
        add(c, S, flags(false), S);
        add(c, N, flags(false), N);
        add(c, N, flags(false, false), N, N);
        add(c, S, flags(true, false), N, S);
        add(c, S, flags(false, true), S, N);
        add(c, S, flags(true, false, true), B, S, N);
        none(c, B, N);
        add(c, objT("foo", S), flags(false, false), objT("foo", S), objT("foo", S));
        add(c, objT("foo", S), flags(false, true), objT("foo", S), objT("foo", N));
        add(c, mapT(S), flags(true, true), objT("foo", S), objT("bar", N));
        add(c, mapT(S), flags(true, true), objT("foo", S), CtyType.EMPTY_OBJECT);
        none(c, objT("foo", B), objT("bar", N));
        none(c, objT("foo", B), objT("foo", N));
        add(c, tupleT(S), flags(false, false), tupleT(S), tupleT(S));
        add(c, tupleT(S), flags(false, true), tupleT(S), tupleT(N));
        add(c, listT(S), flags(true, true), tupleT(S), tupleT(S, N));
        add(c, listT(S), flags(true, true), tupleT(S), CtyType.EMPTY_TUPLE);
        none(c, tupleT(B), tupleT(N));
        // objects unify as map(string) inside tuples
        add(c, listT(mapT(S)), flags(true, true),
                tupleT(objT("a", S), objT("a", S)), tupleT(objT("a", S, "b", S)));
        // the second tuple element could be anything (go-cty gives up here)
        none(c, tupleT(objT("a", S), DYN), listT(DYN));
        add(c, listT(mapT(S)), flags(true, true, true),
                listT(objT("a", S)), tupleT(objT("a", S, "b", S)), tupleT(objT("a", S, "b", S), objT("c", S, "d", S)));
        add(c, listT(mapT(S)), flags(true, false, true),
                listT(objT("a", S)), listT(mapT(S)), tupleT(mapT(S), objT("a", S, "b", S)));
        add(c, listT(mapT(S)), flags(true, true),
                tupleT(objT("a", S, "b", N), objT("a", S, "b", N)), tupleT(objT("a", S)));
        add(c, tupleT(mapT(S)), flags(true, true), tupleT(objT("a", S, "b", N)), tupleT(objT("a", S)));
        add(c, listT(mapT(S)), flags(true, true), listT(objT("a", N, "b", S)), tupleT(objT("a", S)));
        add(c, listT(mapT(S)), flags(true, true), listT(objT("a", N, "b", S)), listT(objT("a", S)));
        add(c, listT(mapT(mapT(S))), flags(true, true),
                listT(objT("a", objT("a", S), "b", objT("a", S, "b", S))), listT(mapT(objT("a", S, "b", S))));
        add(c, objT("a", mapT(S)), flags(true, true), objT("a", objT("a", S)), objT("a", objT("a", S, "b", S)));
        add(c, mapT(mapT(S)), flags(true, true),
                objT("a", objT("a", S), "b", objT("a", S, "b", S)), mapT(objT("a", S, "b", S)));
        add(c, mapT(mapT(listT(S))), flags(true, true),
                objT("a", objT("a", listT(S)), "b", objT("a", tupleT(S), "b", listT(S))),
                mapT(objT("a", listT(S), "b", listT(S))));
        add(c, mapT(objT("a", S)), flags(true, false),
                objT("a", objT("a", S), "b", objT("a", S)), mapT(objT("a", S)));
        add(c, mapT(DYN), flags(true, false, true),
                objT("a", objT("a", S), "b", objT("a", S)), mapT(DYN), mapT(objT("a", S)));
        add(c, mapT(mapT(mapT(S))), flags(true, false),
                objT("a", objT("a", objT("a", S)), "b", objT("c", objT("d", S))), mapT(mapT(mapT(S))));
        add(c, mapT(mapT(mapT(S))), flags(false, true),
                mapT(mapT(mapT(S))), objT("a", objT("a", objT("a", S), "b", mapT(S)), "b", mapT(mapT(S))));
        add(c, DYN, flags(true, true), DYN, tupleT(N));
        add(c, DYN, flags(true, true), DYN, objT("num", N));
        none(c, tupleT(N), DYN, objT("num", N));

        // further cases checked against go-cty 1.12.1
        add(c, objT("a", S), flags(true, true), OPT_A, OPT_A);
        add(c, objT("a", S), flags(true), OPT_A);
        add(c, listT(objT("a", S)), flags(true, true), listT(OPT_A), listT(OPT_A));
        add(c, DYN, flags(false, false), DYN, DYN);
        add(c, DYN, flags(false), DYN);
        add(c, DYN, flags(true, false), S, DYN);
        add(c, mapT(S), flags(false, true), mapT(S), objT("a", N));
        add(c, listT(S), flags(false, true), listT(S), setT(S));
        add(c, listT(S), flags(true, false), setT(S), listT(S));
        none(c, listT(N), setT(S));
        add(c, listT(S), flags(false, true), listT(S), tupleT(N));
        add(c, DYN, flags(true, true), mapT(S), DYN);
        add(c, DYN, flags(true, true), listT(S), DYN);
        add(c, DYN, flags(true, true), setT(S), DYN);
        add(c, DYN, flags(true, true), objT("a", N), DYN);
        add(c, DYN, flags(true, true, false), mapT(S), objT("a", N), DYN);
        none(c, objT("a", N), S);
        add(c, S, flags(false, false, true, true, false), S, S, N, B, S);
        none(c, mapT(S), objT("a", N), CtyType.EMPTY_TUPLE);
        add(c, CtyType.EMPTY_OBJECT, flags(false, false), CtyType.EMPTY_OBJECT, CtyType.EMPTY_OBJECT);
        add(c, CtyType.EMPTY_TUPLE, flags(false, false), CtyType.EMPTY_TUPLE, CtyType.EMPTY_TUPLE);
        add(c, listT(S), flags(true, false), CtyType.EMPTY_TUPLE, listT(S));
        add(c, mapT(S), flags(true, false), mapT(N), mapT(S));
        none(c, setT(N), setT(B));
        add(c, listT(DYN), flags(false, true), listT(DYN), listT(S));
        add(c, objT("a", DYN), flags(false, true), objT("a", DYN), objT("a", S));
        add(c, mapT(S), flags(false, true, true), mapT(S), objT("a", N), mapT(B));
        add(c, listT(S), flags(false, true, true), listT(S), tupleT(N), listT(N));
        return c.stream();
    }

    static Stream<Arguments> unsafe() {
        List<Arguments> c = new ArrayList<>();
        add(c, S, flags(false, true), S, N);
        none(c, N, B);
        add(c, S, flags(false, true), S, DYN);
        add(c, S, flags(true, false), DYN, S);
        add(c, listT(N), flags(false, true), listT(N), setT(S));
        add(c, mapT(S), flags(true, true), objT("a", S, "b", S), objT("a", S));
        add(c, objT("a", S), flags(false, true), objT("a", S), objT("a", B));
        none(c, tupleT(N), tupleT(B));
        return c.stream();
    }

    private static void add(List<Arguments> c, CtyType want, boolean[] convs, CtyType... in) {
        c.add(Arguments.of(List.of(in), Optional.of(want), convs));
    }

    private static void none(List<Arguments> c, CtyType... in) {
        c.add(Arguments.of(List.of(in), Optional.empty(), null));
    }

    private static boolean[] flags(boolean... f) {
        return f;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("safe")
    void unifiesLikeGoCty(List<CtyType> in, Optional<CtyType> want, boolean[] convs) {
        check(Convert.unifyWithConversions(in), want, convs);
        assertThat(Convert.unify(in)).isEqualTo(want);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("unsafe")
    void unifiesUnsafelyLikeGoCty(List<CtyType> in, Optional<CtyType> want, boolean[] convs) {
        check(Convert.unifyUnsafeWithConversions(in), want, convs);
        assertThat(Convert.unifyUnsafe(in)).isEqualTo(want);
    }

    private static void check(Optional<Unification> got, Optional<CtyType> want, boolean[] convs) {
        assertThat(got.map(Unification::type)).isEqualTo(want);
        if (want.isEmpty()) {
            return;
        }
        List<Optional<Conversion>> gotConvs = got.orElseThrow().conversions();
        assertThat(gotConvs).hasSize(convs.length);
        for (int i = 0; i < convs.length; i++) {
            assertThat(gotConvs.get(i).isPresent()).as("conversion %d present", i).isEqualTo(convs[i]);
        }
    }

    @Test
    void conversionsFromUnificationProduceTheUnifiedType() {
        Unification u = Convert.unifyWithConversions(List.of(listT(S), tupleT(N))).orElseThrow();
        assertThat(u.conversion(1).orElseThrow().convert(tuple(n(1)))).isEqualTo(CtyValue.listVal(List.of(s("1"))));

        u = Convert.unifyWithConversions(List.of(mapT(S), objT("a", N))).orElseThrow();
        assertThat(u.conversion(1).orElseThrow().convert(obj("a", n(1))))
                .isEqualTo(CtyValue.mapVal(java.util.Map.of("a", s("1"))));

        // tuples unified as lists, then as part of a wider list type: two steps composed
        u = Convert.unifyWithConversions(List.of(listT(N), tupleT(N), listT(S))).orElseThrow();
        assertThat(u.type()).isEqualTo(listT(S));
        assertThat(u.conversion(1).orElseThrow().convert(tuple(n(1)))).isEqualTo(CtyValue.listVal(List.of(s("1"))));
    }

    @Test
    void mixingDynamicIntoCollectionsGivesConversionsToTheUnknownOfUnknownType() {
        Unification u = Convert.unifyWithConversions(List.of(DYN, tupleT(N))).orElseThrow();
        assertThat(u.type()).isEqualTo(DYN);
        assertThat(u.conversion(1).orElseThrow().convert(tuple(n(1)))).isEqualTo(CtyValue.DYNAMIC_VAL);
    }

    @Test
    void nothingUnifiesFromNoTypes() {
        assertThat(Convert.unify(List.of())).isEmpty();
        assertThat(Convert.unifyUnsafe(List.of())).isEmpty();
    }
}
