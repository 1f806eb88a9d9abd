package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.Marks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.vertiform.cty.CtyValue.numberIntVal;
import static io.vertiform.cty.CtyValue.objectVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Encoding rules of go-cty 1.18 that the Go-generated vectors (from go-cty 1.12.1) cannot show, and decoder edges. */
class MsgpackWireFormatTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final CtyType S = CtyType.STRING;
    private static final CtyType N = CtyType.NUMBER;

    @Test
    void integralNumbersBeyondInt64AreDecimalText() {
        // go-cty 1.18 only uses float64 for non-integers; go-cty 1.12 wrote these as float64.
        assertEncodes(CtyValue.parseNumberVal("9223372036854775808"), N, "b3" + hexOf("9223372036854775808"));
        assertEncodes(CtyValue.parseNumberVal("1e20"), N, "b5" + hexOf("100000000000000000000"));
        assertEncodes(CtyValue.numberUIntVal(Long.MIN_VALUE), N, "b3" + hexOf("9223372036854775808"));
        // Text('f', -1) is the shortest text identifying the value at its precision (53 bits here).
        // (so this float64 value does not survive the trip; go-cty behaves the same).
        assertThat(HEX.formatHex(MsgpackCodec.marshal(CtyValue.numberFloatVal(1e100), N)))
                .isEqualTo("d965" + hexOf("1" + "0".repeat(100)));
        assertEncodes(CtyValue.numberFloatVal(-0.0), N, "00");
        assertEncodes(CtyValue.numberFloatVal(0.1), N, "cb3fb999999999999a");
        assertEncodes(CtyValue.numberFloatVal(5e-324), N, "cb0000000000000001");
        // uint64 on the wire decodes as an unsigned number and re-encodes as text when beyond int64
        CtyValue big = MsgpackCodec.unmarshal(HEX.parseHex("cf8000000000000000"), N);
        assertThat(HEX.formatHex(MsgpackCodec.marshal(big, N))).isEqualTo("b3" + hexOf("9223372036854775808"));
    }

    @Test
    void nanIsRefused() {
        for (String hex : List.of("cb7ff8000000000000", "ca7fc00000", "cbfff8000000000001")) {
            CtyMsgpackException e = catchThrowableOfType(() -> MsgpackCodec.unmarshal(HEX.parseHex(hex), N),
                    CtyMsgpackException.class);
            assertThat(e).as(hex).isNotNull();
            assertThat(e.rawMessage()).isEqualTo("NaN is not a valid number");
        }
    }

    @Test
    void headerSizesFollowTheLength() {
        assertThat(header(MsgpackCodec.marshal(stringVal("x".repeat(65535)), S), 3)).isEqualTo("daffff");
        assertThat(header(MsgpackCodec.marshal(stringVal("x".repeat(65536)), S), 5)).isEqualTo("db00010000");
        // 100 three-byte characters: the length guess (str8) is too small and the bytes move behind a str16 header.
        byte[] cjk = MsgpackCodec.marshal(stringVal("\u65e5".repeat(100)), S);
        assertThat(header(cjk, 3)).isEqualTo("da012c");
        assertThat(cjk).hasSize(303);
        assertThat(MsgpackCodec.unmarshal(cjk, S)).isEqualTo(stringVal("\u65e5".repeat(100)));
        List<CtyValue> many = new ArrayList<>();
        for (int i = 0; i < 65536; i++) {
            many.add(CtyValue.TRUE);
        }
        assertThat(header(MsgpackCodec.marshal(CtyValue.listVal(many), CtyType.list(CtyType.BOOL)), 5))
                .isEqualTo("dd00010000");
        assertThat(header(MsgpackCodec.marshal(CtyValue.listVal(many.subList(0, 65535)), CtyType.list(CtyType.BOOL)), 3))
                .isEqualTo("dcffff");
        Map<String, CtyValue> entries = new LinkedHashMap<>();
        for (int i = 0; i < 65536; i++) {
            entries.put("k" + i, CtyValue.TRUE);
        }
        assertThat(header(MsgpackCodec.marshal(CtyValue.mapVal(entries), CtyType.map(CtyType.BOOL)), 5))
                .isEqualTo("df00010000");
        // a type JSON of 256 bytes or more needs a bin16 header in the dynamic wrapper
        Map<String, CtyType> attrs = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            attrs.put("attribute" + i, S);
        }
        byte[] dyn = MsgpackCodec.marshal(CtyValue.nullVal(CtyType.object(attrs)), CtyType.DYNAMIC);
        assertThat(HEX.formatHex(dyn, 0, 2)).isEqualTo("92c5");
    }

    @Test
    void lonelySurrogatesAreWrittenAsReplacementCharacters() {
        assertThat(HEX.formatHex(MsgpackCodec.marshal(stringVal("a\uD800b"), S))).isEqualTo("a561efbfbd62");
    }

    @Test
    void invalidUtf8DecodesToOneReplacementCharacterPerBadByte() {
        assertThat(MsgpackCodec.unmarshal(HEX.parseHex("a4e282ff61"), S)).isEqualTo(stringVal("\uFFFD\uFFFD\uFFFDa"));
    }

    @Test
    void markedValuesAreRefusedWithTheirPath() {
        CtyType t = CtyType.object(Map.of("a", CtyType.list(S)));
        CtyValue v = objectVal(Map.of("a", CtyValue.listVal(List.of(stringVal("x"), stringVal("y").mark(Marks.SENSITIVE)))));
        CtyMsgpackException e = catchThrowableOfType(() -> MsgpackCodec.marshal(v, t), CtyMsgpackException.class);
        assertThat(e.path()).isEqualTo(CtyPath.root().getAttr("a").index(1));
        assertThat(e.rawMessage()).isEqualTo("value has marks, so it cannot be serialized");
        assertThat(e.getMessage()).isEqualTo(".a[1]: value has marks, so it cannot be serialized");
        CtyMsgpackException top = catchThrowableOfType(
                () -> MsgpackCodec.marshal(stringVal("s").mark(Marks.SENSITIVE), CtyType.DYNAMIC), CtyMsgpackException.class);
        assertThat(top.getMessage()).isEqualTo("value has marks, so it cannot be serialized");
        CtyValue inSet = CtyValue.setVal(List.of(stringVal("x").mark(Marks.SENSITIVE)));
        assertThat(catchThrowableOfType(() -> MsgpackCodec.marshal(inSet, CtyType.set(S)), CtyMsgpackException.class))
                .isNotNull();
    }

    @Test
    void nonConformingValuesAreConvertedOrRejected() {
        assertThat(HEX.formatHex(MsgpackCodec.marshal(stringVal("15"), N))).isEqualTo("0f");
        assertThat(HEX.formatHex(MsgpackCodec.marshal(CtyValue.listVal(List.of(numberIntVal(1))), CtyType.set(S))))
                .isEqualTo("91a131");
        assertThat(HEX.formatHex(MsgpackCodec.marshal(CtyValue.nullVal(CtyType.DYNAMIC), S))).isEqualTo("c0");
        CtyMsgpackException e = catchThrowableOfType(
                () -> MsgpackCodec.marshal(objectVal(Map.of("a", stringVal("x"))), CtyType.object(Map.of("a", N))),
                CtyMsgpackException.class);
        assertThat(e.getMessage()).isEqualTo(".a: a number is required");
    }

    @Test
    void hugeCountsDoNotAllocateOrHang() {
        CtyMsgpackException e = catchThrowableOfType(
                () -> MsgpackCodec.unmarshal(HEX.parseHex("ddffffffffa161"), CtyType.list(S)), CtyMsgpackException.class);
        assertThat(e.getMessage()).isEqualTo("[1]: EOF");
        assertThat(catchThrowableOfType(() -> MsgpackCodec.unmarshal(HEX.parseHex("dfffffffffa161a162"),
                CtyType.map(S)), CtyMsgpackException.class).getMessage()).isEqualTo("[\"\"]: EOF");
        assertThat(catchThrowableOfType(() -> MsgpackCodec.unmarshal(HEX.parseHex("dbffffffff61"), S),
                CtyMsgpackException.class).getMessage()).isEqualTo("string is required");
        assertThat(catchThrowableOfType(() -> MsgpackCodec.impliedType(HEX.parseHex("ddffffffff01")),
                CtyMsgpackException.class).getMessage()).isEqualTo("EOF");
    }

    @Test
    void deepNestingFailsCleanly() {
        byte[] arrays = new byte[100_000];
        java.util.Arrays.fill(arrays, (byte) 0x91);
        assertThat(catchThrowableOfType(() -> MsgpackCodec.impliedType(arrays), CtyMsgpackException.class)).isNotNull();
        StringBuilder dyn = new StringBuilder();
        String listOfDynamic = "[\"list\",\"dynamic\"]";
        for (int i = 0; i < 2000; i++) {
            dyn.append("9192c412").append(hexOf(listOfDynamic));
        }
        byte[] nested = HEX.parseHex(dyn.toString());
        assertThat(catchThrowableOfType(() -> MsgpackCodec.unmarshal(nested, CtyType.list(CtyType.DYNAMIC)),
                CtyMsgpackException.class)).isNotNull();
    }

    @Test
    void dynamicElementsOfDifferentTypesAreAnErrorWhereGoCtyPanics() {
        byte[] b = HEX.parseHex("9292c40622626f6f6c22c392c40822737472696e6722a161");
        CtyMsgpackException e = catchThrowableOfType(() -> MsgpackCodec.unmarshal(b, CtyType.list(CtyType.DYNAMIC)),
                CtyMsgpackException.class);
        assertThat(e).isNotNull();
    }

    @Test
    void byteRangeOverloadReadsOnlyTheRange() {
        byte[] b = HEX.parseHex("ffa161ff");
        assertThat(MsgpackCodec.unmarshal(b, 1, 2, S)).isEqualTo(stringVal("a"));
        assertThat(catchThrowableOfType(() -> MsgpackCodec.unmarshal(b, 1, 1, S), CtyMsgpackException.class)
                .getMessage()).isEqualTo("string is required");
        assertThat(catchThrowableOfType(() -> MsgpackCodec.unmarshal(b, 3, 2, S), CtyMsgpackException.class))
                .isNotNull();
    }

    @Test
    void largeObjectsUseTheSortedKeyFastPathAndTheFallback() {
        Map<String, CtyType> attrs = new LinkedHashMap<>();
        Map<String, CtyValue> vals = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            attrs.put("attr_" + i, N);
            vals.put("attr_" + i, numberIntVal(i));
        }
        CtyType t = CtyType.object(attrs);
        CtyValue v = objectVal(vals);
        byte[] sorted = MsgpackCodec.marshal(v, t);
        assertThat(MsgpackCodec.unmarshal(sorted, t)).isEqualTo(v);
        // the same object with its keys in reverse order
        MsgpackWriter w = new MsgpackWriter(16);
        w.writeMapHeader(1000);
        for (int i = 999; i >= 0; i--) {
            w.writeString("attr_" + i);
            w.writeInt(i);
        }
        assertThat(MsgpackCodec.unmarshal(w.toByteArray(), t)).isEqualTo(v);
    }

    @Test
    void theCodecNeedsNoMsgpackLibrary() {
        // The codec is self-contained; msgpack-core belongs to the modules that use it (event-contracts, rpc).
        assertThatThrownBy(() -> Class.forName("org.msgpack.core.MessagePack"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void decodedObjectsShareTheSchemaTypeInsteadOfRebuildingIt() {
        CtyType inner = CtyType.object(Map.of("x", N, "y", CtyType.list(S)));
        CtyType t = CtyType.object(Map.of("a", S, "b", inner, "c", CtyType.set(inner)));
        CtyValue in = objectVal(Map.of("x", numberIntVal(1), "y", CtyValue.listVal(List.of(stringVal("p")))));
        CtyValue v = objectVal(Map.of("a", stringVal("s"), "b", in, "c", CtyValue.setVal(List.of(in))));
        CtyValue back = MsgpackCodec.unmarshal(MsgpackCodec.marshal(v, t), t);
        assertThat(back).isEqualTo(v);
        assertThat(back.type()).isSameAs(t);
        assertThat(back.getAttr("b").type()).isSameAs(inner);
        // a dynamic attribute takes the type of what was read
        CtyType dyn = CtyType.object(Map.of("a", CtyType.DYNAMIC, "b", N));
        CtyValue d = objectVal(Map.of("a", stringVal("s"), "b", numberIntVal(2)));
        assertThat(MsgpackCodec.unmarshal(MsgpackCodec.marshal(d, dyn), dyn)).isEqualTo(d);
    }

    @Test
    void repeatedObjectKeysOverwriteAndLeaveAttributesOut() {
        CtyType t = CtyType.object(Map.of("a", S, "b", N));
        // {"b":1,"a":"x"}: any key order is read
        assertThat(MsgpackCodec.unmarshal(HEX.parseHex("82a16201a161a178"), t))
                .isEqualTo(objectVal(Map.of("a", stringVal("x"), "b", numberIntVal(1))));
        // {"a":"x","a":"y"}: go-cty keeps the last value and builds an object of the attributes it saw
        CtyValue dup = MsgpackCodec.unmarshal(HEX.parseHex("82a161a178a161a179"), t);
        assertThat(dup).isEqualTo(objectVal(Map.of("a", stringVal("y"))));
        assertThat(dup.type()).isEqualTo(CtyType.object(Map.of("a", S)));
        assertThat(catchThrowableOfType(() -> MsgpackCodec.unmarshal(HEX.parseHex("82a161a178a163a179"), t),
                CtyMsgpackException.class)).hasMessage("[\"c\"]: unsupported attribute");
    }

    private static void assertEncodes(CtyValue v, CtyType t, String hex) {
        byte[] b = MsgpackCodec.marshal(v, t);
        assertThat(HEX.formatHex(b)).as("%s", v).isEqualTo(hex);
        assertThat(MsgpackCodec.unmarshal(b, t).ctyEquals(v).asBool()).as("%s", v).isTrue();
    }

    private static String header(byte[] b, int n) {
        return HEX.formatHex(b, 0, n);
    }

    private static String hexOf(String ascii) {
        return HEX.formatHex(ascii.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
