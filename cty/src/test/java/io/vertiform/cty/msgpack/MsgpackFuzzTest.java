package io.vertiform.cty.msgpack;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;

/**
 * Coverage-guided fuzzing of the msgpack decoder: any exception other than {@link CtyMsgpackException} is a finding.
 * A plain {@code mvn test} replays the saved inputs under {@code MsgpackFuzzTestInputs/}; to fuzz, run with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=MsgpackFuzzTest#decode}.
 */
class MsgpackFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void decode(FuzzedDataProvider data) {
        CtyType type = CodecSamples.TYPES.get(data.consumeInt(0, CodecSamples.TYPES.size() - 1));
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            CtyValue v = MsgpackCodec.unmarshal(bytes, type);
            MsgpackCodec.marshal(v, v.type().conformsTo(type) ? type : v.type());
        } catch (CtyMsgpackException expected) {
            // rejected input (or a decoded value go-cty could not write back either)
        }
        try {
            MsgpackCodec.impliedType(bytes);
        } catch (CtyMsgpackException expected) {
            // rejected input
        }
    }
}
