package io.vertiform.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProviderAddressesTest {

    @Test
    void perTypeAddressesFollowTheDocumentedScheme() {
        assertThat(ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, "vf_file", ProviderAddresses.PLAN))
                .isEqualTo("vertiform.provider.resource.vf_file.plan");
        assertThat(ProviderAddresses.of(ProviderAddresses.Family.DATA_SOURCE, "vf-x", ProviderAddresses.READ))
                .isEqualTo("vertiform.provider.data-source.vf-x.read");
        assertThat(ProviderAddresses.of(ProviderAddresses.Family.FUNCTION, "upper", ProviderAddresses.CALL))
                .isEqualTo("vertiform.provider.function.upper.call");
    }

    @Test
    void namesThatWouldEscapeTheirSegmentAreRejected() {
        assertThat(ProviderAddresses.isValidTypeName("a.b")).isFalse();
        assertThat(ProviderAddresses.isValidTypeName("")).isFalse();
        assertThat(ProviderAddresses.isValidTypeName("9abc")).isFalse();
        assertThat(ProviderAddresses.isValidTypeName(null)).isFalse();
        assertThat(ProviderAddresses.isValidTypeName("_ok-1")).isTrue();
        assertThatThrownBy(() -> ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, "x.plan", "plan"))
                .hasMessageContaining("resource type");
    }
}
