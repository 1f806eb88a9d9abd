package io.vertiform.cty.convert;

import static io.vertiform.cty.convert.Fixtures.B;
import static io.vertiform.cty.convert.Fixtures.DYN;
import static io.vertiform.cty.convert.Fixtures.N;
import static io.vertiform.cty.convert.Fixtures.S;
import static io.vertiform.cty.convert.Fixtures.list;
import static io.vertiform.cty.convert.Fixtures.listT;
import static io.vertiform.cty.convert.Fixtures.map;
import static io.vertiform.cty.convert.Fixtures.mapT;
import static io.vertiform.cty.convert.Fixtures.n;
import static io.vertiform.cty.convert.Fixtures.obj;
import static io.vertiform.cty.convert.Fixtures.objT;
import static io.vertiform.cty.convert.Fixtures.s;
import static io.vertiform.cty.convert.Fixtures.set;
import static io.vertiform.cty.convert.Fixtures.setT;
import static io.vertiform.cty.convert.Fixtures.tuple;
import static io.vertiform.cty.convert.Fixtures.tupleT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error texts, each checked against go-cty 1.12.1: the raw message ({@code err.Error()}) and the path, rendered
 * with Terraform's path syntax in {@link ConversionException#getMessage()}.
 */
class ConversionErrorsTest {

    static Stream<Arguments> errors() {
        return Stream.of(
                // primitive spellings
                Arguments.of(s("Infinity"), N, "a number is required"),
                Arguments.of(s("0x10"), N, "a number is required"),
                Arguments.of(s("1_000"), N, "a number is required"),
                Arguments.of(s(" 1"), N, "a number is required"),
                Arguments.of(s(""), N, "a number is required"),
                Arguments.of(s("--5"), N, "a number is required"),
                Arguments.of(s("1e"), N, "a number is required"),
                Arguments.of(s("NaN"), N, "a number is required"),
                Arguments.of(s("\u0661"), N, "a number is required"),
                Arguments.of(s("TRUE"), B, "a bool is required; to convert from string, use lowercase \"true\""),
                Arguments.of(s("tRuE"), B, "a bool is required; to convert from string, use lowercase \"true\""),
                Arguments.of(s("False"), B, "a bool is required; to convert from string, use lowercase \"false\""),
                Arguments.of(s("yes"), B, "a bool is required"),
                Arguments.of(s(""), B, "a bool is required"),
                Arguments.of(s(" true"), B, "a bool is required"),
                Arguments.of(s("FALSE "), B, "a bool is required"),
                // failures at a path inside the value
                Arguments.of(list(s("1"), s("x")), listT(N), "[1]: a number is required"),
                Arguments.of(set(s("1"), s("x")), setT(N), "[1]: a number is required"),
                Arguments.of(set(s("1"), s("x")), listT(N), "[1]: a number is required"),
                Arguments.of(map("k", s("1"), "z", s("x")), mapT(N), "[\"z\"]: a number is required"),
                Arguments.of(tuple(s("1"), s("x")), tupleT(N, N), "[1]: a number is required"),
                Arguments.of(tuple(s("1"), s("x")), listT(N), "[1]: a number is required"),
                Arguments.of(tuple(s("1"), s("x")), setT(N), "[1]: a number is required"),
                Arguments.of(obj("a", s("1"), "b", s("x")), mapT(N), "[\"b\"]: a number is required"),
                Arguments.of(map("a", s("1"), "b", s("x")), objT("a", N, "b", N), "[\"b\"]: a number is required"),
                Arguments.of(obj("a", list(map("k", s("maybe")))), objT("a", listT(mapT(B))),
                        ".a[0][\"k\"]: a bool is required"),
                Arguments.of(obj("a", s("x"), "b", s("y")), objT("a", N, "b", B), ".a: a number is required"),
                Arguments.of(s("x").mark("m"), N, "a number is required"),
                // no conversion at all: go-cty's mismatch message, no path
                Arguments.of(n(1), B, "bool required"),
                Arguments.of(CtyValue.TRUE, N, "number required"),
                Arguments.of(list(s("a")), tupleT(S), "tuple required"),
                Arguments.of(CtyValue.EMPTY_OBJECT_VAL, listT(S), "list of string required"),
                Arguments.of(s("x"), listT(S), "list of string required"),
                Arguments.of(CtyValue.listValEmpty(S), S, "string required"),
                Arguments.of(CtyValue.listValEmpty(S), mapT(S), "map of string required"),
                Arguments.of(CtyValue.EMPTY_TUPLE_VAL, mapT(S), "map of string required"),
                Arguments.of(list(s("a")), listT(objT("foo", S)), "incorrect list element type: object required"),
                Arguments.of(list(CtyValue.TRUE), setT(N), "incorrect set element type: number required"),
                Arguments.of(map("a", CtyValue.TRUE), mapT(N), "incorrect map element type: number required"),
                Arguments.of(CtyValue.mapValEmpty(S), mapT(objT("a", S)),
                        "incorrect map element type: object required"),
                Arguments.of(tuple(s("a"), CtyValue.TRUE), listT(N), "element 1: number required"),
                Arguments.of(obj("x", s("a"), "y", CtyValue.TRUE), mapT(N), "element \"y\": number required"),
                Arguments.of(obj("x", list(CtyValue.TRUE)), objT("x", listT(N)),
                        "attribute \"x\": incorrect list element type: number required"),
                Arguments.of(s("x"), listT(DYN), "list of any single type required"),
                Arguments.of(s("x"), CtyType.EMPTY_OBJECT, "object required"));
    }

    @ParameterizedTest(name = "[{index}] {0} to {1}: {2}")
    @MethodSource("errors")
    void reportsGoCtyErrorText(CtyValue in, CtyType want, String message) {
        ConversionException e = catchThrowableOfType(ConversionException.class, () -> Convert.convert(in, want));
        assertThat(e).as("conversion of %s to %s", in, want.goString()).isNotNull();
        assertThat(e.getMessage()).isEqualTo(message);
        String raw = message.startsWith("[") || message.startsWith(".")
                ? message.substring(message.indexOf(": ") + 2) : message;
        assertThat(e.rawMessage()).isEqualTo(raw);
    }

    @Test
    void pathsAreStructuredNotJustText() {
        ConversionException e = catchThrowableOfType(ConversionException.class,
                () -> Convert.convert(obj("a", list(map("k", s("maybe")))), objT("a", listT(mapT(B)))));
        assertThat(e.path()).isEqualTo(CtyPath.root().getAttr("a").index(0).index("k"));
        assertThat(e.rawMessage()).isEqualTo("a bool is required");
    }

    @Test
    void dynamicSourceChecksTheRealTypeLateAndKeepsThePath() {
        // A conversion from list(dynamic) accepts any list and converts its elements when they arrive.
        Conversion fromDynamicList = Convert.getConversionUnsafe(listT(DYN), listT(N)).orElseThrow();
        ConversionException e = catchThrowableOfType(ConversionException.class,
                () -> fromDynamicList.convert(list(s("1"), s("x"))));
        assertThat(e.getMessage()).isEqualTo("[1]: a number is required");
        assertThat(fromDynamicList.convert(list(s("1"), s("2")))).isEqualTo(list(n(1), n(2)));

        Conversion fromDynamic = Convert.getConversionUnsafe(DYN, objT("a", N)).orElseThrow();
        assertThat(catchThrowableOfType(ConversionException.class,
                () -> fromDynamic.convert(obj("a", s("x")))).getMessage()).isEqualTo(".a: a number is required");
        assertThat(catchThrowableOfType(ConversionException.class,
                () -> fromDynamic.convert(obj("b", s("x")))).getMessage()).isEqualTo("attribute \"a\" is required");
        assertThat(catchThrowableOfType(ConversionException.class,
                () -> fromDynamic.convert(s("x"))).getMessage()).isEqualTo("object required");
    }
}
