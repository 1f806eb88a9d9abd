package io.vertiform.cty.richjson;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.Marks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RichJsonTest {

    /** Text that reads back and prints identically (the dialect's canonical form). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`\"string\"` | `\"h\u00e9llo \\\"x\\\" \\\\ \\n\\u0001\u2028\uD83D\uDE00\"`",
        "`\"string\"` | null",
        "`\"string\"` | `{\"$unknown\":true}`",
        "`\"number\"` | 0.8",
        "`\"number\"` | -0",
        "`\"number\"` | 123456789012345678901234567890.12345678901234567890123",
        "`\"number\"` | `\"+Inf\"`",
        "`\"number\"` | `\"-Inf\"`",
        "`\"number\"` | 18446744073709551616",
        "`\"bool\"` | true",
        "`[\"list\",\"number\"]` | `[1,null,{\"$unknown\":true}]`",
        "`[\"set\",\"string\"]` | `[\"a\",\"b\",null]`",
        "`[\"map\",\"bool\"]` | `{\"\":true,\"a\":false}`",
        "`[\"tuple\",[\"string\",\"bool\"]]` | `[\"x\",true]`",
        "`[\"object\",{\"a\":\"string\",\"b\":[\"list\",\"dynamic\"]}]` | `{\"a\":\"x\",\"b\":[{\"value\":1,\"type\":\"number\"}]}`",
        "`\"dynamic\"` | null",
        "`\"dynamic\"` | `{\"$unknown\":true}`",
        "`\"dynamic\"` | `{\"value\":null,\"type\":\"string\"}`",
        "`\"dynamic\"` | `{\"value\":{\"$unknown\":true},\"type\":[\"list\",\"string\"]}`",
        "`\"dynamic\"` | `{\"value\":[\"a\"],\"type\":[\"set\",\"string\"]}`",
        "`\"string\"` | `{\"$marks\":[\"a\",\"sensitive\"],\"$value\":\"secret\"}`",
        "`[\"list\",\"string\"]` | `[{\"$marks\":[\"sensitive\"],\"$value\":\"x\"},\"y\"]`",
        "`\"string\"` | `{\"$unknown\":true,\"$refine\":{\"notNull\":true,\"prefix\":\"https://\"}}`",
        "`\"number\"` | `{\"$unknown\":true,\"$refine\":{\"numberMin\":0,\"numberMinInclusive\":true,\"numberMax\":10,\"numberMaxInclusive\":false}}`",
        "`[\"map\",\"string\"]` | `{\"$unknown\":true,\"$refine\":{\"notNull\":true,\"lengthMin\":1,\"lengthMax\":3}}`",
        "`[\"map\",\"string\"]` | `{\"$unknown\":\"x\"}`",
    })
    void roundTripsCanonicalText(String type, String text) {
        CtyType t = io.vertiform.cty.json.TypeJson.unmarshal(type);
        if (text.equals("{\"$unknown\":\"x\"}")) {
            // A wrapper-shaped map is not expressible: "$unknown" must then be true.
            assertThatThrownBy(() -> RichJson.parse(text, t)).isInstanceOf(RichJsonException.class)
                    .hasMessage("$unknown must be true");
            return;
        }
        assertThat(RichJson.print(RichJson.parse(text, t), t)).isEqualTo(text);
    }

    @Test
    void readsNumbersFromTheirTextAt512Bits() {
        CtyValue v = RichJson.parse("0.1", CtyType.NUMBER);
        assertThat(v.rawEquals(CtyValue.parseNumberVal("0.1"))).isTrue();
        assertThat(RichJson.print(RichJson.parse("1E+3", CtyType.NUMBER), CtyType.NUMBER)).isEqualTo("1000");
        assertThat(RichJson.print(RichJson.parse("-0.0", CtyType.NUMBER), CtyType.NUMBER)).isEqualTo("-0");
    }

    @Test
    void dynamicSlotsDistinguishDynamicFromConcretePlaceholders() {
        CtyValue dynNull = RichJson.parse("null", CtyType.DYNAMIC);
        assertThat(dynNull.isNull()).isTrue();
        assertThat(dynNull.type()).isEqualTo(CtyType.DYNAMIC);
        CtyValue dynUnknown = RichJson.parse("{\"$unknown\":true}", CtyType.DYNAMIC);
        assertThat(dynUnknown.isKnown()).isFalse();
        assertThat(dynUnknown.type()).isEqualTo(CtyType.DYNAMIC);
        CtyValue stringNull = RichJson.parse("{\"value\":null,\"type\":\"string\"}", CtyType.DYNAMIC);
        assertThat(stringNull.type()).isEqualTo(CtyType.STRING);
        assertThat(stringNull.isNull()).isTrue();
        assertThatThrownBy(() -> RichJson.parse("{\"value\":1,\"type\":\"dynamic\"}", CtyType.DYNAMIC))
                .hasMessageContaining("must not be \"dynamic\"");
        assertThatThrownBy(() -> RichJson.parse("\"bare\"", CtyType.DYNAMIC))
                .hasMessageContaining("a dynamic value must be");
    }

    @Test
    void marksBecomeMarkObjects() {
        CtyValue v = RichJson.parse("{\"$marks\":[\"sensitive\",\"custom\"],\"$value\":\"s\"}", CtyType.STRING);
        assertThat(v.marks()).isEqualTo(Set.of(Marks.SENSITIVE, "custom"));
        assertThat(v.unmark().asString()).isEqualTo("s");
    }

    @Test
    void setsHoistElementMarksLikeGoCty() {
        CtyType t = CtyType.set(CtyType.STRING);
        CtyValue v = RichJson.parse("[{\"$marks\":[\"sensitive\"],\"$value\":\"x\"}]", t);
        assertThat(RichJson.print(v, t)).isEqualTo("{\"$marks\":[\"sensitive\"],\"$value\":[\"x\"]}");
    }

    @Test
    void optionalAttributesMayBeOmitted() {
        CtyType t = CtyType.objectWithOptional(Map.of("a", CtyType.STRING, "b", CtyType.NUMBER), Set.of("b"));
        CtyValue v = RichJson.parse("{\"a\":\"x\"}", t);
        assertThat(v.getAttr("b").isNull()).isTrue();
        assertThat(RichJson.print(v, t)).isEqualTo("{\"a\":\"x\",\"b\":null}");
        assertThatThrownBy(() -> RichJson.parse("{\"b\":1}", t)).hasMessage("attribute \"a\" is required");
        assertThatThrownBy(() -> RichJson.parse("{\"a\":\"x\",\"c\":1}", t))
                .hasMessage("unsupported attribute \"c\"");
    }

    @Test
    void errorsNameThePath() {
        CtyType t = CtyType.list(CtyType.object(Map.of("a", CtyType.map(CtyType.STRING))));
        assertThatThrownBy(() -> RichJson.parse("[{\"a\":{\"k\":\"v\"}},{\"a\":{\"k\":1}}]", t))
                .isInstanceOf(RichJsonException.class)
                .hasMessage("[1].a[\"k\"]: a string is required");
    }

    @Test
    void collectionsMustBeHomogeneous() {
        CtyType t = CtyType.list(CtyType.DYNAMIC);
        assertThatThrownBy(() -> RichJson.parse(
                "[{\"value\":1,\"type\":\"number\"},{\"value\":\"a\",\"type\":\"string\"}]", t))
                .hasMessage("inconsistent list element types");
    }

    @Test
    void mapKeysThatCollideAfterNfcAreRejected() {
        assertThatThrownBy(() -> RichJson.parse("{\"\u00e9\":\"a\",\"e\u0301\":\"b\"}", CtyType.map(CtyType.STRING)))
                .hasMessageContaining("collide after NFC normalization");
    }

    @Test
    void keysAreWrittenInCodePointOrder() {
        CtyType t = CtyType.map(CtyType.NUMBER);
        CtyValue v = CtyValue.mapVal(Map.of("\uD83D\uDE00", CtyValue.numberIntVal(1), "\uFF01",
                CtyValue.numberIntVal(2), "a", CtyValue.numberIntVal(3)));
        assertThat(RichJson.print(v, t)).isEqualTo("{\"a\":3,\"\uFF01\":2,\"\uD83D\uDE00\":1}");
    }

    @Test
    void wrapperShapedKeysCannotBeWritten() {
        CtyType t = CtyType.map(CtyType.BOOL);
        CtyValue v = CtyValue.mapVal(Map.of("$unknown", CtyValue.TRUE));
        assertThatThrownBy(() -> RichJson.print(v, t)).hasMessageContaining("would read back as a wrapper");
        CtyValue fine = CtyValue.mapVal(Map.of("$unknown", CtyValue.TRUE, "x", CtyValue.FALSE));
        assertThat(RichJson.print(fine, t)).isEqualTo("{\"$unknown\":true,\"x\":false}");
        assertThat(RichJson.parse("{\"$unknown\":true,\"x\":false}", t).rawEquals(fine)).isTrue();
    }

    @Test
    void rejectsMalformedInput() {
        assertThatThrownBy(() -> RichJson.parse("[1,", CtyType.list(CtyType.NUMBER)))
                .hasMessageStartingWith("invalid JSON");
        assertThatThrownBy(() -> RichJson.parse("1 2", CtyType.NUMBER)).hasMessageStartingWith("invalid JSON");
        assertThatThrownBy(() -> RichJson.parse("\"1\"", CtyType.NUMBER)).hasMessage("a number is required");
        assertThatThrownBy(() -> RichJson.parse("[1]", CtyType.tuple(List.of())))
                .hasMessage("a tuple of length 0 is required");
        assertThatThrownBy(() -> RichJson.parse("{\"$unknown\":true,\"$refine\":{\"bogus\":1}}", CtyType.STRING))
                .hasMessageContaining("unknown refinement");
        assertThatThrownBy(() -> RichJson.parse("{\"$marks\":\"a\",\"$value\":1}", CtyType.NUMBER))
                .hasMessage("$marks must be an array of strings");
    }

    @Test
    void refusesValuesThatDoNotConform() {
        assertThatThrownBy(() -> RichJson.print(CtyValue.stringVal("x"), CtyType.NUMBER))
                .hasMessageContaining("does not conform");
    }
}
