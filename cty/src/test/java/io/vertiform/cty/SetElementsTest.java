package io.vertiform.cty;

import static io.vertiform.cty.CtyValue.listVal;
import static io.vertiform.cty.CtyValue.numberFloatVal;
import static io.vertiform.cty.CtyValue.numberIntVal;
import static io.vertiform.cty.CtyValue.parseNumberVal;
import static io.vertiform.cty.CtyValue.setVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Set iteration order and hashes. Every expected order and hash below was produced by running the same inputs
 * through Debian's go-cty 1.12.1 ({@code AsValueSlice} order, {@code Value.Hash()}).
 */
class SetElementsTest {

    private static List<String> order(CtyValue set) {
        return set.elements().stream().map(CtyValue::goString).toList();
    }

    private static List<Long> hashes(CtyValue set) {
        return set.elements().stream().map(SetHash::hash).toList();
    }

    @Test
    void stringsSortByCodePointNotUtf16() {
        CtyValue s = setVal(List.of(stringVal("b"), stringVal("a"), stringVal("c"), stringVal(""), stringVal("é"),
                stringVal("z"), stringVal("\uD83D\uDE00"), stringVal("\uFFFD"), stringVal("A"), stringVal("\u00a0x"),
                stringVal("tab\t\"q\"\\")));
        assertThat(order(s)).containsExactly("cty.StringVal(\"\")", "cty.StringVal(\"A\")", "cty.StringVal(\"a\")",
                "cty.StringVal(\"b\")", "cty.StringVal(\"c\")", "cty.StringVal(\"tab\\t\\\"q\\\"\\\\\")",
                "cty.StringVal(\"z\")", "cty.StringVal(\"\\u00a0x\")", "cty.StringVal(\"é\")",
                "cty.StringVal(\"\uFFFD\")", "cty.StringVal(\"\uD83D\uDE00\")");
        assertThat(hashes(s)).containsExactly(856364347L, 4169823292L, 1829654686L, 1176699741L, 1597518364L,
                4178704750L, 3292044036L, 3338395465L, 305387252L, 3107385899L, 1263703254L);
    }

    @Test
    void numbersSortNumericallyAndDeduplicateByEquality() {
        CtyValue s = setVal(List.of(numberIntVal(3), numberIntVal(1), numberFloatVal(2.5), numberIntVal(-1),
                numberIntVal(100), parseNumberVal("1e30"), parseNumberVal("0.1"), numberFloatVal(-0.5),
                parseNumberVal("12345678901"), parseNumberVal("0.00001234"), numberFloatVal(0.1)));
        // 0.1 parsed at 512 bits and the float64 0.1 print the same, so go-cty treats them as one element.
        assertThat(order(s)).containsExactly("cty.NumberIntVal(-1)", "cty.NumberFloatVal(-0.5)",
                "cty.MustParseNumberVal(\"0.00001234\")", "cty.MustParseNumberVal(\"0.1\")", "cty.NumberIntVal(1)",
                "cty.NumberFloatVal(2.5)", "cty.NumberIntVal(3)", "cty.NumberIntVal(100)",
                "cty.NumberIntVal(1.2345678901e+10)", "cty.NumberIntVal(1e+30)");
        assertThat(hashes(s)).containsExactly(808273962L, 180584544L, 1871990583L, 2180199828L, 2212294583L,
                2233083363L, 1842515611L, 595022058L, 1355071014L, 2956041607L);
    }

    @Test
    void rawEqualElementsKeepTheBucketOrderEvenWhenAThirdSortsBetweenThemByHash() {
        // [0] and [-0] are RawEquals (0 == -0), so go-cty's Less calls neither smaller, although their hash texts
        // differ and [-0.5] sorts between them by hash text: only Go's own stable sort gives go-cty's order.
        CtyValue zero = listVal(List.of(numberFloatVal(0.0)));
        CtyValue negativeZero = listVal(List.of(numberFloatVal(-0.0)));
        CtyValue negativeHalf = listVal(List.of(numberFloatVal(-0.5)));
        List<String> twoExpected = List.of("0", "-0");
        List<String> threeExpected = List.of("-0.5", "0", "-0");
        assertThat(firstNumbers(setVal(List.of(zero, negativeZero)))).isEqualTo(twoExpected);
        assertThat(firstNumbers(setVal(List.of(negativeZero, zero)))).isEqualTo(twoExpected);
        assertThat(firstNumbers(setVal(List.of(zero, negativeHalf, negativeZero)))).isEqualTo(threeExpected);
        assertThat(firstNumbers(setVal(List.of(negativeZero, negativeHalf, zero)))).isEqualTo(threeExpected);
    }

    private static List<String> firstNumbers(CtyValue setOfLists) {
        return setOfLists.elements().stream().map(l -> l.elements().get(0).asBigFloat().text()).toList();
    }

    @Test
    void numbersWithSameTenDigitHashShareABucketButStayDistinct() {
        CtyValue s = setVal(List.of(parseNumberVal("1.00000000002"), parseNumberVal("1.00000000001"),
                parseNumberVal("1.000000000015")));
        assertThat(order(s)).containsExactly("cty.MustParseNumberVal(\"1.00000000001\")",
                "cty.MustParseNumberVal(\"1.000000000015\")", "cty.MustParseNumberVal(\"1.00000000002\")");
        assertThat(hashes(s)).containsOnly(2212294583L);
    }

    @Test
    void smallLargeAndInfiniteNumbers() {
        CtyValue s = setVal(List.of(parseNumberVal("0.0001"), parseNumberVal("-0.0001"), parseNumberVal("1e-5"),
                parseNumberVal("123456.5"), parseNumberVal("1234567.5"), parseNumberVal("9999999999.5"),
                parseNumberVal("-1e21"), CtyValue.POSITIVE_INFINITY, CtyValue.NEGATIVE_INFINITY, CtyValue.ZERO));
        assertThat(hashes(s)).containsExactly(1408802036L, 318757894L, 324352530L, 4108050209L, 4026222201L,
                2442206355L, 2136018698L, 3738878170L, 2181562117L, 1989395240L);
    }

    @Test
    void boolsFalseFirst() {
        CtyValue s = setVal(List.of(CtyValue.TRUE, CtyValue.FALSE));
        assertThat(order(s)).containsExactly("cty.False", "cty.True");
        assertThat(hashes(s)).containsExactly(1304234792L, 3187964512L);
    }

    @Test
    void unknownsAfterKnownsAndNullLastUnknownsNeverMerge() {
        CtyValue s = setVal(List.of(CtyValue.unknownVal(CtyType.STRING), stringVal("b"),
                CtyValue.nullVal(CtyType.STRING), stringVal("a"), CtyValue.unknownVal(CtyType.STRING)));
        assertThat(order(s)).containsExactly("cty.StringVal(\"a\")", "cty.StringVal(\"b\")",
                "cty.UnknownVal(cty.String)", "cty.UnknownVal(cty.String)", "cty.NullVal(cty.String)");
        assertThat(hashes(s)).containsExactly(1829654686L, 1176699741L, 1684325040L, 1684325040L, 1707062198L);
        assertThat(s.lengthInt()).isEqualTo(5);
        assertThat(s.length().isKnown()).isFalse();
    }

    @Test
    void listsOrderByHashText() {
        CtyValue s = setVal(List.of(listVal(List.of(stringVal("b"))), listVal(List.of(stringVal("a"), stringVal("c"))),
                CtyValue.listValEmpty(CtyType.STRING), listVal(List.of(stringVal("a"))),
                listVal(List.of(CtyValue.unknownVal(CtyType.STRING))),
                CtyValue.nullVal(CtyType.list(CtyType.STRING))));
        assertThat(hashes(s)).containsExactly(2761208932L, 4256294250L, 4010035844L, 991377251L, 223132457L,
                1707062198L);
        assertThat(order(s).get(0)).isEqualTo(
                "cty.ListVal([]cty.Value{cty.StringVal(\"a\"), cty.StringVal(\"c\")})");
    }

    private static CtyValue service(String name, long port) {
        return CtyValue.objectVal(Map.of("name", stringVal(name), "port", numberIntVal(port)));
    }

    @Test
    void objectsOrderByHashTextAndDeduplicate() {
        CtyValue s = setVal(List.of(service("web", 80), service("api", 443), service("web", 8080),
                service("db", 5432), service("api", 443),
                CtyValue.objectVal(Map.of("name", CtyValue.unknownVal(CtyType.STRING), "port", numberIntVal(1)))));
        assertThat(hashes(s)).containsExactly(1940757446L, 924585517L, 1088887007L, 1645022258L, 509299638L);
        assertThat(SetHash.hashString(service("api", 443))).isEqualTo("<\"api\";443;>");
    }

    @Test
    void mapsTuplesAndNestedSets() {
        CtyValue maps = setVal(List.of(
                CtyValue.mapVal(Map.of("k", stringVal("v"), "a", stringVal("b"))),
                CtyValue.mapValEmpty(CtyType.STRING), CtyValue.mapVal(Map.of("x", stringVal("y")))));
        assertThat(hashes(maps)).containsExactly(1053240629L, 1202444578L, 2745614147L);
        assertThat(SetHash.hashString(maps.elements().get(0))).isEqualTo("{\"a\":\"b\";\"k\":\"v\";}");

        CtyValue tuples = setVal(List.of(
                CtyValue.tupleVal(List.of(stringVal("a"), numberIntVal(1), CtyValue.TRUE)),
                CtyValue.tupleVal(List.of(stringVal("a"), numberIntVal(2), CtyValue.FALSE))));
        assertThat(hashes(tuples)).containsExactly(982599026L, 1653819580L);

        CtyValue sets = setVal(List.of(setVal(List.of(stringVal("z"), stringVal("a"))), setVal(List.of(stringVal("m"))),
                CtyValue.setValEmpty(CtyType.STRING)));
        assertThat(hashes(sets)).containsExactly(2307239025L, 3077003986L, 223132457L);
    }

    @Test
    void miscHashesMatchGo() {
        assertThat(SetHash.hash(stringVal("héllo"))).isEqualTo(2338022734L);
        assertThat(SetHash.hash(stringVal("\u0001\u007f\u200d\u00ad"))).isEqualTo(327913258L);
        assertThat(SetHash.hash(numberIntVal(0))).isEqualTo(4108050209L);
        assertThat(SetHash.hash(parseNumberVal("-0"))).isEqualTo(1193965756L);
        assertThat(SetHash.hash(parseNumberVal("0.5"))).isEqualTo(2258563469L);
        assertThat(SetHash.hash(numberFloatVal(1e100))).isEqualTo(2217946193L);
        assertThat(SetHash.hash(parseNumberVal("123456789012345678901234567890"))).isEqualTo(37049665L);
        assertThat(SetHash.hash(CtyValue.TRUE)).isEqualTo(3187964512L);
        assertThat(SetHash.hash(CtyValue.nullVal(CtyType.BOOL))).isEqualTo(1707062198L);
        assertThat(SetHash.hash(CtyValue.unknownVal(CtyType.BOOL))).isEqualTo(1684325040L);
        assertThat(SetHash.hash(CtyValue.EMPTY_OBJECT_VAL)).isEqualTo(4081809067L);
        assertThat(SetHash.hash(CtyValue.EMPTY_TUPLE_VAL)).isEqualTo(4081809067L);
    }

    @Test
    void orderDoesNotDependOnInsertionOrder() {
        List<CtyValue> elems = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            elems.add(service("svc" + (i % 37), i % 11));
        }
        CtyValue first = setVal(elems);
        Collections.shuffle(elems, new Random(42));
        CtyValue second = setVal(elems);
        assertThat(second.elements()).isEqualTo(first.elements());
        assertThat(first.lengthInt()).isEqualTo(200);
    }

    @Test
    void hundredThousandElementsBuildThroughHashedBuckets() {
        List<CtyValue> elems = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            elems.add(stringVal("element-" + i));
        }
        elems.add(stringVal("element-7"));
        CtyValue s = setVal(elems);
        assertThat(s.lengthInt()).isEqualTo(100_000);
        List<CtyValue> ordered = s.elements();
        for (int i = 1; i < ordered.size(); i++) {
            assertThat(GoStrings.compare(ordered.get(i - 1).asString(), ordered.get(i).asString())).isNegative();
        }
        assertThat(s.hasElement(stringVal("element-99999"))).isEqualTo(CtyValue.TRUE);
        assertThat(s.hasElement(stringVal("element-100000"))).isEqualTo(CtyValue.FALSE);
    }

    @Test
    void hundredThousandUnknownsDoNotScanBuckets() {
        List<CtyValue> elems = Collections.nCopies(100_000, CtyValue.unknownVal(CtyType.NUMBER));
        CtyValue s = setVal(elems);
        assertThat(s.lengthInt()).isEqualTo(100_000);
        assertThat(s.length().range().numberUpperBound()).isEqualTo(numberIntVal(100_000));
    }
}
