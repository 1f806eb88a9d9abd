package io.vertiform.cty.msgpack;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vertiform.cty.CtyType;

/**
 * Coverage-guided fuzzing of the msgpack decoder: any exception other than {@link CtyMsgpackException} is a finding.
 * Decoded values are not encoded again here: a short number text such as {@code "1p123490246"} is a valid cty number
 * whose decimal form has tens of millions of digits (in go-cty too), so re-encoding would only time out.
 * A plain {@code mvn test} replays the saved inputs under {@code MsgpackFuzzTestInputs/}; to fuzz, run with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=MsgpackFuzzTest#decode}.
 */
class MsgpackFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void decode(FuzzedDataProvider data) {
        CtyType type = CodecSamples.TYPES.get(data.consumeInt(0, CodecSamples.TYPES.size() - 1));
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            MsgpackCodec.unmarshal(bytes, type);
        } catch (CtyMsgpackException expected) {
            // rejected input
        }
        try {
            MsgpackCodec.impliedType(bytes);
        } catch (CtyMsgpackException expected) {
            // rejected input
        }
    }
}
