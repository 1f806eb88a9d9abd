package io.vertiform.cty.json;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.Marks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.vertiform.cty.CtyValue.FALSE;
import static io.vertiform.cty.CtyValue.TRUE;
import static io.vertiform.cty.CtyValue.listVal;
import static io.vertiform.cty.CtyValue.numberFloatVal;
import static io.vertiform.cty.CtyValue.numberIntVal;
import static io.vertiform.cty.CtyValue.objectVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static io.vertiform.cty.CtyValue.unknownVal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Mirrors go-cty's cty/json value_test.go (TestValueJSONable) and its marshal error cases. */
class ValueJsonTest {
    private static final CtyType S = CtyType.STRING;
    private static final CtyType N = CtyType.NUMBER;
    private static final CtyType B = CtyType.BOOL;
    private static final CtyType D = CtyType.DYNAMIC;

    private record Case(CtyValue value, CtyType type, String json) {
    }

    private static final List<Case> ROUND_TRIPS = List.of(
            new Case(stringVal("hello"), S, "\"hello\""),
            new Case(stringVal(""), S, "\"\""),
            new Case(CtyValue.nullVal(S), S, "null"),
            new Case(numberIntVal(2), N, "2"),
            new Case(numberFloatVal(2.5), N, "2.5"),
            new Case(CtyValue.parseNumberVal("0.1"), N, "0.1"),
            new Case(CtyValue.parseNumberVal("-12345678901234567890.5"), N, "-12345678901234567890.5"),
            new Case(TRUE, B, "true"),
            new Case(FALSE, B, "false"),
            new Case(listVal(List.of(TRUE, FALSE)), CtyType.list(B), "[true,false]"),
            new Case(CtyValue.listValEmpty(B), CtyType.list(B), "[]"),
            new Case(CtyValue.setVal(List.of(TRUE, FALSE)), CtyType.set(B), "[false,true]"),
            new Case(CtyValue.setValEmpty(B), CtyType.set(B), "[]"),
            new Case(CtyValue.tupleVal(List.of(TRUE, numberIntVal(5))), CtyType.tuple(List.of(B, N)), "[true,5]"),
            new Case(CtyValue.EMPTY_TUPLE_VAL, CtyType.EMPTY_TUPLE, "[]"),
            new Case(CtyValue.mapValEmpty(B), CtyType.map(B), "{}"),
            new Case(CtyValue.mapVal(Map.of("yes", TRUE, "no", FALSE)), CtyType.map(B), "{\"no\":false,\"yes\":true}"),
            new Case(CtyValue.nullVal(CtyType.map(B)), CtyType.map(B), "null"),
            new Case(CtyValue.EMPTY_OBJECT_VAL, CtyType.EMPTY_OBJECT, "{}"),
            new Case(objectVal(Map.of("bool", TRUE, "number", CtyValue.ZERO)),
                    CtyType.object(Map.of("bool", B, "number", N)), "{\"bool\":true,\"number\":0}"),
            new Case(TRUE, D, "{\"value\":true,\"type\":\"bool\"}"),
            new Case(stringVal("hello"), D, "{\"value\":\"hello\",\"type\":\"string\"}"),
            new Case(numberIntVal(5), D, "{\"value\":5,\"type\":\"number\"}"),
            new Case(listVal(List.of(TRUE, FALSE)), D, "{\"value\":[true,false],\"type\":[\"list\",\"bool\"]}"),
            new Case(listVal(List.of(TRUE, FALSE)), CtyType.list(D),
                    "[{\"value\":true,\"type\":\"bool\"},{\"value\":false,\"type\":\"bool\"}]"),
            new Case(objectVal(Map.of("static", TRUE, "dynamic", TRUE)),
                    CtyType.object(Map.of("static", B, "dynamic", D)),
                    "{\"dynamic\":{\"value\":true,\"type\":\"bool\"},\"static\":true}"),
            new Case(objectVal(Map.of("static", TRUE, "dynamic", TRUE)), D,
                    "{\"value\":{\"dynamic\":true,\"static\":true},\"type\":[\"object\",{\"dynamic\":\"bool\",\"static\":\"bool\"}]}"),
            new Case(CtyValue.nullVal(S), D, "{\"value\":null,\"type\":\"string\"}"),
            new Case(CtyValue.nullVal(D), D, "null"),
            new Case(stringVal("<a href=\"x\">&\u2028\u0001\t\n\r\\</a>"), S,
                    "\"\\u003ca href=\\\"x\\\"\\u003e\\u0026\\u2028\\u0001\\t\\n\\r\\\\\\u003c/a\\u003e\""),
            new Case(stringVal("\u00e9\uD83D\uDE00\u007f"), S, "\"\u00e9\uD83D\uDE00\u007f\""),
            new Case(CtyValue.mapVal(Map.of("\uD83D\uDE00", TRUE, "\uFFE0", FALSE, "Z", TRUE)), CtyType.map(B),
                    "{\"Z\":true,\"\uFFE0\":false,\"\uD83D\uDE00\":true}"));

    @Test
    void roundTrips() {
        for (Case c : ROUND_TRIPS) {
            String got = ValueJson.marshal(c.value, c.type);
            assertThat(got).as("%s as %s", c.value, c.type).isEqualTo(c.json);
            assertThat(ValueJson.unmarshal(got, c.type)).as(got).isEqualTo(c.value);
            assertThat(ValueJson.unmarshal(ValueJson.marshalBytes(c.value, c.type), c.type)).isEqualTo(c.value);
        }
    }

    @Test
    void unknownValuesCannotBeEncoded() {
        assertError(unknownVal(S), S, "", "value is not known");
        assertError(CtyValue.DYNAMIC_VAL, D, "", "value is not known");
        // go-cty 1.18 checks knownness before adding the dynamic wrapper.
        assertError(unknownVal(S), D, "", "value is not known");
        assertError(listVal(List.of(stringVal("a"), unknownVal(S))), CtyType.list(S), "[1]", "value is not known");
        assertError(objectVal(Map.of("a", objectVal(Map.of("b", unknownVal(N))))),
                CtyType.object(Map.of("a", CtyType.object(Map.of("b", N)))), ".a.b", "value is not known");
        assertError(CtyValue.mapVal(Map.of("k", unknownVal(B))), CtyType.map(B), "[\"k\"]", "value is not known");
    }

    @Test
    void infinityCannotBeEncoded() {
        assertError(CtyValue.POSITIVE_INFINITY, N, "", "cannot serialize infinity as JSON");
        assertError(CtyValue.tupleVal(List.of(TRUE, CtyValue.NEGATIVE_INFINITY)), CtyType.tuple(List.of(B, N)), "[1]",
                "cannot serialize infinity as JSON");
    }

    @Test
    void markedValuesCannotBeEncoded() {
        assertError(stringVal("s").mark(Marks.SENSITIVE), S, "", "value has marks, so it cannot be serialized as JSON");
        CtyValue nested = objectVal(Map.of("a", stringVal("s").mark(Marks.SENSITIVE)));
        assertError(nested, CtyType.object(Map.of("a", S)), ".a", "value has marks, so it cannot be serialized as JSON");
        assertThat(ValueJson.marshal(nested.unmarkDeep(), CtyType.object(Map.of("a", S)))).isEqualTo("{\"a\":\"s\"}");
    }

    @Test
    void errorsInsideDynamicWrapperKeepOnlyTheMessage() {
        CtyValue v = objectVal(Map.of("a", CtyValue.POSITIVE_INFINITY));
        assertError(v, CtyType.object(Map.of("a", D)), ".a", "failed to serialize value: cannot serialize infinity as JSON");
        assertError(listVal(List.of(v)), D, "", "failed to serialize value: cannot serialize infinity as JSON");
    }

    @Test
    void nonConformingValuesAreConvertedFirst() {
        // go-cty's TestValueJSONable rows that go through convert.Convert
        assertThat(ValueJson.marshal(stringVal("15"), N)).isEqualTo("15");
        assertThat(ValueJson.marshal(stringVal("true"), B)).isEqualTo("true");
        assertThat(ValueJson.marshal(stringVal("1"), B)).isEqualTo("true");
        assertThat(ValueJson.marshal(numberIntVal(5), S)).isEqualTo("\"5\"");
        assertThat(ValueJson.marshal(TRUE, S)).isEqualTo("\"true\"");
        assertThat(ValueJson.marshal(listVal(List.of(TRUE, FALSE)), CtyType.list(S))).isEqualTo("[\"true\",\"false\"]");
        assertThat(ValueJson.marshal(CtyValue.nullVal(D), S)).isEqualTo("null");
    }

    @Test
    void failedConversionIsReportedWithItsPath() {
        CtyJsonException e = catchThrowableOfType(
                () -> ValueJson.marshal(objectVal(Map.of("a", stringVal("x"))), CtyType.object(Map.of("a", N))),
                CtyJsonException.class);
        assertThat(e.getMessage()).isEqualTo(".a: a number is required");
        CtyJsonException missing = catchThrowableOfType(
                () -> ValueJson.marshal(objectVal(Map.of("a", TRUE)), CtyType.object(Map.of("a", B, "b", S))),
                CtyJsonException.class);
        assertThat(missing.rawMessage()).isEqualTo("attribute \"b\" is required");
    }

    @Test
    void decodesLenientlyLikeGoCty() {
        assertThat(ValueJson.unmarshal("\"15\"", N)).isEqualTo(numberIntVal(15));
        assertThat(ValueJson.unmarshal("\"1\"", B)).isEqualTo(TRUE);
        assertThat(ValueJson.unmarshal("5", S)).isEqualTo(stringVal("5"));
        assertThat(ValueJson.unmarshal("true", S)).isEqualTo(stringVal("true"));
        assertThat(ValueJson.unmarshal("{}", CtyType.object(Map.of("a", S))))
                .isEqualTo(objectVal(Map.of("a", CtyValue.nullVal(S))));
        assertThat(ValueJson.unmarshal("{}", CtyType.EMPTY_OBJECT)).isSameAs(CtyValue.EMPTY_OBJECT_VAL);
    }

    @Test
    void decodedObjectsShareTheSchemaTypeAndFillMissingAttributes() {
        CtyType inner = CtyType.object(Map.of("x", N, "y", CtyType.list(S)));
        CtyType t = CtyType.object(Map.of("b", inner, "a", S, "c", B));
        CtyValue v = ValueJson.unmarshal("{\"c\":true,\"b\":{\"y\":[\"p\"],\"x\":1},\"c\":false}", t);
        assertThat(v).isEqualTo(objectVal(Map.of("a", CtyValue.nullVal(S), "c", FALSE, "b",
                objectVal(Map.of("x", numberIntVal(1), "y", listVal(List.of(stringVal("p"))))))));
        assertThat(v.type()).isSameAs(t);
        assertThat(v.getAttr("b").type()).isSameAs(inner);
        CtyType dyn = CtyType.objectWithOptional(Map.of("a", D, "o", S), Set.of("o"));
        assertThat(ValueJson.unmarshal("{\"a\":{\"value\":2,\"type\":\"number\"}}", dyn))
                .isEqualTo(objectVal(Map.of("a", numberIntVal(2), "o", CtyValue.nullVal(S))));
    }

    @Test
    void decodeErrorsCarryTheirPath() {
        CtyJsonException e = catchThrowableOfType(() -> ValueJson.unmarshal("{\"a\":[1,{\"b\":\"x\"}]}",
                CtyType.object(Map.of("a", CtyType.tuple(List.of(N, CtyType.object(Map.of("b", B))))))),
                CtyJsonException.class);
        assertThat(e.path()).isEqualTo(CtyPath.root().getAttr("a").index(1).getAttr("b"));
        assertThat(e.rawMessage()).isEqualTo("a bool is required");
        assertThat(e.getMessage()).isEqualTo(".a[1].b: a bool is required");
    }

    @Test
    void notEnoughTupleElementsIsReportedAboveTheTuple() {
        CtyType t = CtyType.object(Map.of("t", CtyType.tuple(List.of(S, S))));
        CtyJsonException e = catchThrowableOfType(() -> ValueJson.unmarshal("{\"t\":[\"a\"]}", t),
                CtyJsonException.class);
        assertThat(e.rawMessage()).isEqualTo("not enough tuple elements (need 2)");
        assertThat(e.path()).isEqualTo(CtyPath.root()); // go-cty drops the tuple's own step
        assertThatThrownBy(() -> ValueJson.unmarshal("[]", CtyType.tuple(List.of(S))))
                .isInstanceOf(CtyJsonException.class).hasMessage("not enough tuple elements (need 1)");
    }

    @Test
    void dynamicElementsOfDifferentTypesInAListAreAnError() {
        assertThatThrownBy(() -> ValueJson.unmarshal(
                "[{\"value\":1,\"type\":\"number\"},{\"value\":\"a\",\"type\":\"string\"}]", CtyType.list(D)))
                .isInstanceOf(CtyJsonException.class);
    }

    @Test
    void impliedTypeRejectsRepeatedPropertiesOfDifferentTypes() {
        assertThatThrownBy(() -> ValueJson.impliedType("{\"a\":1,\"a\":\"x\"}"))
                .isInstanceOf(CtyJsonException.class).hasMessage("duplicate \"a\" property in JSON object");
        assertThat(ValueJson.impliedType("{\"a\":1,\"a\":2}")).isEqualTo(CtyType.object(Map.of("a", N)));
    }

    @Test
    void deeplyNestedInputFailsCleanly() {
        String arrays = "[".repeat(50_000) + "]".repeat(50_000);
        assertThatThrownBy(() -> ValueJson.impliedType(arrays)).isInstanceOf(CtyJsonException.class);
        String wrappers = "{\"type\":\"dynamic\",\"value\":".repeat(3000) + "1" + "}".repeat(3000);
        assertThatThrownBy(() -> ValueJson.unmarshal(wrappers, D)).isInstanceOf(CtyJsonException.class);
        assertThatThrownBy(() -> ValueJson.unmarshal(arrays, CtyType.list(D))).isInstanceOf(CtyJsonException.class);
    }

    @Test
    void invalidUtf8BecomesReplacementCharactersPerByte() {
        byte[] json = {'"', (byte) 0xE2, (byte) 0x82, 'a', (byte) 0xFF, '"'};
        assertThat(ValueJson.unmarshal(json, S)).isEqualTo(stringVal("\uFFFD\uFFFDa\uFFFD"));
    }

    private static void assertError(CtyValue v, CtyType t, String path, String message) {
        CtyJsonException e = catchThrowableOfType(() -> ValueJson.marshal(v, t), CtyJsonException.class);
        assertThat(e).as("%s as %s", v, t).isNotNull();
        assertThat(e.path().toString()).as("%s as %s", v, t).isEqualTo(path);
        assertThat(e.rawMessage()).as("%s as %s", v, t).isEqualTo(message);
    }
}
