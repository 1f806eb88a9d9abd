package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.ValueConformance;

/**
 * go-cty's msgpack encoding of values ({@code cty/msgpack}), the form Terraform uses for {@code DynamicValue}s.
 * Output is byte-for-byte what go-cty 1.18 produces; input is read with go-cty's leniencies. Unknown values travel as
 * extensions (refined ones as extension 12), and where the type is {@link CtyType#DYNAMIC} a value is wrapped as
 * {@code [type JSON as bin, value]}.
 */
public final class MsgpackCodec {
    private MsgpackCodec() {
    }

    /**
     * Encodes {@code value} for decoding later as {@code type}.
     *
     * @throws CtyMsgpackException for marked values or a value whose type does not conform to {@code type}
     */
    public static byte[] marshal(CtyValue value, CtyType type) {
        CtyValue v = ValueConformance.conform(value, type, CtyMsgpackException::new);
        MsgpackWriter out = new MsgpackWriter(256);
        new ValueMsgpackEncoder(out).encode(v, type);
        return out.toByteArray();
    }

    /**
     * Decodes a value of {@code type}. Bytes after the first complete value are ignored, as in go-cty.
     *
     * @throws CtyMsgpackException with go-cty's message and the path where decoding failed; this is the only
     *                             exception thrown for any input
     */
    public static CtyValue unmarshal(byte[] bytes, CtyType type) {
        return unmarshal(bytes, 0, bytes.length, type);
    }

    /** {@link #unmarshal(byte[], CtyType)} for {@code len} bytes of {@code bytes} starting at {@code off}. */
    public static CtyValue unmarshal(byte[] bytes, int off, int len, CtyType type) {
        if (off < 0 || len < 0 || off + len > bytes.length || off + len < 0) {
            throw new CtyMsgpackException(CtyPath.root(), "byte range out of bounds");
        }
        return new ValueMsgpackDecoder(new MsgpackReader(bytes, off, off + len), 0).decode(type);
    }

    /**
     * go-cty's {@code ImpliedType}: the type a value would have if decoded without a schema.
     *
     * @throws CtyMsgpackException for malformed input or bytes after the value
     */
    public static CtyType impliedType(byte[] bytes) {
        return MsgpackImpliedType.of(bytes);
    }
}
