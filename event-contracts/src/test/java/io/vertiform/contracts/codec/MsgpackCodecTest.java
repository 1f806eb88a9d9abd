package io.vertiform.contracts.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

class MsgpackCodecTest {

    record Sample(String name, long count, Map<String, String> tags, byte[] blob, boolean flag) {
        static final WireFormat<Sample> WIRE = WireFormat.of(Sample.class, "test.Sample", 5,
                (out, v) -> out.string(v.name).int64(v.count).stringMap(v.tags).bytes(v.blob).bool(v.flag),
                in -> new Sample(in.string(), in.int64(), in.stringMap(), in.bytes(), in.bool()));
    }

    private final MsgpackCodec<Sample> codec = new MsgpackCodec<>(Sample.WIRE);

    @Test
    void roundTripsEveryFieldKindIncludingNulls() {
        Sample full = new Sample("\uD83D\uDE80 x\u0301", Long.MIN_VALUE, Map.of("k", "v"), new byte[] {0, -1, 7}, true);
        Sample decoded = codec.decode(codec.encode(full));
        assertThat(decoded.name()).isEqualTo(full.name());
        assertThat(decoded.count()).isEqualTo(Long.MIN_VALUE);
        assertThat(decoded.tags()).isEqualTo(Map.of("k", "v"));
        assertThat(decoded.blob()).containsExactly(0, -1, 7);
        assertThat(decoded.flag()).isTrue();

        Sample empty = codec.decode(codec.encode(new Sample(null, 0, null, null, false)));
        assertThat(empty.name()).isNull();
        assertThat(empty.tags()).isNull();
        assertThat(empty.blob()).isNull();
    }

    @Test
    void wireBytesAreAMessagePackArrayOfTheFields() {
        byte[] bytes = codec.encode(new Sample("a", 1, null, null, false));
        // fixarray(5), fixstr "a", positive fixint 1, nil, nil, false
        assertThat(bytes).containsExactly(0x95, 0xa1, 'a', 0x01, 0xc0, 0xc0, 0xc2);
    }

    @Test
    void readerSkipsFieldsANewerWriterAppended() throws IOException {
        try (MessageBufferPacker p = MessagePack.newDefaultBufferPacker()) {
            p.packArrayHeader(7);
            p.packString("n").packLong(5).packNil().packNil().packBoolean(true);
            p.packMapHeader(1).packString("future").packArrayHeader(2).packInt(1).packInt(2);
            p.packString("another");
            Sample s = codec.decode(p.toByteArray());
            assertThat(s.name()).isEqualTo("n");
            assertThat(s.count()).isEqualTo(5);
            assertThat(s.flag()).isTrue();
        }
    }

    @Test
    void tooFewFieldsIsACodecError() throws IOException {
        try (MessageBufferPacker p = MessagePack.newDefaultBufferPacker()) {
            p.packArrayHeader(2).packString("n").packLong(5);
            assertThatThrownBy(() -> codec.decode(p.toByteArray()))
                    .isInstanceOf(ContractCodecException.class)
                    .hasMessageContaining("test.Sample").hasMessageContaining("2 fields");
        }
    }

    @Test
    void trailingBytesBadFramesAndInvalidUtf8AreRejected() {
        byte[] ok = codec.encode(new Sample("a", 1, null, null, false));
        byte[] trailing = java.util.Arrays.copyOf(ok, ok.length + 1);
        assertThatThrownBy(() -> codec.decode(trailing)).isInstanceOf(ContractCodecException.class)
                .hasMessageContaining("trailing");

        Buffer frame = Buffer.buffer().appendInt(1000).appendBytes(ok);
        assertThatThrownBy(() -> codec.decodeFromWire(0, frame)).isInstanceOf(ContractCodecException.class)
                .hasMessageContaining("frame length");

        byte[] badUtf8 = ok.clone();
        badUtf8[2] = (byte) 0xff; // the single byte of the string "a"
        assertThatThrownBy(() -> codec.decode(badUtf8)).isInstanceOf(ContractCodecException.class);
    }

    @Test
    void writerEnforcesTheDeclaredFieldCount() {
        WireFormat<Sample> tooFew = WireFormat.of(Sample.class, "test.TooFew", 5,
                (out, v) -> out.string(v.name), in -> null);
        WireFormat<Sample> tooMany = WireFormat.of(Sample.class, "test.TooMany", 1,
                (out, v) -> out.string(v.name).string(v.name), in -> null);
        Sample s = new Sample("a", 1, null, null, false);
        assertThatThrownBy(() -> new MsgpackCodec<>(tooFew).encode(s)).isInstanceOf(ContractCodecException.class)
                .hasMessageContaining("wrote 1 fields, declared 5");
        assertThatThrownBy(() -> new MsgpackCodec<>(tooMany).encode(s)).isInstanceOf(ContractCodecException.class)
                .hasMessageContaining("more fields");
    }

    @Test
    void localDeliveryHandsOverTheSameInstance() {
        Sample s = new Sample("a", 1, null, null, false);
        assertThat(codec.transform(s)).isSameAs(s);
        assertThat(codec.name()).isEqualTo("test.Sample");
        assertThat(codec.systemCodecID()).isEqualTo((byte) -1);
    }
}
