package io.vertiform.contracts.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

class LocalCodecTest {

    record Thing(String value) {
        static final WireFormat<Thing> WIRE = WireFormat.of(Thing.class, "test.Thing", 1,
                (out, v) -> out.string(v.value), in -> new Thing(in.string()));
    }

    @Test
    void transformReturnsTheVeryInstance() {
        Thing thing = new Thing("x");
        LocalCodec<Thing> codec = LocalCodec.of(Thing.WIRE);
        assertThat(codec.transform(thing)).isSameAs(thing);
        assertThat(codec.name()).isEqualTo("local:test.Thing");
    }

    @Test
    void reachingTheWireIsAWiringErrorThatNamesTheType() {
        LocalCodec<Thing> codec = LocalCodec.of(Thing.WIRE);
        assertThatThrownBy(() -> codec.encodeToWire(Buffer.buffer(), new Thing("x")))
                .isInstanceOf(ContractCodecException.class).hasMessageContaining(Thing.class.getName());
        assertThatThrownBy(() -> codec.decodeFromWire(0, Buffer.buffer()))
                .isInstanceOf(ContractCodecException.class);
    }
}
