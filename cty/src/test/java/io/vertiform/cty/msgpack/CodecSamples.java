package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.vertiform.cty.CtyValue.listVal;
import static io.vertiform.cty.CtyValue.numberIntVal;
import static io.vertiform.cty.CtyValue.objectVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static io.vertiform.cty.CtyValue.unknownVal;

/** Types and values covering every encoding path, for the robustness and fuzz tests. */
public final class CodecSamples {
    private static final CtyType S = CtyType.STRING;
    private static final CtyType N = CtyType.NUMBER;
    private static final CtyType B = CtyType.BOOL;
    private static final CtyType D = CtyType.DYNAMIC;

    public static final CtyType OBJECT = CtyType.objectWithOptional(
            Map.of("name", S, "count", N, "tags", CtyType.map(S), "items", CtyType.list(CtyType.object(Map.of(
                    "id", S, "ports", CtyType.set(N)))), "extra", D, "pair", CtyType.tuple(List.of(B, S))),
            java.util.Set.of("extra"));

    public static final List<CtyType> TYPES = List.of(S, N, B, D, CtyType.list(S), CtyType.set(N), CtyType.map(B),
            CtyType.tuple(List.of(S, N)), CtyType.EMPTY_OBJECT, CtyType.EMPTY_TUPLE, CtyType.list(D),
            CtyType.map(CtyType.list(D)), CtyType.set(CtyType.object(Map.of("a", S))), OBJECT,
            CtyType.object(Map.of("a", D, "b", CtyType.list(N))));

    private CodecSamples() {
    }

    /** Values paired with their types. */
    public static List<Map.Entry<CtyValue, CtyType>> values() {
        List<Map.Entry<CtyValue, CtyType>> out = new ArrayList<>();
        out.add(Map.entry(stringVal("hello w\u00f6rld \uD83D\uDE00"), S));
        out.add(Map.entry(unknownVal(S).refine().notNull().stringPrefix("https://").newValue(), S));
        out.add(Map.entry(CtyValue.parseNumberVal("12345678901234567890.5"), N));
        out.add(Map.entry(CtyValue.numberFloatVal(-2.5), N));
        out.add(Map.entry(numberIntVal(-70000), N));
        out.add(Map.entry(unknownVal(N).refine().numberRangeInclusive(numberIntVal(1), CtyValue.numberFloatVal(9.5))
                .newValue(), N));
        out.add(Map.entry(CtyValue.TRUE, D));
        out.add(Map.entry(CtyValue.nullVal(B), B));
        out.add(Map.entry(listVal(List.of(stringVal("a"), unknownVal(S), CtyValue.nullVal(S))), CtyType.list(S)));
        out.add(Map.entry(unknownVal(CtyType.list(S)).refine().collectionLengthLowerBound(1).collectionLengthUpperBound(3)
                .newValue(), CtyType.list(S)));
        out.add(Map.entry(CtyValue.setVal(List.of(numberIntVal(3), numberIntVal(1), unknownVal(N))), CtyType.set(N)));
        out.add(Map.entry(CtyValue.mapVal(Map.of("x", CtyValue.TRUE, "y", CtyValue.FALSE)), CtyType.map(B)));
        out.add(Map.entry(CtyValue.tupleVal(List.of(stringVal("t"), numberIntVal(7))), CtyType.tuple(List.of(S, N))));
        out.add(Map.entry(listVal(List.of(CtyValue.DYNAMIC_VAL, CtyValue.nullVal(S))), CtyType.list(D)));
        out.add(Map.entry(CtyValue.EMPTY_OBJECT_VAL, CtyType.EMPTY_OBJECT));
        out.add(Map.entry(CtyValue.mapVal(Map.of("k", listVal(List.of(listVal(List.of(numberIntVal(1))))))),
                CtyType.map(CtyType.list(D))));
        out.add(Map.entry(sampleObject(3), OBJECT));
        out.add(Map.entry(objectVal(Map.of("a", CtyValue.mapVal(Map.of("q", stringVal("r"))), "b",
                listVal(List.of(numberIntVal(1), numberIntVal(2))))), CtyType.object(Map.of("a", D, "b", CtyType.list(N)))));
        return out;
    }

    /** A state-like object with {@code items} nested entries. */
    public static CtyValue sampleObject(int items) {
        List<CtyValue> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            list.add(objectVal(Map.of("id", stringVal("item-" + i), "ports",
                    CtyValue.setVal(List.of(numberIntVal(80 + i), numberIntVal(443))))));
        }
        return objectVal(Map.of(
                "name", stringVal("sample"),
                "count", numberIntVal(items),
                "tags", CtyValue.mapVal(Map.of("env", stringVal("prod"), "team", stringVal("core"))),
                "items", list.isEmpty() ? CtyValue.listValEmpty(CtyType.object(Map.of("id", S, "ports", CtyType.set(N))))
                        : listVal(list),
                "extra", objectVal(Map.of("note", stringVal("dynamic"), "n", CtyValue.numberFloatVal(0.25))),
                "pair", CtyValue.tupleVal(List.of(CtyValue.TRUE, unknownVal(S).refineNotNull()))));
    }

    /** Valid encodings of {@link #values()}. */
    public static List<byte[]> encodings() {
        List<byte[]> out = new ArrayList<>();
        for (Map.Entry<CtyValue, CtyType> e : values()) {
            out.add(MsgpackCodec.marshal(e.getKey(), e.getValue()));
        }
        return out;
    }
}
