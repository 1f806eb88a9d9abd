package io.vertiform.cty;

import static io.vertiform.cty.CtyValue.DYNAMIC_VAL;
import static io.vertiform.cty.CtyValue.listVal;
import static io.vertiform.cty.CtyValue.nullVal;
import static io.vertiform.cty.CtyValue.numberIntVal;
import static io.vertiform.cty.CtyValue.objectVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static io.vertiform.cty.CtyValue.unknownVal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CtyValueTest {
    private static final CtyType S = CtyType.STRING;
    private static final CtyType N = CtyType.NUMBER;

    @Test
    void constants() {
        assertThat(CtyValue.TRUE.asBool()).isTrue();
        assertThat(CtyValue.FALSE.asBool()).isFalse();
        assertThat(CtyValue.boolVal(true)).isSameAs(CtyValue.TRUE);
        assertThat(CtyValue.ZERO.asBigFloat().isZero()).isTrue();
        assertThat(DYNAMIC_VAL.type()).isEqualTo(CtyType.DYNAMIC);
        assertThat(DYNAMIC_VAL.isKnown()).isFalse();
        assertThat(unknownVal(CtyType.DYNAMIC)).isSameAs(DYNAMIC_VAL);
        assertThat(CtyValue.EMPTY_OBJECT_VAL.type()).isEqualTo(CtyType.EMPTY_OBJECT);
        assertThat(CtyValue.EMPTY_TUPLE_VAL.type()).isEqualTo(CtyType.EMPTY_TUPLE);
        assertThat(objectVal(Map.of())).isEqualTo(CtyValue.EMPTY_OBJECT_VAL);
        assertThat(CtyValue.tupleVal(List.of())).isEqualTo(CtyValue.EMPTY_TUPLE_VAL);
    }

    @Test
    void nullUnknownKnown() {
        CtyValue n = nullVal(S);
        assertThat(n.isNull()).isTrue();
        assertThat(n.isKnown()).isTrue();
        assertThat(n.isWhollyKnown()).isTrue();
        CtyValue u = unknownVal(S);
        assertThat(u.isNull()).isFalse();
        assertThat(u.isKnown()).isFalse();
        assertThat(u.isWhollyKnown()).isFalse();
        CtyValue nested = listVal(List.of(stringVal("a"), u));
        assertThat(nested.isKnown()).isTrue();
        assertThat(nested.isWhollyKnown()).isFalse();
        assertThat(nested.hasWhollyKnownType()).isTrue();
        assertThat(listVal(List.of(DYNAMIC_VAL)).hasWhollyKnownType()).isFalse();
        assertThat(unknownVal(CtyType.list(CtyType.DYNAMIC)).hasWhollyKnownType()).isFalse();
        assertThat(n.mark("m").isNull()).isTrue();
        assertThat(u.mark("m").isKnown()).isFalse();
    }

    @Test
    void stringsAreNfcNormalised() {
        assertThat(stringVal("e\u0301").asString()).isEqualTo("\u00e9");
        assertThat(stringVal("e\u0301")).isEqualTo(stringVal("\u00e9"));
        assertThat(CtyValue.mapVal(Map.of("e\u0301", stringVal("x"))).mapEntries()).containsKey("\u00e9");
        assertThat(objectVal(Map.of("e\u0301", stringVal("x"))).type().hasAttribute("\u00e9")).isTrue();
    }

    @Test
    void numbers() {
        assertThat(numberIntVal(42).asBigFloat().toLong()).isEqualTo(42);
        assertThat(CtyValue.numberUIntVal(-1L).asBigFloat().toUnsignedLong()).isEqualTo(-1L);
        assertThat(CtyValue.numberFloatVal(1.5).asBigFloat().toDouble()).isEqualTo(1.5);
        assertThat(CtyValue.parseNumberVal("1.5")).isEqualTo(CtyValue.numberFloatVal(1.5));
        assertThatThrownBy(() -> CtyValue.parseNumberVal("nope")).isInstanceOf(NumberFormatException.class)
                .hasMessage("a number is required");
        assertThatThrownBy(() -> CtyValue.numberFloatVal(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void collectionsAreValidatedOnConstruction() {
        assertThatThrownBy(() -> listVal(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CtyValue.setVal(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CtyValue.mapVal(Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> listVal(List.of(stringVal("a"), numberIntVal(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inconsistent list element types (cty.String then cty.Number)");
        assertThatThrownBy(() -> CtyValue.setVal(List.of(stringVal("a"), CtyValue.TRUE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inconsistent set element types (cty.String then cty.Bool)");
        assertThatThrownBy(() -> CtyValue.mapVal(Map.of("a", stringVal("a"), "b", numberIntVal(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dynamicNullsAndUnknownsTakeTheCollectionElementType() {
        CtyValue l = listVal(List.of(DYNAMIC_VAL, stringVal("a"), nullVal(CtyType.DYNAMIC).mark("m")));
        assertThat(l.type()).isEqualTo(CtyType.list(S));
        assertThat(l.elements()).containsExactly(unknownVal(S), stringVal("a"), nullVal(S).mark("m"));
        assertThat(listVal(List.of(DYNAMIC_VAL)).type()).isEqualTo(CtyType.list(CtyType.DYNAMIC));
        CtyValue m = CtyValue.mapVal(Map.of("a", DYNAMIC_VAL, "b", numberIntVal(1)));
        assertThat(m.type()).isEqualTo(CtyType.map(N));
        assertThat(m.mapEntries().get("a")).isEqualTo(unknownVal(N));
        CtyValue t = CtyValue.tupleVal(List.of(DYNAMIC_VAL, stringVal("a")));
        assertThat(t.type()).isEqualTo(CtyType.tuple(List.of(CtyType.DYNAMIC, S)));
    }

    @Test
    void integrationMethodsRefuseMarkedNullUnknownAndWrongKinds() {
        assertThatThrownBy(() -> stringVal("a").mark("m").asString()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> nullVal(S).asString()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> unknownVal(S).asString()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stringVal("a").asBool()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stringVal("a").asBigFloat()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stringVal("a").elements()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> listVal(List.of(stringVal("a"))).mapEntries())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> listVal(List.of(stringVal("a"))).mark("m").lengthInt())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lengths() {
        CtyValue list = listVal(List.of(stringVal("a"), stringVal("b")));
        assertThat(list.lengthInt()).isEqualTo(2);
        assertThat(list.length()).isEqualTo(numberIntVal(2));
        assertThat(list.mark("m").length()).isEqualTo(numberIntVal(2).mark("m"));
        CtyType tuple = CtyType.tuple(List.of(S, N, S));
        assertThat(unknownVal(tuple).lengthInt()).isEqualTo(3);
        assertThat(nullVal(tuple).length()).isEqualTo(numberIntVal(3));
        assertThat(unknownVal(CtyType.object(Map.of("a", S))).lengthInt()).isEqualTo(1);
        CtyValue oneUnknown = CtyValue.setVal(List.of(unknownVal(S)));
        assertThat(oneUnknown.length()).isEqualTo(numberIntVal(1));
        CtyValue twoUnknowns = CtyValue.setVal(List.of(unknownVal(S), stringVal("a")));
        assertThat(twoUnknowns.lengthInt()).isEqualTo(2);
        CtyValue len = twoUnknowns.length();
        assertThat(len.isKnown()).isFalse();
        assertThat(len.range().numberLowerBound()).isEqualTo(numberIntVal(1));
        assertThat(len.range().numberUpperBound()).isEqualTo(numberIntVal(2));
        CtyValue unknownLen = unknownVal(CtyType.map(S)).length();
        assertThat(unknownLen.goString()).isEqualTo("cty.UnknownVal(cty.Number).Refine().NotNull()"
                + ".NumberLowerBound(cty.NumberIntVal(0), true)"
                + ".NumberUpperBound(cty.NumberIntVal(9.223372036854775807e+18), true).NewValue()");
        assertThatThrownBy(() -> unknownVal(S).length()).isInstanceOf(IllegalStateException.class);
        assertThat(objectVal(Map.of("a", stringVal("x"))).length())
                .isEqualTo(numberIntVal(1));
        assertThatThrownBy(() -> unknownVal(CtyType.EMPTY_OBJECT).length()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> unknownVal(CtyType.list(S)).lengthInt()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void mapEntriesAndElementsAreOrderedAndUnmodifiable() {
        Map<String, CtyValue> in = new LinkedHashMap<>();
        in.put("\uD83D\uDE00", numberIntVal(1));
        in.put("\uFFFD", numberIntVal(2));
        in.put("a", numberIntVal(3));
        CtyValue m = CtyValue.mapVal(in);
        assertThat(m.mapEntries().keySet()).containsExactly("a", "\uFFFD", "\uD83D\uDE00");
        assertThatThrownBy(() -> m.mapEntries().put("b", numberIntVal(4)))
                .isInstanceOf(UnsupportedOperationException.class);
        CtyValue o = objectVal(Map.of("b", numberIntVal(1), "a", stringVal("x")));
        assertThat(o.mapEntries().keySet()).containsExactly("a", "b");
        assertThatThrownBy(() -> listVal(List.of(stringVal("a"))).elements().add(stringVal("b")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void getAttr() {
        CtyValue o = objectVal(Map.of("a", stringVal("x"), "b", numberIntVal(1)));
        assertThat(o.getAttr("a")).isEqualTo(stringVal("x"));
        assertThat(o.mark("m").getAttr("b")).isEqualTo(numberIntVal(1).mark("m"));
        CtyType t = o.type();
        assertThat(unknownVal(t).getAttr("a")).isEqualTo(unknownVal(S));
        assertThat(unknownVal(t).refineNotNull().getAttr("a")).isEqualTo(unknownVal(S));
        assertThat(DYNAMIC_VAL.getAttr("anything")).isSameAs(DYNAMIC_VAL);
        assertThatThrownBy(() -> o.getAttr("zz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stringVal("a").getAttr("zz")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> nullVal(t).getAttr("a")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void marksBasics() {
        CtyValue v = stringVal("a").mark("x").mark(Marks.SENSITIVE);
        assertThat(v.isMarked()).isTrue();
        assertThat(v.marks()).containsExactlyInAnyOrder("x", Marks.SENSITIVE);
        assertThat(v.hasMark(Marks.SENSITIVE)).isTrue();
        assertThat(v.unmark()).isEqualTo(stringVal("a"));
        assertThat(v.withMarks(Set.of("y")).marks()).containsExactlyInAnyOrder("x", "y", Marks.SENSITIVE);
        assertThat(stringVal("b").withSameMarks(v, stringVal("c").mark("z")).marks())
                .containsExactlyInAnyOrder("x", "z", Marks.SENSITIVE);
        CtyValue deep = listVal(List.of(stringVal("a").mark("inner"))).mark("outer");
        assertThat(deep.containsMarked()).isTrue();
        assertThat(deep.unmark().isMarked()).isFalse();
        assertThat(deep.unmark().containsMarked()).isTrue();
        assertThat(deep.deepMarks()).containsExactlyInAnyOrder("inner", "outer");
        assertThat(deep.hasMarkDeep("inner")).isTrue();
        assertThat(deep.unmarkDeep()).isEqualTo(listVal(List.of(stringVal("a"))));
        assertThat(Marks.SENSITIVE).hasToString("sensitive");
    }

    @Test
    void setElementMarksAreHoistedToTheSet() {
        CtyValue s = CtyValue.setVal(List.of(stringVal("a").mark("m1"), stringVal("b").mark("m2")));
        assertThat(s.marks()).containsExactlyInAnyOrder("m1", "m2");
        assertThat(s.unmark().containsMarked()).isFalse();
        assertThat(s.unmark().elements()).containsExactly(stringVal("a"), stringVal("b"));
        CtyValue nested = CtyValue.setVal(List.of(objectVal(Map.of("k", stringVal("v").mark("deep")))));
        assertThat(nested.marks()).containsExactly("deep");
        assertThat(nested.unmark().elements().get(0).containsMarked()).isFalse();
    }

    @Test
    void javaEqualityIsRawEquality() {
        assertThat(stringVal("a")).isEqualTo(stringVal("a")).hasSameHashCodeAs(stringVal("a"));
        assertThat(unknownVal(S)).isEqualTo(unknownVal(S)).hasSameHashCodeAs(unknownVal(S));
        assertThat(nullVal(S)).isNotEqualTo(nullVal(N));
        assertThat(stringVal("a")).isNotEqualTo(stringVal("a").mark("m"));
        assertThat(CtyValue.parseNumberVal("1.0")).isEqualTo(numberIntVal(1)).hasSameHashCodeAs(numberIntVal(1));
        assertThat(Set.of(stringVal("a"), stringVal("b"))).contains(stringVal("a"));
    }

    @Test
    void objectValFromTypeOrderKeepsTheTypeAndEqualsTheMapFactory() {
        CtyType t = CtyType.object(Map.of("b", N, "a", S, "\uD83D\uDE00", CtyType.list(S), "\uFFFD", CtyType.BOOL));
        // Go's byte order: "a" < "b" < U+FFFD < U+1F600 (Java's compareTo would put the surrogate pair first).
        assertThat(t.attributeTypes().keySet()).containsExactly("a", "b", "\uFFFD", "\uD83D\uDE00");
        List<CtyValue> inOrder = List.of(stringVal("x"), numberIntVal(1), CtyValue.TRUE, listVal(List.of(stringVal("y"))));
        CtyValue fast = objectVal(t, inOrder);
        Map<String, CtyValue> byName = new LinkedHashMap<>();
        byName.put("\uD83D\uDE00", listVal(List.of(stringVal("y"))));
        byName.put("b", numberIntVal(1));
        byName.put("\uFFFD", CtyValue.TRUE);
        byName.put("a", stringVal("x"));
        CtyValue slow = objectVal(byName);
        assertThat(fast).isEqualTo(slow).hasSameHashCodeAs(slow);
        assertThat(fast.type()).isSameAs(t);
        assertThat(fast.mapEntries()).isEqualTo(slow.mapEntries()).hasSameHashCodeAs(slow.mapEntries());
        assertThat(fast.mapEntries().keySet()).containsExactly("a", "b", "\uFFFD", "\uD83D\uDE00");
        assertThat(fast.getAttr("\uD83D\uDE00")).isEqualTo(listVal(List.of(stringVal("y"))));
        assertThat(fast.ctyEquals(slow)).isEqualTo(CtyValue.TRUE);
        assertThat(SetHash.hashString(fast)).isEqualTo(SetHash.hashString(slow));
        assertThat(fast.goString()).isEqualTo(slow.goString());
    }

    @Test
    void objectValFromTypeOrderImpliesTheTypeFromTheValues() {
        CtyType t = CtyType.objectWithOptional(Map.of("a", CtyType.DYNAMIC, "b", S), Set.of("b"));
        CtyValue v = objectVal(t, List.of(numberIntVal(3), nullVal(S)));
        assertThat(v.type()).isEqualTo(CtyType.object(Map.of("a", N, "b", S)))
                .hasSameHashCodeAs(CtyType.object(Map.of("a", N, "b", S)));
        assertThat(v.type().optionalAttributes()).isEmpty();
        assertThat(v).isEqualTo(objectVal(Map.of("a", numberIntVal(3), "b", nullVal(S))));
        CtyType optionalOnly = CtyType.objectWithOptional(Map.of("a", S), Set.of("a"));
        assertThat(objectVal(optionalOnly, List.of(stringVal("x"))).type()).isEqualTo(CtyType.object(Map.of("a", S)));
        assertThat(objectVal(CtyType.EMPTY_OBJECT, List.of())).isSameAs(CtyValue.EMPTY_OBJECT_VAL);
        CtyValue marked = objectVal(CtyType.object(Map.of("a", S)), List.of(stringVal("s").mark("m")));
        assertThat(marked.containsMarked()).isTrue();
        assertThat(marked.isMarked()).isFalse();
    }

    @Test
    void objectValFromTypeOrderValidatesCheaply() {
        CtyType t = CtyType.object(Map.of("a", S, "b", N));
        assertThatThrownBy(() -> objectVal(t, List.of(stringVal("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 attributes but 1 values");
        assertThatThrownBy(() -> objectVal(S, List.of(stringVal("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("object type");
        assertThatThrownBy(() -> objectVal(t, Arrays.asList(stringVal("x"), null)))
                .isInstanceOf(NullPointerException.class);
    }
}
