package io.vertiform.contracts.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.contracts.codec.LocalCodec;
import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.contracts.codec.MsgpackCodec;
import io.vertiform.contracts.codec.WireFormat;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HubRecordsRoundTripTest {

    @Test
    void everyHubRecordSurvivesTheBinaryCodecAndKeepsItsInstanceLocally() {
        for (Object sample : HubSamples.all()) {
            assertRoundTrip(formatOf(sample), sample);
        }
    }

    @Test
    void samplesCoverEveryHubFormat() {
        Set<Class<?>> sampled = HubSamples.all().stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> declared = new HubContractFormats().formats().stream()
                .map(WireFormat::type).collect(Collectors.toSet());
        assertThat(sampled).isEqualTo(declared);
    }

    @Test
    void metadataIsSortedAndImmutableSoEqualEntriesEncodeEqually() {
        ComponentRegistration a = ComponentRegistration.of("x", "k", "t", Map.of("b", "2", "a", "1"));
        ComponentRegistration b = ComponentRegistration.of("x", "k", "t", Map.of("a", "1", "b", "2"));
        MsgpackCodec<ComponentRegistration> codec = new MsgpackCodec<>(ComponentRegistration.WIRE);
        assertThat(codec.encode(a)).isEqualTo(codec.encode(b));
        assertThat(a.metadata().keySet()).containsExactly("a", "b");
        assertThatThrownBy(() -> a.metadata().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordsRejectBlankIdentity() {
        assertThatThrownBy(() -> ComponentRegistration.of(" ", "k", "t", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address");
        assertThatThrownBy(() -> new DiscoverRequest("", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new UnregisterReply(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void discoverAndUnregisterMatchWithWildcards() {
        ComponentRegistration reg = HubSamples.registration();
        assertThat(DiscoverRequest.all().matches(reg)).isTrue();
        assertThat(DiscoverRequest.ofKind(ComponentKinds.RESOURCE).matches(reg)).isTrue();
        assertThat(new DiscoverRequest(ComponentKinds.RESOURCE, "other").matches(reg)).isFalse();
        assertThat(DiscoverRequest.ofKind(ComponentKinds.FUNCTION).matches(reg)).isFalse();
        assertThat(Unregister.address(reg.address()).matches(reg)).isTrue();
        assertThat(new Unregister(reg.address(), null, "other").matches(reg)).isFalse();
        assertThat(Unregister.address("elsewhere").matches(reg)).isFalse();
    }

    @Test
    void keyDistinguishesNodesKindsTypesAndAddresses() {
        ComponentRegistration reg = HubSamples.registration();
        assertThat(List.of(reg.key(), reg.withNodeId("other").key(),
                new ComponentRegistration("other", reg.kind(), reg.typeName(), null, reg.nodeId()).key(),
                new ComponentRegistration(reg.address(), "k2", reg.typeName(), null, reg.nodeId()).key()))
                .doesNotHaveDuplicates();
    }

    @SuppressWarnings("unchecked")
    private static <T> WireFormat<T> formatOf(T sample) {
        return (WireFormat<T>) MessageCodecs.formats().stream()
                .filter(f -> f.type() == sample.getClass()).findFirst()
                .orElseThrow(() -> new AssertionError("no wire format for " + sample.getClass()));
    }

    private static <T> void assertRoundTrip(WireFormat<T> format, T sample) {
        MsgpackCodec<T> codec = new MsgpackCodec<>(format);
        Buffer buffer = Buffer.buffer().appendString("prefix");
        codec.encodeToWire(buffer, sample);
        T decoded = codec.decodeFromWire("prefix".length(), buffer);
        assertThat(decoded).as(format.name()).isEqualTo(sample).isNotSameAs(sample);
        assertThat(codec.transform(sample)).isSameAs(sample);
        assertThat(LocalCodec.of(format).transform(sample)).isSameAs(sample);
    }
}
