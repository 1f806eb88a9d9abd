package io.vertiform.tools.flavorpack.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Adler32;
import org.junit.jupiter.api.Test;

class IndexCodecTest {

    private static byte[] filled(int size, int seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static IndexBlock sample() {
        IndexHints hints = new IndexHints(1, 2, 4096, 128L << 20, 8L << 20, 3, 4, 5, 65536, 1_700_000_000L,
                filled(32, 1), filled(32, 2), filled(32, 3), filled(16, 4), filled(8, 5), 3, 6, 7,
                PspfLayout.FORMAT_VERSION, 1);
        return new IndexBlock(PspfLayout.FORMAT_VERSION, 0, 123_456_789L, 4_000_000L, 4_000_000L, 2048, 4_002_048L,
                192, 3, IndexFlags.SIGNED, filled(32, 6), filled(32, 7), filled(64, 8), hints);
    }

    @Test
    void roundTripsEveryField() {
        IndexBlock index = sample();
        byte[] block = IndexCodec.encode(index);
        assertThat(block).hasSize(8192);
        IndexBlock back = IndexCodec.decode(block);
        assertThat(back.withChecksum(0)).isEqualTo(index);
        assertThat(IndexCodec.encode(back)).isEqualTo(block);
    }

    @Test
    void fieldsSitAtThePythonAndRustOffsets() {
        IndexBlock index = sample();
        byte[] block = IndexCodec.encode(index);
        ByteBuffer b = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(0)).isEqualTo(0x20250001);
        assertThat(b.getLong(8)).isEqualTo(123_456_789L);
        assertThat(b.getLong(16)).isEqualTo(4_000_000L);
        assertThat(b.getLong(40)).isEqualTo(4_002_048L);
        assertThat(b.getInt(56)).isEqualTo(3);
        assertThat(b.getInt(60)).isEqualTo(IndexFlags.SIGNED);
        assertThat(Arrays.copyOfRange(block, 64, 96)).isEqualTo(index.publicKey());
        assertThat(Arrays.copyOfRange(block, 96, 128)).isEqualTo(index.metadataChecksum());
        assertThat(Arrays.copyOfRange(block, 128, 192)).isEqualTo(index.signature());
        assertThat(IndexCodec.signatureTailIsZero(block)).isTrue();
        assertThat(b.getInt(644)).isEqualTo(4096);
        assertThat(b.getLong(704)).isEqualTo(1_700_000_000L);
        // Python/Rust: capabilities at 832 and protocol_version at 860 (Go is 8 bytes later).
        assertThat(b.getLong(832)).isEqualTo(3);
        assertThat(b.getInt(856)).isEqualTo(0x20250001);
        assertThat(b.getInt(860)).isEqualTo(1);
        assertThat(Arrays.copyOfRange(block, 864, 8192)).containsOnly(0);
    }

    @Test
    void checksumIsAdler32OfTheBlockWithTheChecksumFieldZeroed() {
        byte[] block = IndexCodec.encode(sample());
        byte[] zeroed = block.clone();
        Arrays.fill(zeroed, 4, 8, (byte) 0);
        Adler32 adler = new Adler32();
        adler.update(zeroed);
        assertThat(ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN).getInt(4)).isEqualTo((int) adler.getValue());
        assertThat(IndexCodec.checksumOf(block)).isEqualTo((int) adler.getValue());
        block[700] ^= 1;
        assertThat(IndexCodec.checksumOf(block)).isNotEqualTo((int) adler.getValue());
    }

    @Test
    void aByteAfterTheEd25519SignatureIsNoticed() {
        byte[] block = IndexCodec.encode(sample());
        block[128 + 64] = 1;
        assertThat(IndexCodec.signatureTailIsZero(block)).isFalse();
    }
}
