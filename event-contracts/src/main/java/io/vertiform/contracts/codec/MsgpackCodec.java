package io.vertiform.contracts.codec;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/**
 * Binary codec for the clustered bus: a 4-byte length followed by the MessagePack record.
 *
 * <p>Delivery to a consumer on the same node still hands over the sender's instance: contract types are
 * immutable records, so a copy would buy nothing.
 */
public final class MsgpackCodec<T> implements MessageCodec<T, T> {
    /** Invalid UTF-8 from a peer is an error, not silently replaced text. */
    private static final MessagePack.UnpackerConfig STRICT = new MessagePack.UnpackerConfig()
            .withActionOnMalformedString(CodingErrorAction.REPORT)
            .withActionOnUnmappableString(CodingErrorAction.REPORT);

    private final WireFormat<T> format;

    public MsgpackCodec(WireFormat<T> format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    public WireFormat<T> format() {
        return format;
    }

    /** The MessagePack bytes of one value, without the length prefix. */
    public byte[] encode(T value) {
        Objects.requireNonNull(value, "value");
        try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
            format.writeRecord(packer, value);
            return packer.toByteArray();
        } catch (IOException e) {
            throw new ContractCodecException("cannot encode " + format.name() + ": " + e.getMessage(), e);
        }
    }

    /** Decodes bytes produced by {@link #encode}; trailing bytes after the record are an error. */
    public T decode(byte[] bytes) {
        try (MessageUnpacker unpacker = STRICT.newUnpacker(bytes)) {
            T value = format.readRecord(unpacker);
            if (unpacker.hasNext()) {
                throw new ContractCodecException(format.name() + ": trailing bytes after the record");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ContractCodecException cce) {
                throw cce;
            }
            throw new ContractCodecException("cannot decode " + format.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void encodeToWire(Buffer buffer, T value) {
        byte[] bytes = encode(value);
        buffer.appendInt(bytes.length).appendBytes(bytes);
    }

    @Override
    public T decodeFromWire(int pos, Buffer buffer) {
        int length = buffer.getInt(pos);
        if (length < 0 || pos + 4 + length > buffer.length()) {
            throw new ContractCodecException(format.name() + ": bad frame length " + length);
        }
        return decode(buffer.getBytes(pos + 4, pos + 4 + length));
    }

    @Override
    public T transform(T value) {
        return value;
    }

    @Override
    public String name() {
        return format.name();
    }

    @Override
    public byte systemCodecID() {
        return -1;
    }
}
