package io.vertiform.tools.flavorpack.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class SlotDescriptorTest {

    @Test
    void encodesSevenU64sThenEightBytes() {
        SlotDescriptor d = new SlotDescriptor(2, 0x1122334455667788L, 4096, 1000, 5000, 0x1001, -42L, 1, 2, 3, 1, 0700);
        byte[] bytes = d.encode();
        assertThat(bytes).hasSize(64);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getLong(0)).isEqualTo(2);
        assertThat(b.getLong(8)).isEqualTo(0x1122334455667788L);
        assertThat(b.getLong(16)).isEqualTo(4096);
        assertThat(b.getLong(24)).isEqualTo(1000);
        assertThat(b.getLong(32)).isEqualTo(5000);
        assertThat(b.getLong(40)).isEqualTo(0x1001);
        assertThat(b.getLong(48)).isEqualTo(-42L);
        assertThat(bytes[56]).isEqualTo((byte) 1);
        assertThat(bytes[57]).isEqualTo((byte) 2);
        assertThat(bytes[62]).isEqualTo((byte) 0xC0);
        assertThat(bytes[63]).isEqualTo((byte) 0x01);
        byte[] table = new byte[128];
        System.arraycopy(bytes, 0, table, 64, 64);
        assertThat(SlotDescriptor.decode(table, 1)).isEqualTo(d);
    }

    @Test
    void checksumIsTheLittleEndianPrefixOfSha256AndPrintsAsSixteenHexDigits() {
        byte[] digest = Digests.sha256(new byte[] {1, 2, 3});
        long prefix = Digests.prefix64(digest);
        assertThat(prefix & 0xFF).isEqualTo(digest[0] & 0xFF);
        assertThat(Digests.hex16(prefix)).hasSize(16).isEqualTo(String.format("%016x", prefix));
        assertThat(Digests.hex16(1)).isEqualTo("0000000000000001");
    }
}
