package io.vertiform.cty.json;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vertiform.cty.CtyType;

import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the JSON value, type and implied-type decoders: any exception other than
 * {@link CtyJsonException} is a finding. A plain {@code mvn test} replays the saved inputs under
 * {@code JsonFuzzTestInputs/}; to fuzz, run with {@code JAZZER_FUZZ=1 mvn test -Dtest=JsonFuzzTest#decode}.
 */
class JsonFuzzTest {
    private static final List<CtyType> TYPES = List.of(CtyType.STRING, CtyType.NUMBER, CtyType.BOOL, CtyType.DYNAMIC,
            CtyType.list(CtyType.DYNAMIC), CtyType.map(CtyType.NUMBER), CtyType.set(CtyType.STRING),
            CtyType.tuple(List.of(CtyType.STRING, CtyType.NUMBER)),
            CtyType.object(Map.of("a", CtyType.STRING, "b", CtyType.list(CtyType.DYNAMIC))));

    @FuzzTest(maxDuration = "5m")
    void decode(FuzzedDataProvider data) {
        CtyType type = TYPES.get(data.consumeInt(0, TYPES.size() - 1));
        byte[] json = data.consumeRemainingAsBytes();
        try {
            ValueJson.unmarshal(json, type);
        } catch (CtyJsonException expected) {
            // rejected input
        }
        try {
            TypeJson.unmarshal(json);
        } catch (CtyJsonException expected) {
            // rejected input
        }
        try {
            ValueJson.impliedType(json);
        } catch (CtyJsonException expected) {
            // rejected input
        }
    }
}
