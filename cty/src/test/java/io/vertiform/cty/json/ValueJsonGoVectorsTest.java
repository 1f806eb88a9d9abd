package io.vertiform.cty.json;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Decoding (and re-encoding) JSON exactly as Debian's go-cty does; see go-value-json-decode.tsv. */
class ValueJsonGoVectorsTest {

    @Test
    void decodeVectors() {
        List<String[]> rows = GoVectorFile.rows(getClass(), "go-value-json-decode.tsv");
        assertThat(rows).hasSizeGreaterThan(140);
        for (String[] row : rows) {
            CtyType type = TypeJson.unmarshal(row[0]);
            String json = row[1];
            String want = row[2];
            String context = row[0] + " <- " + json;
            if (want.startsWith("ok:") || want.startsWith("reerr:")) {
                CtyValue v = ValueJson.unmarshal(json, type);
                CtyType rt = v.type().conformsTo(type) ? type : v.type();
                if (want.startsWith("ok:")) {
                    assertThat(ValueJson.marshal(v, rt)).as(context).isEqualTo(want.substring(3));
                    assertThat(TypeJson.marshal(rt)).as(context).isEqualTo(row[3]);
                } else {
                    CtyJsonException e = catchThrowableOfType(() -> ValueJson.marshal(v, rt), CtyJsonException.class);
                    assertThat(e).as(context).isNotNull();
                    GoVectorFile.assertSameError(e, want.substring(6), context);
                }
            } else {
                CtyJsonException e = catchThrowableOfType(() -> ValueJson.unmarshal(json, type), CtyJsonException.class);
                assertThat(e).as(context).isNotNull();
                if (want.startsWith("err:")) {
                    GoVectorFile.assertSameError(e, want.substring(4), context);
                }
            }
        }
    }

    @Test
    void impliedTypeVectors() {
        List<String[]> rows = GoVectorFile.rows(getClass(), "go-implied-type.tsv");
        assertThat(rows).hasSizeGreaterThan(20);
        for (String[] row : rows) {
            String json = row[0];
            String want = row[1];
            if (want.startsWith("ok:")) {
                assertThat(TypeJson.marshal(ValueJson.impliedType(json))).as(json).isEqualTo(want.substring(3));
            } else {
                CtyJsonException e = catchThrowableOfType(() -> ValueJson.impliedType(json), CtyJsonException.class);
                assertThat(e).as(json).isNotNull();
                GoVectorFile.assertSameError(e, want.substring(4), json);
            }
        }
    }
}
