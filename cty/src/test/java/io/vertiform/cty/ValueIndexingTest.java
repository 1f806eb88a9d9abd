package io.vertiform.cty;

import static io.vertiform.cty.CtyValue.DYNAMIC_VAL;
import static io.vertiform.cty.CtyValue.FALSE;
import static io.vertiform.cty.CtyValue.TRUE;
import static io.vertiform.cty.CtyValue.listVal;
import static io.vertiform.cty.CtyValue.nullVal;
import static io.vertiform.cty.CtyValue.numberFloatVal;
import static io.vertiform.cty.CtyValue.numberIntVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static io.vertiform.cty.CtyValue.unknownVal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueIndexingTest {
    private static final CtyType S = CtyType.STRING;
    private static final CtyValue LIST = listVal(List.of(stringVal("a"), stringVal("b")));
    private static final CtyValue MAP = CtyValue.mapVal(Map.of("k", numberIntVal(1)));
    private static final CtyValue TUPLE = CtyValue.tupleVal(List.of(stringVal("a"), CtyValue.TRUE));

    private static boolean isUnknownBool(CtyValue v) {
        return !v.isKnown() && v.type().equals(CtyType.BOOL) && v.range().definitelyNotNull();
    }

    @Test
    void indexLists() {
        assertThat(LIST.index(1)).isEqualTo(stringVal("b"));
        assertThat(LIST.index(numberFloatVal(1.0))).isEqualTo(stringVal("b"));
        assertThat(LIST.index(unknownVal(CtyType.NUMBER))).isEqualTo(unknownVal(S));
        assertThat(LIST.index(DYNAMIC_VAL)).isEqualTo(unknownVal(S));
        assertThat(unknownVal(CtyType.list(S)).index(0)).isEqualTo(unknownVal(S));
        assertThat(LIST.mark("l").index(numberIntVal(0).mark("k"))).isEqualTo(stringVal("a").mark("l").mark("k"));
        assertThatThrownBy(() -> LIST.index("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("element key for list must be number");
        assertThatThrownBy(() -> LIST.index(numberFloatVal(0.5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("element key for list must be non-negative integer");
        assertThatThrownBy(() -> LIST.index(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LIST.index(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> nullVal(CtyType.list(S)).index(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void indexMapsYieldsNullForMissingKeysLikeGoCty() {
        assertThat(MAP.index("k")).isEqualTo(numberIntVal(1));
        assertThat(MAP.index("missing")).isEqualTo(nullVal(CtyType.NUMBER));
        assertThat(MAP.index(unknownVal(S))).isEqualTo(unknownVal(CtyType.NUMBER));
        assertThatThrownBy(() -> MAP.index(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("element key for map must be string");
    }

    @Test
    void indexTuples() {
        assertThat(TUPLE.index(1)).isEqualTo(CtyValue.TRUE);
        assertThat(TUPLE.index(unknownVal(CtyType.NUMBER))).isSameAs(DYNAMIC_VAL);
        assertThat(TUPLE.index(DYNAMIC_VAL)).isSameAs(DYNAMIC_VAL);
        assertThat(unknownVal(TUPLE.type()).index(1)).isEqualTo(unknownVal(CtyType.BOOL));
        assertThatThrownBy(() -> TUPLE.index(2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DYNAMIC_VAL.index(0)).isSameAs(DYNAMIC_VAL);
        assertThatThrownBy(() -> CtyValue.setVal(List.of(stringVal("a"))).index(0))
                .isInstanceOf(IllegalStateException.class).hasMessage("not a list, map, or tuple type");
    }

    @Test
    void hasIndexIsThreeValued() {
        assertThat(LIST.hasIndexValue(numberIntVal(1))).isEqualTo(TRUE);
        assertThat(LIST.hasIndexValue(numberIntVal(2))).isEqualTo(FALSE);
        assertThat(LIST.hasIndexValue(numberIntVal(-1))).isEqualTo(FALSE);
        assertThat(LIST.hasIndexValue(numberFloatVal(0.5))).isEqualTo(FALSE);
        assertThat(LIST.hasIndexValue(stringVal("0"))).isEqualTo(FALSE);
        assertThat(isUnknownBool(LIST.hasIndexValue(unknownVal(CtyType.NUMBER)))).isTrue();
        assertThat(isUnknownBool(unknownVal(CtyType.list(S)).hasIndexValue(numberIntVal(0)))).isTrue();
        assertThat(MAP.hasIndexValue(stringVal("k"))).isEqualTo(TRUE);
        assertThat(MAP.hasIndexValue(stringVal("z"))).isEqualTo(FALSE);
        assertThat(TUPLE.hasIndexValue(numberIntVal(1))).isEqualTo(TRUE);
        assertThat(unknownVal(TUPLE.type()).hasIndexValue(numberIntVal(5))).isEqualTo(FALSE);
        assertThat(isUnknownBool(DYNAMIC_VAL.hasIndexValue(numberIntVal(0)))).isTrue();
        assertThat(MAP.mark("m").hasIndexValue(stringVal("k"))).isEqualTo(TRUE.mark("m"));
        assertThat(LIST.hasIndex(numberIntVal(0))).isTrue();
        assertThat(LIST.hasIndex(unknownVal(CtyType.NUMBER))).isFalse();
    }

    @Test
    void hasElement() {
        CtyValue set = CtyValue.setVal(List.of(stringVal("a"), stringVal("b")));
        assertThat(set.hasElement(stringVal("a"))).isEqualTo(TRUE);
        assertThat(set.hasElement(stringVal("c"))).isEqualTo(FALSE);
        assertThat(set.hasElement(numberIntVal(1))).isEqualTo(FALSE);
        assertThat(set.hasElement(stringVal("a").mark("m"))).isEqualTo(TRUE.mark("m"));
        assertThat(isUnknownBool(set.hasElement(unknownVal(S)))).isTrue();
        CtyValue partial = CtyValue.setVal(List.of(stringVal("a"), unknownVal(S)));
        assertThat(partial.hasElement(stringVal("a"))).isEqualTo(TRUE);
        assertThat(isUnknownBool(partial.hasElement(stringVal("z")))).isTrue();
        assertThat(isUnknownBool(unknownVal(CtyType.set(S)).hasElement(stringVal("a")))).isTrue();
        assertThatThrownBy(() -> LIST.hasElement(stringVal("a"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> nullVal(CtyType.set(S)).hasElement(stringVal("a")))
                .isInstanceOf(IllegalStateException.class);
    }
}
