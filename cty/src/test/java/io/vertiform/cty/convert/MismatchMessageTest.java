package io.vertiform.cty.convert;

import static io.vertiform.cty.convert.Fixtures.B;
import static io.vertiform.cty.convert.Fixtures.DYN;
import static io.vertiform.cty.convert.Fixtures.N;
import static io.vertiform.cty.convert.Fixtures.S;
import static io.vertiform.cty.convert.Fixtures.listT;
import static io.vertiform.cty.convert.Fixtures.mapT;
import static io.vertiform.cty.convert.Fixtures.objT;
import static io.vertiform.cty.convert.Fixtures.optObj;
import static io.vertiform.cty.convert.Fixtures.setT;
import static io.vertiform.cty.convert.Fixtures.tupleT;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** go-cty 1.12.1's {@code TestMismatchMessage} plus further texts observed with it. */
class MismatchMessageTest {

    static Stream<Arguments> messages() {
        CtyType fooBarBaz = objT("foo", S, "bar", S, "baz", S);
        CtyType foo = objT("foo", S);
        CtyType empty = CtyType.EMPTY_OBJECT;
        return Stream.of(
                Arguments.of(B, N, "number required"),
                Arguments.of(empty, foo, "attribute \"foo\" is required"),
                Arguments.of(empty, objT("foo", S, "bar", S), "attributes \"bar\" and \"foo\" are required"),
                Arguments.of(empty, fooBarBaz, "attributes \"bar\", \"baz\", and \"foo\" are required"),
                Arguments.of(empty, listT(fooBarBaz), "list of object required"),
                Arguments.of(listT(S), listT(foo), "incorrect list element type: object required"),
                Arguments.of(listT(empty), listT(foo), "incorrect list element type: attribute \"foo\" is required"),
                Arguments.of(tupleT(empty), listT(foo), "element 0: attribute \"foo\" is required"),
                Arguments.of(listT(empty), setT(foo), "incorrect set element type: attribute \"foo\" is required"),
                Arguments.of(tupleT(empty), setT(foo), "element 0: attribute \"foo\" is required"),
                Arguments.of(mapT(empty), mapT(foo), "incorrect map element type: attribute \"foo\" is required"),
                Arguments.of(objT("boop", empty), mapT(foo), "element \"boop\": attribute \"foo\" is required"),
                Arguments.of(tupleT(empty, CtyType.EMPTY_TUPLE), listT(DYN), "all list elements must have the same type"),
                Arguments.of(objT("foo", B, "bar", S, "baz", objT("boop", N)),
                        objT("foo", B, "bar", S, "baz", objT("boop", N, "beep", B)),
                        "attribute \"baz\": attribute \"beep\" is required"),
                // further texts
                Arguments.of(tupleT(S, B), setT(DYN), "all set elements must have the same type"),
                Arguments.of(objT("a", N, "b", B), mapT(DYN), "all map elements must have the same type"),
                Arguments.of(S, listT(DYN), "list of any single type required"),
                Arguments.of(S, setT(mapT(DYN)), "set of map of any single type required"),
                Arguments.of(S, DYN, "any type required"),
                Arguments.of(S, tupleT(S), "tuple required"),
                Arguments.of(listT(S), mapT(S), "map of string required"),
                Arguments.of(mapT(S), listT(S), "list of string required"),
                Arguments.of(objT("a", S), listT(S), "list of string required"),
                Arguments.of(tupleT(S), mapT(S), "map of string required"),
                // optional attributes are never reported missing
                Arguments.of(empty, optObj(List.of("a"), "a", S, "b", S), "attribute \"b\" is required"),
                // an attribute without any conversion wins over one with only an unsafe conversion
                Arguments.of(objT("a", S, "b", B), objT("a", N, "b", N), "attribute \"b\": number required"),
                Arguments.of(objT("a", S), objT("a", N), "attribute \"a\": number required"),
                // two attributes without conversions: go-cty reports either (map order); we report the first by name
                Arguments.of(objT("a", N, "b", B), objT("a", B, "b", N), "attribute \"a\": bool required"),
                // every element converts: the fallback texts
                Arguments.of(tupleT(S), listT(S), "all elements must be string"),
                Arguments.of(objT("a", N), objT("a", N), "incorrect object attributes"),
                Arguments.of(objT("\u00e9\n", N), objT("\u00e9\n", B), "attribute \"\u00e9\\n\": bool required"));
    }

    @ParameterizedTest(name = "[{index}] {0} but want {1}")
    @MethodSource("messages")
    void describesTheMismatchLikeGoCty(CtyType got, CtyType want, String message) {
        assertThat(Convert.mismatchMessage(got, want)).isEqualTo(message);
    }
}
