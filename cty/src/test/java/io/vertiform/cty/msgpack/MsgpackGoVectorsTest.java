package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.GoVectorFile;
import io.vertiform.cty.json.TypeJson;
import io.vertiform.cty.json.ValueJson;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Byte vectors produced with Debian's go-cty (adjusted to go-cty 1.18 where marked in the resource files). */
class MsgpackGoVectorsTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void decodeVectors() {
        List<String[]> rows = GoVectorFile.rows(getClass(), "go-msgpack-decode.tsv");
        assertThat(rows).hasSizeGreaterThan(170);
        for (String[] row : rows) {
            CtyType type = TypeJson.unmarshal(row[0]);
            byte[] input = HEX.parseHex(row[1]);
            String want = row[2];
            String context = row[0] + " <- " + row[1];
            if (want.startsWith("ok:")) {
                String[] parts = want.substring(3).split(" ", 3);
                CtyValue v = MsgpackCodec.unmarshal(input, type);
                CtyType rt = v.type().conformsTo(type) ? type : v.type();
                assertThat(HEX.formatHex(MsgpackCodec.marshal(v, rt))).as(context).isEqualTo(parts[0]);
                assertThat(TypeJson.marshal(rt)).as(context).isEqualTo(parts[1]);
                assertThat(v.goString()).as(context).isEqualTo(parts[2]);
            } else {
                CtyMsgpackException e = catchThrowableOfType(() -> MsgpackCodec.unmarshal(input, type),
                        CtyMsgpackException.class);
                assertThat(e).as(context).isNotNull();
                if (want.startsWith("err:")) {
                    GoVectorFile.assertSameError(e, want.substring(4), context);
                }
            }
        }
    }

    @Test
    void encodeVectors() {
        List<String[]> rows = GoVectorFile.rows(getClass(), "go-json-to-msgpack.tsv");
        assertThat(rows).hasSizeGreaterThan(100);
        for (String[] row : rows) {
            CtyType type = TypeJson.unmarshal(row[0]);
            CtyType marshalType = row.length > 3 ? TypeJson.unmarshal(row[2]) : type;
            String want = row[row.length - 1];
            String context = row[0] + " <- " + row[1];
            CtyValue v = ValueJson.unmarshal(row[1], type);
            assertThat(want).as(context).startsWith("ok:");
            byte[] encoded = MsgpackCodec.marshal(v, marshalType);
            assertThat(HEX.formatHex(encoded)).as(context).isEqualTo(want.substring(3));
            assertThat(MsgpackCodec.unmarshal(encoded, marshalType)).as(context).isEqualTo(v);
        }
    }

    @Test
    void impliedTypeVectors() {
        List<String[]> rows = GoVectorFile.rows(getClass(), "go-msgpack-implied-type.tsv");
        assertThat(rows).hasSizeGreaterThan(30);
        for (String[] row : rows) {
            byte[] input = HEX.parseHex(row[0]);
            String want = row[1];
            if (want.startsWith("ok:")) {
                assertThat(TypeJson.marshal(MsgpackCodec.impliedType(input))).as(row[0]).isEqualTo(want.substring(3));
            } else {
                CtyMsgpackException e = catchThrowableOfType(() -> MsgpackCodec.impliedType(input),
                        CtyMsgpackException.class);
                assertThat(e).as(row[0]).isNotNull();
                GoVectorFile.assertSameError(e, want.substring(4), row[0]);
            }
        }
    }
}
