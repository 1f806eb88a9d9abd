package io.vertiform.tests.cty;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.batch.BatchEngine;
import io.vertiform.cty.msgpack.MsgpackCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Refined unknowns (msgpack ext 12). go-cty 1.12.1, which the oracle links, predates them, so these vectors come from
 * NOTES-protocol.md §3.3 (terraform-plugin-go's byte vectors, go-cty's encoder rules) and from refinements.md, and are
 * checked against our codec directly and through the batch protocol's rich JSON.
 */
class RefinementVectorsTest {
    private final BatchEngine engine = new BatchEngine();

    /** Values that encode to exactly these bytes and decode back to the same rich JSON. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`\"string\"` | `{\"$unknown\":true,\"$refine\":{\"notNull\":true}}` | c7030c8101c2",
        "`\"bool\"` | `{\"$unknown\":true,\"$refine\":{\"notNull\":true}}` | c7030c8101c2",
        "`[\"object\",{\"a\":\"string\"}]` | `{\"$unknown\":true,\"$refine\":{\"notNull\":true}}` | c7030c8101c2",
        "`\"string\"` | `{\"$unknown\":true,\"$refine\":{\"notNull\":true,\"prefix\":\"prefix://\"}}`"
                + " | c70e0c8201c202a97072656669783a2f2f",
        "`\"string\"` | `{\"$unknown\":true,\"$refine\":{\"notNull\":true,\"prefix\":\"https://\"}}`"
                + " | c70d0c8201c202a868747470733a2f2f",
        "`\"number\"` | `{\"$unknown\":true,\"$refine\":{\"notNull\":true,\"numberMin\":1,\"numberMinInclusive\":true,"
                + "\"numberMax\":5,\"numberMaxInclusive\":true}}` | c70b0c8301c2039201c3049205c3",
        "`\"number\"` | `{\"$unknown\":true,\"$refine\":{\"notNull\":true,\"numberMin\":1,\"numberMinInclusive\":false,"
                + "\"numberMax\":5,\"numberMaxInclusive\":false}}` | c70b0c8301c2039201c2049205c2",
        "`\"number\"` | `{\"$unknown\":true,\"$refine\":{\"notNull\":true,\"numberMin\":0.8,\"numberMinInclusive\":false}}`"
                + " | c70a0c8201c20392a3302e38c2",
        "`[\"list\",\"string\"]` | `{\"$unknown\":true,\"$refine\":{\"notNull\":true,\"lengthMin\":1,\"lengthMax\":5}}`"
                + " | c7070c8301c205010605",
        "`[\"map\",\"number\"]` | `{\"$unknown\":true,\"$refine\":{\"notNull\":true,\"lengthMax\":4}}` | c7050c8201c20604",
        "`[\"set\",\"bool\"]` | `{\"$unknown\":true,\"$refine\":{\"notNull\":true,\"lengthMin\":1,\"lengthMax\":3}}`"
                + " | c7070c8301c205010603",
        "`[\"object\",{\"a\":\"string\",\"b\":\"number\"}]` | `{\"a\":{\"$unknown\":true,\"$refine\":{\"notNull\":true}},"
                + "\"b\":{\"$unknown\":true}}` | 82a161c7030c8101c2a162d40000",
        "`\"dynamic\"` | `{\"value\":{\"$unknown\":true,\"$refine\":{\"notNull\":true}},\"type\":\"string\"}`"
                + " | 92c40822737472696e6722c7030c8101c2",
    })
    void encodesAndDecodes(String type, String value, String hex) {
        assertThat(engine.handle(encode(type, value))).isEqualTo("{\"ok\":true,\"hex\":\"" + hex + "\"}");
        assertThat(engine.handle(decode(type, hex))).isEqualTo("{\"ok\":true,\"value\":" + value + "}");
    }

    /** Bytes other encoders write, which must decode to the given rich JSON. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // terraform-plugin-go writes the 0 lower length bound that go-cty omits
        "`[\"map\",\"string\"]` | c7070c8301c205000604 | `{\"$unknown\":true,\"$refine\":{\"notNull\":true,\"lengthMax\":4}}`",
        // the float64 bounds of terraform-plugin-go's vector
        "`\"number\"` | c71b0c8301c20392cb3ff3ae147ae147aec30492cb4016ae147ae147aec3"
                + " | `{\"$unknown\":true,\"$refine\":{\"notNull\":true,\"numberMin\":1.23,\"numberMinInclusive\":true,"
                + "\"numberMax\":5.67,\"numberMaxInclusive\":true}}`",
        // DynamicPseudoType unknowns never carry refinements
        "`\"dynamic\"` | c7030c8101c2 | `{\"$unknown\":true}`",
        // unknown keys and trailing bytes inside the payload are ignored
        "`\"string\"` | c7050c8201c20901 | `{\"$unknown\":true,\"$refine\":{\"notNull\":true}}`",
        "`\"string\"` | c7040c8101c2ff | `{\"$unknown\":true,\"$refine\":{\"notNull\":true}}`",
        // zero- and one-byte ext bodies of any type code are plain unknowns
        "`\"string\"` | d40000 | `{\"$unknown\":true}`",
        "`\"string\"` | d40c07 | `{\"$unknown\":true}`",
        "`\"number\"` | c7000c | `{\"$unknown\":true}`",
        // length [2,2] collapses to a known list of two unknown elements (refinements.md, "Refinement Value Collapse")
        "`[\"list\",\"string\"]` | c7070c8301c205020602 | `[{\"$unknown\":true},{\"$unknown\":true}]`",
    })
    void decodesForeignBytes(String type, String hex, String value) {
        assertThat(engine.handle(decode(type, hex))).isEqualTo("{\"ok\":true,\"value\":" + value + "}");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`\"string\"` | d5050000",                         // non-empty body needs ext code 12
        "`\"number\"` | c7060c8102a361623a",               // a prefix refinement on a number
        "`\"string\"` | c7070c8201c2039201c3",             // number bounds on a string
        "`\"bool\"` | c7050c8201c20501",                   // collection length on a bool
        "`\"string\"` | d50c0101",                         // payload is not a map
        "`\"string\"` | c7050c8101c2",                     // truncated payload
    })
    void rejectsMalformedRefinements(String type, String hex) {
        assertThat(engine.handle(decode(type, hex))).startsWith("{\"ok\":false,\"error\":");
    }

    @Test
    void rejectsOversizedRefinementPayload() {
        byte[] ext = new byte[4 + 1025];
        ext[0] = (byte) 0xc8;
        ext[1] = 0x04;
        ext[2] = 0x01;
        ext[3] = 0x0c;
        ext[4] = (byte) 0x80;
        assertThatThrownBy(() -> MsgpackCodec.unmarshal(ext, CtyType.STRING))
                .isInstanceOf(io.vertiform.cty.msgpack.CtyMsgpackException.class);
    }

    @Test
    void collapsedLengthEncodesAsKnownList() {
        // go-cty collapses only a definitely-not-null list whose length bounds are equal.
        CtyValue v = CtyValue.unknownVal(CtyType.list(CtyType.STRING)).refine().notNull()
                .collectionLengthLowerBound(2).collectionLengthUpperBound(2).newValue();
        assertThat(v.isKnown()).isTrue();
        assertThat(hex(MsgpackCodec.marshal(v, CtyType.list(CtyType.STRING)))).isEqualTo("92d40000d40000");
    }

    /**
     * go-cty's TestRoundTrip_truncatesStringPrefixRefinement: a prefix longer than 256 bytes is truncated on the wire
     * without splitting a character; the decoded value equals the builder's result for the shorter prefix.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "a,1024,'',255",
        "b,1024,'',255",
        "c,255,-,",
        "d,255,\uD83E\uDD37\uD83E\uDD37,255",
    })
    void longPrefixIsTruncatedAtASafeBoundary(String letter, int count, String tail, Integer expectedCount) {
        String prefix = letter.repeat(count) + tail;
        String expected = expectedCount == null ? prefix : letter.repeat(expectedCount);
        CtyValue v = CtyValue.unknownVal(CtyType.STRING).refine().notNull().stringPrefix(prefix).newValue();
        CtyValue back = MsgpackCodec.unmarshal(MsgpackCodec.marshal(v, CtyType.STRING), CtyType.STRING);
        CtyValue want = CtyValue.unknownVal(CtyType.STRING).refine().notNull().stringPrefix(expected).newValue();
        assertThat(back.rawEquals(want)).as("%s vs %s", back.range().stringPrefix(), want.range().stringPrefix())
                .isTrue();
        assertThat(back.range().stringPrefix().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(256);
    }


    @Test
    void numberBoundsSurviveTheRoundTripExactly() {
        CtyValue lower = CtyValue.numberVal(BigFloat.parse("0.1"));
        CtyValue v = CtyValue.unknownVal(CtyType.NUMBER).refine().notNull()
                .numberRangeLowerBound(lower, true).newValue();
        CtyValue back = MsgpackCodec.unmarshal(MsgpackCodec.marshal(v, CtyType.NUMBER), CtyType.NUMBER);
        assertThat(back.rawEquals(v)).as("%s vs %s", back, v).isTrue();
    }

    private static String encode(String type, String value) {
        return "{\"op\":\"msgpack-encode\",\"type\":" + type + ",\"value\":" + value + "}";
    }

    private static String decode(String type, String hex) {
        return "{\"op\":\"msgpack-decode\",\"type\":" + type + ",\"hex\":\"" + hex + "\"}";
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
