package io.vertiform.testkit.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedSourceTest {

    @Test
    void propertyBeatsEnvironmentWhichBeatsRandom() {
        Map<String, String> props = Map.of(SeedSource.PROPERTY, "17");
        Map<String, String> env = Map.of(SeedSource.ENV, "-3");
        assertThat(SeedSource.resolve(props::get, env::get)).isEqualTo(new SeedSource.BaseSeed(17, "-Dvertiform.seed"));
        assertThat(SeedSource.resolve(k -> null, env::get)).isEqualTo(new SeedSource.BaseSeed(-3, "VERTIFORM_SEED"));
        SeedSource.BaseSeed random = SeedSource.resolve(k -> null, k -> null);
        assertThat(random.origin()).isEqualTo("random");
        assertThat(SeedSource.resolve(k -> " ", k -> null)).isEqualTo(random);
    }

    @Test
    void aBadSeedNamesItsOrigin() {
        assertThatThrownBy(() -> SeedSource.resolve(k -> "12x", k -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Dvertiform.seed").hasMessageContaining("12x");
    }

    @Test
    void derivedSeedsAreStablePerTestAndDifferAcrossTests() {
        long a = SeedSource.derive(1, "[class:A]/[method:a()]");
        assertThat(SeedSource.derive(1, "[class:A]/[method:a()]")).isEqualTo(a);
        assertThat(SeedSource.derive(1, "[class:A]/[method:b()]")).isNotEqualTo(a);
        assertThat(SeedSource.derive(2, "[class:A]/[method:a()]")).isNotEqualTo(a);
    }
}
