package io.vertiform.tools.flavorpack.format;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One 64-byte entry of the slot table ({@code slots.py}/{@code slots.rs}): seven u64 then eight u8.
 * {@code checksum} is the first 8 bytes of SHA-256 over the stored bytes, read little-endian.
 * {@code permissions} is the 16-bit mode stored as {@code permissions_lo}, {@code permissions_hi}.
 */
public record SlotDescriptor(long id, long nameHash, long offset, long size, long originalSize, long operations,
                             long checksum, int purpose, int lifecycle, int priority, int platform,
                             int permissions) {

    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(PspfLayout.SLOT_DESCRIPTOR_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(id).putLong(nameHash).putLong(offset).putLong(size).putLong(originalSize).putLong(operations)
                .putLong(checksum);
        b.put((byte) purpose).put((byte) lifecycle).put((byte) priority).put((byte) platform)
                .put((byte) 0).put((byte) 0).put((byte) (permissions & 0xFF)).put((byte) ((permissions >> 8) & 0xFF));
        return b.array();
    }

    public static SlotDescriptor decode(byte[] table, int index) {
        ByteBuffer b = ByteBuffer.wrap(table, index * PspfLayout.SLOT_DESCRIPTOR_SIZE, PspfLayout.SLOT_DESCRIPTOR_SIZE)
                .order(ByteOrder.LITTLE_ENDIAN);
        long id = b.getLong();
        long nameHash = b.getLong();
        long offset = b.getLong();
        long size = b.getLong();
        long originalSize = b.getLong();
        long operations = b.getLong();
        long checksum = b.getLong();
        int purpose = Byte.toUnsignedInt(b.get());
        int lifecycle = Byte.toUnsignedInt(b.get());
        int priority = Byte.toUnsignedInt(b.get());
        int platform = Byte.toUnsignedInt(b.get());
        b.get();
        b.get();
        int permissions = Byte.toUnsignedInt(b.get()) | (Byte.toUnsignedInt(b.get()) << 8);
        return new SlotDescriptor(id, nameHash, offset, size, originalSize, operations, checksum, purpose, lifecycle,
                priority, platform, permissions);
    }
}
