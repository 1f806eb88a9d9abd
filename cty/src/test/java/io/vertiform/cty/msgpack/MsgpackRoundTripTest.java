package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.vertiform.cty.CtyValue.listVal;
import static io.vertiform.cty.CtyValue.nullVal;
import static io.vertiform.cty.CtyValue.numberIntVal;
import static io.vertiform.cty.CtyValue.objectVal;
import static io.vertiform.cty.CtyValue.parseNumberVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static io.vertiform.cty.CtyValue.unknownVal;
import static org.assertj.core.api.Assertions.assertThat;

/** Mirrors go-cty 1.18's cty/msgpack roundtrip_test.go: marshal then unmarshal gives a RawEquals value. */
class MsgpackRoundTripTest {
    private static final CtyType S = CtyType.STRING;
    private static final CtyType N = CtyType.NUMBER;
    private static final CtyType B = CtyType.BOOL;
    private static final CtyType D = CtyType.DYNAMIC;
    private static final CtyType LS = CtyType.list(S);

    private record Case(CtyValue value, CtyType type) {
    }

    private static List<Case> cases() {
        CtyType objGreeting = CtyType.object(Map.of("greeting", S));
        CtyType objAb = CtyType.object(Map.of("a", S, "b", S));
        return List.of(
                new Case(stringVal("hello"), S),
                new Case(stringVal(""), S),
                new Case(nullVal(S), S),
                new Case(unknownVal(S), S),
                new Case(unknownVal(S).refineNotNull(), S),
                new Case(unknownVal(S).refine().stringPrefix("foo-").newValue(), S),
                new Case(unknownVal(S).refine().notNull().stringPrefix("foo-").newValue(), S),
                new Case(CtyValue.TRUE, B),
                new Case(CtyValue.FALSE, B),
                new Case(nullVal(B), B),
                new Case(unknownVal(B), B),
                new Case(unknownVal(B).refineNotNull(), B),
                new Case(numberIntVal(1), N),
                new Case(CtyValue.numberFloatVal(1.5), N),
                new Case(parseNumberVal("9".repeat(100)), N),
                new Case(parseNumberVal("0.8"), N),
                new Case(CtyValue.POSITIVE_INFINITY, N),
                new Case(CtyValue.NEGATIVE_INFINITY, N),
                new Case(unknownVal(N), N),
                new Case(unknownVal(N).refineNotNull(), N),
                new Case(unknownVal(N).refine().numberRangeLowerBound(CtyValue.ZERO, true).newValue(), N),
                new Case(unknownVal(N).refine().numberRangeLowerBound(CtyValue.ZERO, false).newValue(), N),
                new Case(unknownVal(N).refine().numberRangeUpperBound(CtyValue.ZERO, true).newValue(), N),
                new Case(unknownVal(N).refine().numberRangeUpperBound(CtyValue.ZERO, false).newValue(), N),
                new Case(unknownVal(N).refine().numberRangeInclusive(CtyValue.ZERO, numberIntVal(1)).newValue(), N),
                new Case(listVal(List.of(stringVal("hello"))), LS),
                new Case(listVal(List.of(unknownVal(S))), LS),
                new Case(listVal(List.of(nullVal(S))), LS),
                new Case(nullVal(LS), LS),
                new Case(CtyValue.listValEmpty(S), LS),
                new Case(unknownVal(LS), LS),
                new Case(unknownVal(LS).refineNotNull(), LS),
                new Case(unknownVal(LS).refine().collectionLengthLowerBound(1).newValue(), LS),
                new Case(unknownVal(LS).refine().collectionLengthUpperBound(1).newValue(), LS),
                new Case(unknownVal(LS).refine().collectionLengthLowerBound(1).collectionLengthUpperBound(2).newValue(), LS),
                new Case(unknownVal(LS).refine().collectionLengthLowerBound(2).collectionLengthUpperBound(2).newValue(), LS),
                new Case(unknownVal(LS).refine().collectionLengthUpperBound(1).notNull().newValue(), LS),
                new Case(CtyValue.setVal(List.of(stringVal("hello"))), CtyType.set(S)),
                new Case(CtyValue.setVal(List.of(unknownVal(S))), CtyType.set(S)),
                new Case(CtyValue.setVal(List.of(nullVal(S))), CtyType.set(S)),
                new Case(CtyValue.setValEmpty(S), CtyType.set(S)),
                new Case(CtyValue.mapVal(Map.of("greeting", stringVal("hello"))), CtyType.map(S)),
                new Case(CtyValue.mapVal(Map.of("greeting", unknownVal(S))), CtyType.map(S)),
                new Case(CtyValue.mapVal(Map.of("greeting", nullVal(S))), CtyType.map(S)),
                new Case(CtyValue.mapValEmpty(S), CtyType.map(S)),
                new Case(CtyValue.tupleVal(List.of(stringVal("hello"))), CtyType.tuple(List.of(S))),
                new Case(CtyValue.tupleVal(List.of(unknownVal(S))), CtyType.tuple(List.of(S))),
                new Case(CtyValue.tupleVal(List.of(nullVal(S))), CtyType.tuple(List.of(S))),
                new Case(CtyValue.EMPTY_TUPLE_VAL, CtyType.EMPTY_TUPLE),
                new Case(objectVal(Map.of("greeting", stringVal("hello"))), objGreeting),
                new Case(objectVal(Map.of("greeting", unknownVal(S))), objGreeting),
                new Case(objectVal(Map.of("greeting", nullVal(S))), objGreeting),
                new Case(objectVal(Map.of("a", nullVal(S), "b", nullVal(S))), objAb),
                new Case(objectVal(Map.of("a", unknownVal(S), "b", unknownVal(S))), objAb),
                new Case(CtyValue.EMPTY_OBJECT_VAL, CtyType.EMPTY_OBJECT),
                new Case(nullVal(S), D),
                new Case(CtyValue.DYNAMIC_VAL, D),
                new Case(listVal(List.of(stringVal("hello"))), CtyType.list(D)),
                new Case(listVal(List.of(nullVal(S))), CtyType.list(D)),
                new Case(listVal(List.of(CtyValue.DYNAMIC_VAL)), CtyType.list(D)),
                // Beyond go-cty's table: refined unknowns of a concrete type in dynamic slots, nested containers.
                new Case(unknownVal(S).refineNotNull(), D),
                new Case(objectVal(Map.of("s", CtyValue.setVal(List.of(numberIntVal(3), unknownVal(N))),
                        "m", CtyValue.mapVal(Map.of("k", listVal(List.of(CtyValue.TRUE)))))),
                        CtyType.object(Map.of("s", CtyType.set(N), "m", CtyType.map(D)))));
    }

    @Test
    void roundTrips() {
        for (Case c : cases()) {
            byte[] b = MsgpackCodec.marshal(c.value, c.type);
            CtyValue got = MsgpackCodec.unmarshal(b, c.type);
            assertThat(got).as("%s as %s", c.value, c.type).isEqualTo(c.value);
        }
    }

    /** go-cty's TestRoundTrip_fromString: numbers at the int64/uint64 edges keep their exact text. */
    @Test
    void numbersFromStringsRoundTripExactly() {
        for (String s : List.of("0", "1", "-1", "9223372036854775807", "9223372036854775808", "9223372036854775809",
                "18446744073709551616", "-9223372036854775807", "-9223372036854775808", "-9223372036854775809",
                "-18446744073709551616")) {
            CtyValue n = parseNumberVal(s);
            CtyValue got = MsgpackCodec.unmarshal(MsgpackCodec.marshal(n, N), N);
            assertThat(got).as(s).isEqualTo(n);
            assertThat(got.asBigFloat().text()).as(s).isEqualTo(s);
        }
        for (boolean bool : new boolean[]{true, false}) {
            CtyValue v = CtyValue.boolVal(bool);
            assertThat(MsgpackCodec.unmarshal(MsgpackCodec.marshal(v, B), B)).isEqualTo(v);
        }
    }
}
