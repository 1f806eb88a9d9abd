package io.vertiform.cty.convert;

import static io.vertiform.cty.convert.Fixtures.DYN;
import static io.vertiform.cty.convert.Fixtures.N;
import static io.vertiform.cty.convert.Fixtures.S;
import static io.vertiform.cty.convert.Fixtures.list;
import static io.vertiform.cty.convert.Fixtures.listT;
import static io.vertiform.cty.convert.Fixtures.map;
import static io.vertiform.cty.convert.Fixtures.mapT;
import static io.vertiform.cty.convert.Fixtures.n;
import static io.vertiform.cty.convert.Fixtures.nul;
import static io.vertiform.cty.convert.Fixtures.obj;
import static io.vertiform.cty.convert.Fixtures.objT;
import static io.vertiform.cty.convert.Fixtures.optObj;
import static io.vertiform.cty.convert.Fixtures.s;
import static io.vertiform.cty.convert.Fixtures.set;
import static io.vertiform.cty.convert.Fixtures.setT;
import static io.vertiform.cty.convert.Fixtures.tuple;
import static io.vertiform.cty.convert.Fixtures.tupleT;
import static io.vertiform.cty.convert.Fixtures.unk;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Behaviours of go-cty 1.12.1 that look accidental but are reproduced on purpose, each observed with Debian's
 * go-cty 1.12.1. Results are compared with {@code RawEquals} semantics.
 */
class GoCtyQuirksTest {
    private static final CtyType OPT_A = optObj(List.of("a"), "a", S);

    private static void assertConverts(CtyValue in, CtyType want, CtyValue expected) {
        CtyValue got = Convert.convert(in, want);
        assertThat(got.rawEquals(expected)).as("got %s, want %s", got.goString(), expected.goString()).isTrue();
    }

    @Test
    void setWithUnknownsToListIsUnknownOfTheSourceElementType() {
        assertConverts(set(s("5"), unk(S)), listT(N), unk(listT(S)));
        // "wholly known" counts: an unknown nested in an object element makes the length unknown too
        assertConverts(set(obj("a", unk(S)), obj("a", s("x"))), listT(objT("a", S)), unk(listT(objT("a", S))));
    }

    @Test
    void markedNullElementsLoseTheirMarksWhereNullsAreNormalised() {
        assertConverts(obj("foo", nul(S).mark("m"), "x", CtyValue.TRUE), objT("foo", S), obj("foo", nul(S)));
        assertConverts(list(nul(S).mark("m")), setT(S), set(nul(S)));
        // tuple to list does not normalise nulls, so the mark survives there
        assertConverts(tuple(nul(S).mark("m")), listT(S), list(nul(S).mark("m")));
    }

    @Test
    void marksOnTheWholeValueSurviveNullUnknownAndNestedConversion() {
        assertConverts(unk(S).mark("m"), N, unk(N).mark("m"));
        assertConverts(nul(S).mark("m"), N, nul(N).mark("m"));
        assertConverts(s("x").mark("m"), S, s("x").mark("m"));
        assertConverts(list(n(1).mark("e")).mark("l"), setT(S), set(s("1")).mark("e").mark("l"));
    }

    @Test
    void emptyMapConvertedElementWiseKeepsOptionalMarkers() {
        CtyValue got = Convert.convert(CtyValue.mapValEmpty(objT("a", N)), mapT(OPT_A));
        assertThat(got.rawEquals(CtyValue.mapValEmpty(OPT_A))).as(got.goString()).isTrue();
        // lists and sets strip them
        assertConverts(CtyValue.listValEmpty(objT("a", N)), listT(OPT_A), CtyValue.listValEmpty(objT("a", S)));
    }

    @Test
    void mapToObjectNullForMissingOptionalAttributeKeepsNestedOptionalMarkers() {
        CtyType inner = optObj(List.of("p"), "p", S);
        CtyType want = optObj(List.of("o"), "a", S, "o", inner);
        CtyValue got = Convert.convert(map("a", s("x")), want);
        assertThat(got.rawEquals(obj("a", s("x"), "o", nul(inner)))).as(got.goString()).isTrue();
    }

    @Test
    void unknownOrNullMapToObjectWithInconvertibleOptionalAttributeGetsAnEmptyObjectType() {
        CtyType want = optObj(List.of("c"), "a", S, "c", objT("d", S));
        CtyType got = objT("a", S, "c", CtyType.EMPTY_OBJECT);
        assertConverts(unk(mapT(S)), want, unk(got));
        assertConverts(nul(mapT(S)), want, nul(got));
    }

    @Test
    void emptyStructuralValuesToDynamicCollectionsKeepTheDynamicElementType() {
        assertConverts(CtyValue.EMPTY_TUPLE_VAL, setT(DYN), CtyValue.setValEmpty(DYN));
        assertConverts(CtyValue.EMPTY_OBJECT_VAL, mapT(DYN), CtyValue.mapValEmpty(DYN));
        assertConverts(nul(DYN), listT(DYN), nul(listT(DYN)));
    }

    @Test
    void unknownStructuralValuesUseTheUnifiedElementType() {
        assertConverts(unk(tupleT(S, N)), listT(DYN), unk(listT(S)));
        assertConverts(unk(objT("a", CtyType.BOOL, "b", S)), mapT(DYN), unk(mapT(S)));
        assertConverts(unk(CtyType.EMPTY_OBJECT), mapT(DYN), unk(mapT(DYN)));
    }

    @Test
    void dynamicElementsTakeTheirNeighboursType() {
        assertConverts(list(CtyValue.DYNAMIC_VAL), listT(S), list(unk(S)));
        assertConverts(tuple(CtyValue.DYNAMIC_VAL, s("a")), listT(DYN), list(unk(S), s("a")));
        assertConverts(tuple(CtyValue.DYNAMIC_VAL), listT(DYN), list(CtyValue.DYNAMIC_VAL));
    }

    @Test
    void numbersRoundTripThroughStringsAtFullPrecision() {
        String[][] cases = {
                {"-0", "-0"}, {"1e-5", "0.00001"}, {"0.30000000000000004", "0.30000000000000004"},
                {"123.4560", "123.456"}, {"007", "7"}, {"1.", "1"}, {".5", "0.5"}, {"+5", "5"}, {"1E5", "100000"},
                {"inf", "+Inf"}, {"-inf", "-Inf"}, {"+Inf", "+Inf"},
                {"123456789012345678901234567890.125", "123456789012345678901234567890.125"},
                {"1e400", "1" + "0".repeat(400)},
        };
        for (String[] c : cases) {
            CtyValue number = Convert.convert(s(c[0]), N);
            assertThat(Convert.convert(number, S).asString()).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(Convert.convert(CtyValue.numberFloatVal(0.1), S).asString()).isEqualTo("0.1");
        assertThat(Convert.convert(CtyValue.POSITIVE_INFINITY, S).asString()).isEqualTo("+Inf");
    }
}
