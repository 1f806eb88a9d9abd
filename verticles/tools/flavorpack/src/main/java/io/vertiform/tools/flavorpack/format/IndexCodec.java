package io.vertiform.tools.flavorpack.format;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.Adler32;

/** Encodes and decodes the index block at the byte offsets of the Python {@code index.py} / Rust {@code index.rs}. */
public final class IndexCodec {

    static final int CHECKSUM_OFFSET = 4;
    private static final int SIGNATURE_OFFSET = 128;
    private static final int HINTS_OFFSET = 640;
    private static final int BUILD_TIMESTAMP_OFFSET = 704;
    private static final int CAPABILITIES_OFFSET = 832;

    private IndexCodec() {
    }

    /** The block with its Adler-32 filled in (the {@code checksum} component of {@code index} is ignored). */
    public static byte[] encode(IndexBlock index) {
        ByteBuffer b = ByteBuffer.allocate(PspfLayout.INDEX_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, index.formatVersion());
        b.putLong(8, index.packageSize());
        b.putLong(16, index.launcherSize());
        b.putLong(24, index.metadataOffset());
        b.putLong(32, index.metadataSize());
        b.putLong(40, index.slotTableOffset());
        b.putLong(48, index.slotTableSize());
        b.putInt(56, index.slotCount());
        b.putInt(60, index.flags());
        b.put(64, index.publicKey());
        b.put(96, index.metadataChecksum());
        b.put(SIGNATURE_OFFSET, index.signature());
        IndexHints h = index.hints();
        b.put(HINTS_OFFSET, (byte) h.accessMode());
        b.put(HINTS_OFFSET + 1, (byte) h.cacheStrategy());
        b.putInt(644, h.pageSize());
        b.putLong(648, h.maxMemory());
        b.putLong(656, h.minMemory());
        b.putLong(664, h.cpuFeatures());
        b.putLong(672, h.gpuRequirements());
        b.putLong(680, h.numaHints());
        b.putInt(688, h.streamChunkSize());
        b.putLong(BUILD_TIMESTAMP_OFFSET, h.buildTimestamp());
        b.put(712, h.buildMachine());
        b.put(744, h.sourceHash());
        b.put(776, h.dependencyHash());
        b.put(808, h.licenseId());
        b.put(824, h.provenanceUri());
        b.putLong(CAPABILITIES_OFFSET, h.capabilities());
        b.putLong(840, h.requirements());
        b.putLong(848, h.extensions());
        b.putInt(856, h.compatibility());
        b.putInt(860, h.protocolVersion());
        byte[] block = b.array();
        ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN).putInt(CHECKSUM_OFFSET, checksumOf(block));
        return block;
    }

    /** Reads every field as stored; checking the checksum is the verifier's job (see {@link #checksumOf}). */
    public static IndexBlock decode(byte[] block) {
        if (block.length != PspfLayout.INDEX_SIZE) {
            throw new IllegalArgumentException("index block must be " + PspfLayout.INDEX_SIZE + " bytes");
        }
        ByteBuffer b = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN);
        IndexHints hints = new IndexHints(
                Byte.toUnsignedInt(b.get(HINTS_OFFSET)), Byte.toUnsignedInt(b.get(HINTS_OFFSET + 1)),
                b.getInt(644), b.getLong(648), b.getLong(656), b.getLong(664), b.getLong(672), b.getLong(680),
                b.getInt(688), b.getLong(BUILD_TIMESTAMP_OFFSET), slice(block, 712, 32), slice(block, 744, 32),
                slice(block, 776, 32), slice(block, 808, 16), slice(block, 824, 8), b.getLong(CAPABILITIES_OFFSET),
                b.getLong(840), b.getLong(848), b.getInt(856), b.getInt(860));
        return new IndexBlock(b.getInt(0), b.getInt(CHECKSUM_OFFSET), b.getLong(8), b.getLong(16), b.getLong(24),
                b.getLong(32), b.getLong(40), b.getLong(48), b.getInt(56), b.getInt(60), slice(block, 64, 32),
                slice(block, 96, 32), slice(block, SIGNATURE_OFFSET, PspfLayout.ED25519_SIGNATURE_SIZE), hints);
    }

    /** Adler-32 of the block with the checksum field taken as zero. */
    public static int checksumOf(byte[] block) {
        Adler32 adler = new Adler32();
        adler.update(block, 0, CHECKSUM_OFFSET);
        adler.update(new byte[4]);
        adler.update(block, CHECKSUM_OFFSET + 4, block.length - CHECKSUM_OFFSET - 4);
        return (int) adler.getValue();
    }

    /** True when bytes of the signature field past the Ed25519 signature are all zero, as writers leave them. */
    public static boolean signatureTailIsZero(byte[] block) {
        for (int i = SIGNATURE_OFFSET + PspfLayout.ED25519_SIGNATURE_SIZE;
             i < SIGNATURE_OFFSET + PspfLayout.SIGNATURE_FIELD_SIZE; i++) {
            if (block[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] block, int offset, int length) {
        byte[] out = new byte[length];
        System.arraycopy(block, offset, out, 0, length);
        return out;
    }
}
