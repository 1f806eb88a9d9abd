package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.vertiform.cty.CtyValue.nullVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static io.vertiform.cty.CtyValue.unknownVal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain (unrefined) byte vectors of NOTES-protocol.md §3.3, from terraform-plugin-go's tftypes tests; the
 * refinement vectors are in {@link MsgpackRefinementTest}.
 */
class MsgpackNotesVectorsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final CtyType S = CtyType.STRING;
    private static final CtyType D = CtyType.DYNAMIC;

    private record Vector(CtyValue value, CtyType type, String hex) {
    }

    private static final List<Vector> VECTORS = List.of(
            new Vector(stringVal("hello"), S, "a568656c6c6f"),
            new Vector(stringVal(""), S, "a0"),
            new Vector(nullVal(S), S, "c0"),
            new Vector(unknownVal(S), S, "d40000"),
            new Vector(CtyValue.TRUE, CtyType.BOOL, "c3"),
            new Vector(CtyValue.numberIntVal(1), CtyType.NUMBER, "01"),
            new Vector(CtyValue.numberFloatVal(1.5), CtyType.NUMBER, "cb3ff8000000000000"),
            new Vector(CtyValue.parseNumberVal("0.8"), CtyType.NUMBER, "a3302e38"),
            new Vector(CtyValue.POSITIVE_INFINITY, CtyType.NUMBER, "cb7ff0000000000000"),
            new Vector(CtyValue.parseNumberVal("9".repeat(100)), CtyType.NUMBER, "d964" + "39".repeat(100)),
            new Vector(CtyValue.TRUE, D, "92c40622626f6f6c22c3"),
            new Vector(stringVal("hello"), D, "92c40822737472696e6722a568656c6c6f"),
            new Vector(CtyValue.listVal(List.of(stringVal("hello"))), D,
                    "92c4115b226c697374222c22737472696e67225d91a568656c6c6f"),
            new Vector(CtyValue.objectVal(Map.of("greeting", stringVal("hello"))), CtyType.object(Map.of("greeting", D)),
                    "81a86772656574696e6792c40822737472696e6722a568656c6c6f"),
            new Vector(nullVal(S), D, "92c40822737472696e6722c0"),
            new Vector(CtyValue.objectVal(Map.of("a", nullVal(D))), CtyType.object(Map.of("a", D)), "81a161c0"),
            new Vector(CtyValue.objectVal(Map.of("a", unknownVal(S), "b", unknownVal(S))),
                    CtyType.object(Map.of("a", S, "b", S)), "82a161d40000a162d40000"),
            new Vector(CtyValue.DYNAMIC_VAL, D, "d40000"),
            new Vector(nullVal(D), D, "c0"),
            new Vector(unknownVal(S), D, "92c40822737472696e6722d40000"));

    @Test
    void encodesEveryVector() {
        for (Vector v : VECTORS) {
            assertThat(HEX.formatHex(MsgpackCodec.marshal(v.value, v.type))).as("%s", v.value).isEqualTo(v.hex);
        }
    }

    @Test
    void decodesEveryVectorToTheSameValue() {
        for (Vector v : VECTORS) {
            assertThat(MsgpackCodec.unmarshal(HEX.parseHex(v.hex), v.type)).as(v.hex).isEqualTo(v.value);
        }
    }
}
