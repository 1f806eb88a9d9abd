package io.vertiform.tools.flavorpack.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VerificationPolicyTest {

    @Test
    void strictUnlessExplicitlyOptedOut() {
        assertThat(VerificationPolicy.fromEnvironment(Map.of())).isEqualTo(VerificationPolicy.STRICT);
        assertThat(VerificationPolicy.fromEnvironment(Map.of("VERTIFORM_VERIFICATION", " "))).isEqualTo(VerificationPolicy.STRICT);
        assertThat(VerificationPolicy.fromEnvironment(Map.of("VERTIFORM_VERIFICATION", "None")))
                .isEqualTo(VerificationPolicy.NONE);
        assertThat(VerificationPolicy.fromEnvironment(Map.of("VERTIFORM_VERIFICATION", "always")))
                .isEqualTo(VerificationPolicy.ALWAYS);
        assertThatThrownBy(() -> VerificationPolicy.fromEnvironment(Map.of("VERTIFORM_VERIFICATION", "off")))
                .hasMessageContaining("strict, always or none");
    }
}
