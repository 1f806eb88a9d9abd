package io.vertiform.cty.json;

import io.vertiform.cty.CtyType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TypeJsonTest {
    private static final CtyType S = CtyType.STRING;
    private static final CtyType N = CtyType.NUMBER;

    @Test
    void goVectors() {
        List<String[]> rows = GoVectorFile.rows(getClass(), "go-type-json.tsv");
        assertThat(rows).hasSizeGreaterThan(70);
        for (String[] row : rows) {
            String input = row[0];
            String want = row[1];
            if (want.startsWith("ok:")) {
                assertThat(TypeJson.marshal(TypeJson.unmarshal(input))).as(input).isEqualTo(want.substring(3));
            } else {
                CtyJsonException e = catchThrowableOfType(() -> TypeJson.unmarshal(input), CtyJsonException.class);
                assertThat(e).as(input).isNotNull();
                GoVectorFile.assertSameError(e, want.substring(4), input);
            }
        }
    }

    @Test
    void marshalsEveryKindLikeGoCty() {
        assertThat(TypeJson.marshal(S)).isEqualTo("\"string\"");
        assertThat(TypeJson.marshal(N)).isEqualTo("\"number\"");
        assertThat(TypeJson.marshal(CtyType.BOOL)).isEqualTo("\"bool\"");
        assertThat(TypeJson.marshal(CtyType.DYNAMIC)).isEqualTo("\"dynamic\"");
        assertThat(TypeJson.marshal(CtyType.list(S))).isEqualTo("[\"list\",\"string\"]");
        assertThat(TypeJson.marshal(CtyType.set(CtyType.map(N)))).isEqualTo("[\"set\",[\"map\",\"number\"]]");
        assertThat(TypeJson.marshal(CtyType.EMPTY_TUPLE)).isEqualTo("[\"tuple\",[]]");
        assertThat(TypeJson.marshal(CtyType.tuple(List.of(S, CtyType.DYNAMIC))))
                .isEqualTo("[\"tuple\",[\"string\",\"dynamic\"]]");
        assertThat(TypeJson.marshal(CtyType.EMPTY_OBJECT)).isEqualTo("[\"object\",{}]");
        assertThat(TypeJson.marshal(CtyType.objectWithOptional(Map.of("b", N, "a", S, "c", CtyType.BOOL),
                Set.of("c", "a")))).isEqualTo("[\"object\",{\"a\":\"string\",\"b\":\"number\",\"c\":\"bool\"},[\"a\",\"c\"]]");
    }

    @Test
    void attributeNamesUseGoByteOrderAndGoEscaping() {
        // U+FFE0 sorts before U+1F600 in UTF-8 byte order, after it in UTF-16 order.
        CtyType t = CtyType.object(Map.of("\uD83D\uDE00", S, "\uFFE0", S, "<&>", S, "a\u2028", S, "q\"\\", S));
        assertThat(TypeJson.marshal(t)).isEqualTo("[\"object\",{\"\\u003c\\u0026\\u003e\":\"string\","
                + "\"a\\u2028\":\"string\",\"q\\\"\\\\\":\"string\",\"\uFFE0\":\"string\",\"\uD83D\uDE00\":\"string\"}]");
        assertThat(TypeJson.unmarshal(TypeJson.marshal(t))).isEqualTo(t);
    }

    @Test
    void roundTripsNestedTypes() {
        CtyType t = CtyType.map(CtyType.objectWithOptional(Map.of(
                "l", CtyType.list(CtyType.tuple(List.of(N, CtyType.set(S)))),
                "d", CtyType.DYNAMIC), Set.of("d")));
        assertThat(TypeJson.unmarshal(TypeJson.marshal(t))).isEqualTo(t);
        assertThat(TypeJson.unmarshal(TypeJson.marshalBytes(t))).isEqualTo(t);
    }

    @Test
    void undeclaredOptionalAttributeIsAnErrorWhereGoCtyPanics() {
        assertThatThrownBy(() -> TypeJson.unmarshal("[\"object\",{\"a\":\"string\"},[\"b\"]]"))
                .isInstanceOf(CtyJsonException.class)
                .hasMessage("optional contains undeclared attribute \"b\"");
        // A null element decodes as "" in Go.
        assertThatThrownBy(() -> TypeJson.unmarshal("[\"object\",{\"a\":\"string\"},[null]]"))
                .isInstanceOf(CtyJsonException.class)
                .hasMessage("optional contains undeclared attribute \"\"");
    }

    @Test
    void nullTupleElementListIsTheEmptyTuple() {
        // go-cty keeps a nil slice and prints it back as null; the type is equal to EmptyTuple either way.
        assertThat(TypeJson.unmarshal("[\"tuple\",null]")).isEqualTo(CtyType.EMPTY_TUPLE);
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() {
        // Go's JSON scanner has its own limit of 10000 levels, met first when a nested description is read whole.
        String deep = "[\"list\",".repeat(20_000) + "\"string\"" + "]".repeat(20_000);
        assertThatThrownBy(() -> TypeJson.unmarshal(deep))
                .isInstanceOf(CtyJsonException.class)
                .hasMessage("invalid character '[' exceeded max depth");
        String tooDeep = "[\"list\",".repeat(600) + "\"string\"" + "]".repeat(600);
        assertThatThrownBy(() -> TypeJson.unmarshal(tooDeep))
                .isInstanceOf(CtyJsonException.class)
                .hasMessage("type description is nested more than 512 levels deep");
        String ok = "[\"list\",".repeat(300) + "\"string\"" + "]".repeat(300);
        assertThat(TypeJson.marshal(TypeJson.unmarshal(ok))).isEqualTo(ok);
    }
}
