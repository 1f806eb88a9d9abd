package io.vertiform.cty;

import static io.vertiform.cty.CtyValue.DYNAMIC_VAL;
import static io.vertiform.cty.CtyValue.FALSE;
import static io.vertiform.cty.CtyValue.TRUE;
import static io.vertiform.cty.CtyValue.listVal;
import static io.vertiform.cty.CtyValue.nullVal;
import static io.vertiform.cty.CtyValue.numberFloatVal;
import static io.vertiform.cty.CtyValue.numberIntVal;
import static io.vertiform.cty.CtyValue.numberUIntVal;
import static io.vertiform.cty.CtyValue.objectVal;
import static io.vertiform.cty.CtyValue.parseNumberVal;
import static io.vertiform.cty.CtyValue.setVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static io.vertiform.cty.CtyValue.tupleVal;
import static io.vertiform.cty.CtyValue.unknownVal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Equality truth tables. Rows marked (Go) were checked against go-cty 1.12.1 ({@code Equals} and {@code RawEquals});
 * "U" means an unknown bool (which go-cty 1.13+ refines as not-null, as we do).
 */
class ValueEqualityTest {
    private static final CtyType S = CtyType.STRING;
    private static final CtyType N = CtyType.NUMBER;

    private static CtyValue s(String v) {
        return stringVal(v);
    }

    private static CtyValue l(CtyValue... v) {
        return listVal(List.of(v));
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row(s("a"), s("a"), "T", true),
                row(s("a"), s("b"), "F", false),
                row(s("a"), unknownVal(S), "U", false),
                row(unknownVal(S), unknownVal(S), "U", true),
                row(nullVal(S), nullVal(N), "T", false),
                row(nullVal(S), s("a"), "F", false),
                row(nullVal(S), unknownVal(S), "U", false),
                row(s("a"), numberIntVal(1), "F", false),
                row(s("a"), unknownVal(N), "F", false),
                row(s("a"), DYNAMIC_VAL, "U", false),
                row(nullVal(CtyType.DYNAMIC), DYNAMIC_VAL, "U", false),
                row(numberIntVal(1), parseNumberVal("1.0"), "T", true),
                row(numberIntVal(1), numberFloatVal(1.0), "T", true),
                row(parseNumberVal("0.1"), numberFloatVal(0.1), "T", true),
                row(parseNumberVal("1e400"), parseNumberVal("1e400"), "T", true),
                row(CtyValue.POSITIVE_INFINITY, CtyValue.POSITIVE_INFINITY, "T", true),
                row(CtyValue.POSITIVE_INFINITY, CtyValue.NEGATIVE_INFINITY, "F", false),
                row(parseNumberVal("-0"), numberIntVal(0), "T", true),
                row(parseNumberVal("9223372036854775808"), numberUIntVal(Long.MIN_VALUE), "T", true),
                row(TRUE, TRUE, "T", true),
                row(TRUE, FALSE, "F", false),
                row(l(s("a"), s("b")), l(s("a"), s("b")), "T", true),
                row(l(s("a"), s("b")), l(s("a"), s("c")), "F", false),
                row(l(s("a")), l(s("a"), s("b")), "F", false),
                row(l(s("a"), unknownVal(S)), l(s("a"), s("b")), "U", false),
                row(l(unknownVal(S), s("a")), l(s("b"), s("a")), "U", false),
                row(l(s("x"), unknownVal(S)), l(s("a"), s("b")), "F", false),
                row(l(s("a")), CtyValue.listValEmpty(S), "F", false),
                row(CtyValue.listValEmpty(S), CtyValue.listValEmpty(N), "F", false),
                row(CtyValue.listValEmpty(CtyType.DYNAMIC), CtyValue.listValEmpty(S), "F", false),
                row(l(DYNAMIC_VAL), l(s("a")), "U", false),
                row(l(DYNAMIC_VAL), l(numberIntVal(1)), "U", false),
                row(objectVal(Map.of("a", s("x"))), objectVal(Map.of("a", s("x"))), "T", true),
                row(objectVal(Map.of("a", s("x"))), objectVal(Map.of("b", s("x"))), "F", false),
                row(objectVal(Map.of("a", DYNAMIC_VAL)), objectVal(Map.of("a", s("x"))), "U", false),
                row(objectVal(Map.of("a", DYNAMIC_VAL)), objectVal(Map.of("b", s("x"))), "F", false),
                row(CtyValue.mapVal(Map.of("a", s("x"))), CtyValue.mapVal(Map.of("b", s("x"))), "F", false),
                row(CtyValue.mapVal(Map.of("a", s("x"))), CtyValue.mapVal(Map.of("a", s("x"))), "T", true),
                row(setVal(List.of(s("a"), s("b"))), setVal(List.of(s("b"), s("a"))), "T", true),
                row(setVal(List.of(s("a"), unknownVal(S))), setVal(List.of(s("a"), s("b"))), "U", false),
                // Elements merely containing unknowns are never found in the other set: false, yet raw-equal.
                row(setVal(List.of(l(unknownVal(S)))), setVal(List.of(l(unknownVal(S)))), "F", true),
                row(tupleVal(List.of(s("a"), numberIntVal(1))), tupleVal(List.of(s("a"), numberIntVal(1))), "T", true),
                row(tupleVal(List.of(s("a"), numberIntVal(1))), tupleVal(List.of(s("a"), numberIntVal(2))), "F", false),
                row(CtyValue.EMPTY_OBJECT_VAL, CtyValue.EMPTY_TUPLE_VAL, "F", false),
                row(unknownVal(CtyType.EMPTY_OBJECT), CtyValue.EMPTY_OBJECT_VAL, "U", false),
                row(unknownVal(CtyType.list(S)), CtyValue.listValEmpty(N), "F", false));
    }

    private static Arguments row(CtyValue a, CtyValue b, String expected, boolean raw) {
        return Arguments.of(a, b, expected, raw);
    }

    private static String tri(CtyValue b) {
        CtyValue u = b.unmark();
        assertThat(u.type()).isEqualTo(CtyType.BOOL);
        if (!u.isKnown()) {
            assertThat(u.range().definitelyNotNull()).isTrue();
            return "U";
        }
        return u.asBool() ? "T" : "F";
    }

    @ParameterizedTest(name = "[{index}] {0} == {1}")
    @MethodSource("table")
    void equalsMatchesGoCty(CtyValue a, CtyValue b, String expected, boolean raw) {
        assertThat(tri(a.ctyEquals(b))).isEqualTo(expected);
        assertThat(tri(b.ctyEquals(a))).isEqualTo(expected);
        assertThat(a.rawEquals(b)).isEqualTo(raw);
        assertThat(a.equals(b)).isEqualTo(raw);
        if (raw) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }

    @Test
    void marksPropagateIntoTheResult() {
        assertThat(s("a").mark("m").ctyEquals(s("a"))).isEqualTo(TRUE.mark("m"));
        assertThat(s("a").mark("m").ctyEquals(s("b").mark("n"))).isEqualTo(FALSE.withMarks(Set.of("m", "n")));
        assertThat(l(s("a").mark("deep")).ctyEquals(l(s("a")))).isEqualTo(TRUE.mark("deep"));
        assertThat(s("a").mark("m").rawEquals(s("a"))).isFalse();
        assertThat(s("a").mark("m").rawEquals(s("a").mark("m"))).isTrue();
    }

    @Test
    void comparingWithNullKeepsOnlyTopLevelMarks() {
        // go-cty 1.13+: with exactly one null operand nested marks were irrelevant (1.12.1 kept "deep" too).
        CtyValue nested = l(s("a").mark("deep")).mark("top");
        assertThat(nullVal(S).mark("m").ctyEquals(nested)).isEqualTo(FALSE.withMarks(Set.of("m", "top")));
        assertThat(nested.ctyEquals(nested)).isEqualTo(TRUE.withMarks(Set.of("top", "deep")));
    }

    @Test
    void refinementsDecideEqualityEarly() {
        CtyValue notNull = unknownVal(S).refineNotNull();
        assertThat(nullVal(S).ctyEquals(notNull)).isEqualTo(FALSE);
        assertThat(notNull.ctyEquals(nullVal(N))).isEqualTo(FALSE);
        CtyValue https = unknownVal(S).refine().notNull().stringPrefixFull("https:").newValue();
        assertThat(s("http://x").ctyEquals(https)).isEqualTo(FALSE);
        assertThat(tri(s("https://x").ctyEquals(https))).isEqualTo("U");
        CtyValue small = unknownVal(N).refine().numberRangeInclusive(numberIntVal(0), numberIntVal(10)).newValue();
        assertThat(numberIntVal(11).ctyEquals(small)).isEqualTo(FALSE);
        assertThat(tri(numberIntVal(10).ctyEquals(small))).isEqualTo("U");
        CtyValue twoOrMore = unknownVal(CtyType.map(S)).refine().collectionLengthLowerBound(2).newValue();
        assertThat(CtyValue.mapVal(Map.of("a", s("b"))).ctyEquals(twoOrMore)).isEqualTo(FALSE);
    }

    @Test
    void rawEqualsComparesRefinements() {
        CtyValue a = unknownVal(S).refineNotNull();
        assertThat(a.rawEquals(unknownVal(S).refineNotNull())).isTrue();
        assertThat(a.rawEquals(unknownVal(S))).isFalse();
        assertThat(unknownVal(S).refine().newValue().rawEquals(unknownVal(S))).isTrue();
        CtyValue r1 = unknownVal(N).refine().numberRangeLowerBound(numberIntVal(1), true).newValue();
        CtyValue r2 = unknownVal(N).refine().numberRangeLowerBound(parseNumberVal("1.0"), true).newValue();
        CtyValue r3 = unknownVal(N).refine().numberRangeLowerBound(numberIntVal(1), false).newValue();
        assertThat(r1).isEqualTo(r2).hasSameHashCodeAs(r2).isNotEqualTo(r3);
    }

    @Test
    void numberEqualityUsesIntegersExactlyAndShortestTextOtherwise() {
        assertThat(ValueEquality.numbersEqual(BigFloat.parse("2").withPrecision(64), BigFloat.parse("2"))).isTrue();
        assertThat(ValueEquality.numbersEqual(BigFloat.parse("1180591620717411303424").withPrecision(64),
                BigFloat.parse("1180591620717411303424"))).isTrue();
        assertThat(ValueEquality.numbersEqual(BigFloat.parse("0.5"), BigFloat.parse("1"))).isFalse();
        assertThat(ValueEquality.numbersEqual(BigFloat.parse("-1"), BigFloat.parse("1"))).isFalse();
    }

    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @Test
    void numbersWithHugeExponentsCompareAndHashWithoutPrintingTheirTexts() {
        // Each text is ten million characters long; equality and hashing work on digit keys.
        CtyValue a = parseNumberVal("1e-9999999");
        CtyValue b = parseNumberVal("1e-9999999");
        assertThat(a.ctyEquals(b)).isEqualTo(TRUE);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.ctyEquals(parseNumberVal("1.0000000000001e-9999999"))).isEqualTo(FALSE);
        assertThat(parseNumberVal("1p99999999")).isEqualTo(parseNumberVal("1p99999999"))
                .hasSameHashCodeAs(parseNumberVal("1p99999999"));
        // same text at different precisions: equal (go-cty compares texts), with equal hashes
        CtyValue p53 = numberFloatVal(0.1);
        CtyValue p512 = CtyValue.numberVal(BigFloat.parse("0.1", 53).withPrecision(512));
        assertThat(p53.asBigFloat().text()).isEqualTo("0.1");
        assertThat(p512.asBigFloat().text()).isNotEqualTo("0.1");
        assertThat(p53.rawEquals(parseNumberVal("0.1"))).isTrue();
        assertThat(p53.hashCode()).isEqualTo(parseNumberVal("0.1").hashCode());
        assertThat(p53.rawEquals(p512)).isFalse();
    }
}
