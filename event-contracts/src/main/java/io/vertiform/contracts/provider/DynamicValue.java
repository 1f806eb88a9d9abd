package io.vertiform.contracts.provider;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A cty value exactly as the plugin protocol carried it: MessagePack bytes (what Terraform sends) or JSON bytes.
 * The RPC layer never decodes it; the component that knows the schema does.
 *
 * <p>Components should answer with MessagePack: Terraform 0.13 reads nothing else.
 *
 * @param msgpack MessagePack encoding, empty when absent
 * @param json    JSON encoding, empty when absent
 */
public record DynamicValue(byte[] msgpack, byte[] json) {

    /** A null value of any type, in MessagePack ({@code c0}). */
    public static final DynamicValue NULL = msgpack(new byte[] {(byte) 0xc0});

    public DynamicValue {
        msgpack = Values.bytes(msgpack);
        json = Values.bytes(json);
    }

    public static DynamicValue msgpack(byte[] bytes) {
        return new DynamicValue(bytes, null);
    }

    public static DynamicValue json(byte[] bytes) {
        return new DynamicValue(null, bytes);
    }

    /** Neither encoding is present. */
    public boolean isEmpty() {
        return msgpack.length == 0 && json.length == 0;
    }

    public boolean isMsgpack() {
        return msgpack.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DynamicValue d && Arrays.equals(msgpack, d.msgpack) && Arrays.equals(json, d.json);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(msgpack) + Arrays.hashCode(json);
    }

    @Override
    public String toString() {
        return isMsgpack() ? "DynamicValue[msgpack=" + HexFormat.of().formatHex(msgpack, 0, Math.min(64, msgpack.length))
                + (msgpack.length > 64 ? "…" : "") + "]"
                : "DynamicValue[json=" + new String(json, 0, Math.min(64, json.length), java.nio.charset.StandardCharsets.UTF_8) + "]";
    }
}
