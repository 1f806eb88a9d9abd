package io.vertiform.cty;

import static io.vertiform.cty.CtyType.BOOL;
import static io.vertiform.cty.CtyType.DYNAMIC;
import static io.vertiform.cty.CtyType.NUMBER;
import static io.vertiform.cty.CtyType.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CtyTypeTest {

    private static CtyType obj(Object... kv) {
        Map<String, CtyType> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (CtyType) kv[i + 1]);
        }
        return CtyType.object(m);
    }

    static Stream<Arguments> friendlyNames() {
        // Expected texts produced by go-cty 1.12.1 FriendlyName / FriendlyNameForConstraint / GoString.
        return Stream.of(
                Arguments.of(STRING, "string", "string", "cty.String"),
                Arguments.of(NUMBER, "number", "number", "cty.Number"),
                Arguments.of(BOOL, "bool", "bool", "cty.Bool"),
                Arguments.of(DYNAMIC, "dynamic", "any type", "cty.DynamicPseudoType"),
                Arguments.of(CtyType.list(DYNAMIC), "list of dynamic", "list of any single type",
                        "cty.List(cty.DynamicPseudoType)"),
                Arguments.of(CtyType.map(CtyType.list(DYNAMIC)), "map of list of dynamic",
                        "map of list of any single type", "cty.Map(cty.List(cty.DynamicPseudoType))"),
                Arguments.of(CtyType.set(CtyType.EMPTY_OBJECT), "set of object", "set of object",
                        "cty.Set(cty.EmptyObject)"),
                Arguments.of(CtyType.tuple(List.of(STRING)), "tuple", "tuple", "cty.Tuple([]cty.Type{cty.String})"),
                Arguments.of(CtyType.EMPTY_TUPLE, "tuple", "tuple", "cty.EmptyTuple"),
                Arguments.of(CtyType.list(CtyType.set(NUMBER)), "list of set of number", "list of set of number",
                        "cty.List(cty.Set(cty.Number))"),
                Arguments.of(CtyType.objectWithOptional(Map.of("b", STRING, "a", NUMBER), Set.of("b")), "object",
                        "object",
                        "cty.ObjectWithOptionalAttrs(map[string]cty.Type{\"a\":cty.Number, \"b\":cty.String}, "
                                + "[]string{\"b\"})"),
                Arguments.of(obj("x", BOOL), "object", "object", "cty.Object(map[string]cty.Type{\"x\":cty.Bool})"));
    }

    @ParameterizedTest
    @MethodSource("friendlyNames")
    void friendlyNamesAndGoStringMatchGoCty(CtyType t, String friendly, String constraint, String goString) {
        assertThat(t.friendlyName()).isEqualTo(friendly);
        assertThat(t.friendlyNameForConstraint()).isEqualTo(constraint);
        assertThat(t.goString()).isEqualTo(goString);
        assertThat(t).hasToString(goString);
    }

    @Test
    void structuralEquality() {
        assertThat(CtyType.list(STRING)).isEqualTo(CtyType.list(STRING)).hasSameHashCodeAs(CtyType.list(STRING));
        assertThat(CtyType.list(STRING)).isNotEqualTo(CtyType.set(STRING)).isNotEqualTo(CtyType.list(NUMBER));
        assertThat(CtyType.map(STRING)).isNotEqualTo(obj("a", STRING));
        assertThat(obj("a", STRING, "b", NUMBER)).isEqualTo(obj("b", NUMBER, "a", STRING));
        assertThat(obj("a", STRING)).isNotEqualTo(obj("a", NUMBER)).isNotEqualTo(obj("b", STRING));
        assertThat(CtyType.tuple(List.of(STRING, NUMBER))).isEqualTo(CtyType.tuple(List.of(STRING, NUMBER)))
                .isNotEqualTo(CtyType.tuple(List.of(NUMBER, STRING))).isNotEqualTo(CtyType.list(STRING));
        assertThat(CtyType.EMPTY_OBJECT).isNotEqualTo(CtyType.EMPTY_TUPLE);
        assertThat(DYNAMIC).isEqualTo(DYNAMIC).isNotEqualTo(STRING);
    }

    @Test
    void optionalAttributesTakePartInEquality() {
        CtyType plain = obj("a", STRING, "b", NUMBER);
        CtyType optB = CtyType.objectWithOptional(Map.of("a", STRING, "b", NUMBER), Set.of("b"));
        CtyType optA = CtyType.objectWithOptional(Map.of("a", STRING, "b", NUMBER), Set.of("a"));
        assertThat(optB).isNotEqualTo(plain).isNotEqualTo(optA)
                .isEqualTo(CtyType.objectWithOptional(Map.of("b", NUMBER, "a", STRING), Set.of("b")));
        assertThat(optB.attributeOptional("b")).isTrue();
        assertThat(optB.attributeOptional("a")).isFalse();
        assertThat(optB.optionalAttributes()).containsExactly("b");
        assertThat(optB.withoutOptionalAttributesDeep()).isEqualTo(plain);
        assertThat(CtyType.list(CtyType.tuple(List.of(optB))).withoutOptionalAttributesDeep())
                .isEqualTo(CtyType.list(CtyType.tuple(List.of(plain))));
        assertThatThrownBy(() -> CtyType.objectWithOptional(Map.of("a", STRING), Set.of("zz")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("optional contains undeclared attribute \"zz\"");
    }

    @Test
    void attributeNamesAreNfcNormalisedAndSortedInGoOrder() {
        CtyType t = obj("e\u0301", STRING, "\uD83D\uDE00", NUMBER, "\uFFFD", BOOL, "a", BOOL);
        assertThat(t.attributeTypes().keySet()).containsExactly("a", "\u00e9", "\uFFFD", "\uD83D\uDE00");
        assertThat(t.hasAttribute("\u00e9")).isTrue();
        assertThat(t.hasAttribute("e\u0301")).isTrue();
        assertThat(t.attributeType("e\u0301")).isEqualTo(STRING);
        assertThatThrownBy(() -> t.attributeType("nope")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.attributeOptional("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindPredicates() {
        CtyType[] all = {STRING, NUMBER, BOOL, DYNAMIC, CtyType.list(STRING), CtyType.set(STRING),
            CtyType.map(STRING), CtyType.EMPTY_TUPLE, CtyType.EMPTY_OBJECT};
        CtyType.Kind[] kinds = {CtyType.Kind.STRING, CtyType.Kind.NUMBER, CtyType.Kind.BOOL, CtyType.Kind.DYNAMIC,
            CtyType.Kind.LIST, CtyType.Kind.SET, CtyType.Kind.MAP, CtyType.Kind.TUPLE, CtyType.Kind.OBJECT};
        for (int i = 0; i < all.length; i++) {
            CtyType t = all[i];
            assertThat(t.kind()).isEqualTo(kinds[i]);
            assertThat(t.isPrimitive()).isEqualTo(i < 3);
            assertThat(t.isDynamic()).isEqualTo(i == 3);
            assertThat(t.isListType()).isEqualTo(i == 4);
            assertThat(t.isSetType()).isEqualTo(i == 5);
            assertThat(t.isMapType()).isEqualTo(i == 6);
            assertThat(t.isCollectionType()).isEqualTo(i >= 4 && i <= 6);
            assertThat(t.isTupleType()).isEqualTo(i == 7);
            assertThat(t.isObjectType()).isEqualTo(i == 8);
        }
    }

    @Test
    void accessorsRejectWrongKinds() {
        assertThat(CtyType.set(NUMBER).elementType()).isEqualTo(NUMBER);
        assertThatThrownBy(STRING::elementType).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(STRING::attributeTypes).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CtyType.list(STRING).tupleElementTypes()).isInstanceOf(IllegalStateException.class);
        assertThat(CtyType.tuple(List.of(STRING, BOOL)).tupleLength()).isEqualTo(2);
    }

    @Test
    void hasDynamicTypes() {
        assertThat(STRING.hasDynamicTypes()).isFalse();
        assertThat(DYNAMIC.hasDynamicTypes()).isTrue();
        assertThat(CtyType.list(CtyType.map(DYNAMIC)).hasDynamicTypes()).isTrue();
        assertThat(obj("a", STRING, "b", CtyType.tuple(List.of(NUMBER, DYNAMIC))).hasDynamicTypes()).isTrue();
        assertThat(obj("a", STRING, "b", CtyType.tuple(List.of(NUMBER))).hasDynamicTypes()).isFalse();
    }

    @Test
    void conformanceDelegatesToTypeConformance() {
        assertThat(CtyType.list(STRING).testConformance(CtyType.list(DYNAMIC))).isEmpty();
        assertThat(CtyType.list(STRING).conformsTo(CtyType.list(DYNAMIC))).isTrue();
        assertThat(CtyType.list(STRING).testConformance(CtyType.set(STRING))).singleElement()
                .extracting(PathError::getMessage).isEqualTo("set of string required, but received list of string");
    }
}
