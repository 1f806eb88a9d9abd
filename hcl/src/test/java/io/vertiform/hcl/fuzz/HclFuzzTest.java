package io.vertiform.hcl.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of every parser entry point and of evaluation ({@link FuzzTargets}). A plain
 * {@code mvn test} replays the saved inputs under {@code HclFuzzTestInputs/} (hcl's own fuzz seed corpus);
 * to fuzz, run with {@code JAZZER_FUZZ=1 mvn test -Dtest=HclFuzzTest#parse}.
 */
class HclFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void parse(byte[] input) {
        FuzzTargets.run(input);
    }
}
