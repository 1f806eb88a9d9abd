package io.vertiform.foundation.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentMappingTest {

    private final EnvironmentMapping mapping = EnvironmentMapping.standard();

    @Test
    void knownKeysMapExactlyEvenWithUnderscores() {
        assertThat(mapping.keyFor("VERTIFORM_LOG_LEVEL")).isEqualTo("log.level");
        assertThat(mapping.keyFor("VERTIFORM_HUB_CLUSTER_NAME")).isEqualTo("hub.cluster_name");
        assertThat(mapping.keyFor("VERTIFORM_RESILIENCE_BREAKER_MAX_FAILURES"))
                .isEqualTo("resilience.breaker_max_failures");
        for (String key : ConfigKeys.ALL) {
            assertThat(mapping.keyFor(ConfigKeys.environmentVariable(key))).isEqualTo(key);
        }
    }

    @Test
    void unknownVariablesSplitOnUnderscore() {
        assertThat(mapping.keyFor("VERTIFORM_RPC_PORT")).isEqualTo("rpc.port");
        assertThat(mapping.keyFor("VERTIFORM_")).isNull();
        assertThat(mapping.keyFor("TF_LOG")).isNull();
    }

    @Test
    void emptyValuesAreIgnored() {
        assertThat(mapping.trees(Map.of("VERTIFORM_LOG_LEVEL", "", "VERTIFORM_HUB_HOST", "h", "HOME", "/x")))
                .singleElement().satisfies(t -> {
                    assertThat(t.tree().encode()).isEqualTo("{\"hub\":{\"host\":\"h\"}}");
                    assertThat(t.source().description()).isEqualTo("environment variable VERTIFORM_HUB_HOST");
                });
    }
}
