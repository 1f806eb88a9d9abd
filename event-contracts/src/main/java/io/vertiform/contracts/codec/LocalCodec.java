package io.vertiform.contracts.codec;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import java.util.Objects;

/**
 * Codec for a bus that never leaves this JVM: the consumer receives the very instance that was sent.
 *
 * <p>Vert.x otherwise needs a codec for every custom body type; going through bytes for an immutable
 * record on the same node would only burn CPU. Reaching the wire means the type was used on a clustered
 * bus without its binary codec, which is a wiring mistake reported loudly.
 */
public final class LocalCodec<T> implements MessageCodec<T, T> {
    private final Class<T> type;
    private final String name;

    public LocalCodec(Class<T> type, String name) {
        this.type = Objects.requireNonNull(type, "type");
        this.name = "local:" + Objects.requireNonNull(name, "name");
    }

    public static <T> LocalCodec<T> of(WireFormat<T> format) {
        return new LocalCodec<>(format.type(), format.name());
    }

    @Override
    public void encodeToWire(Buffer buffer, T value) {
        throw new ContractCodecException(type.getName() + " uses the local codec and cannot cross the cluster;"
                + " register codecs after the Vert.x instance is clustered");
    }

    @Override
    public T decodeFromWire(int pos, Buffer buffer) {
        throw new ContractCodecException(type.getName() + " uses the local codec and cannot be read from the wire");
    }

    @Override
    public T transform(T value) {
        return value;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public byte systemCodecID() {
        return -1;
    }
}
