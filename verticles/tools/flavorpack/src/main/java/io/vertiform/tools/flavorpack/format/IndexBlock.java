package io.vertiform.tools.flavorpack.format;

import java.util.Arrays;
import java.util.Objects;

/**
 * The 8192-byte index at the end of a package. {@link #checksum()} is the Adler-32 stored in the block
 * (0 for a block about to be encoded: the codec computes it).
 */
public record IndexBlock(int formatVersion, int checksum, long packageSize, long launcherSize, long metadataOffset,
                         long metadataSize, long slotTableOffset, long slotTableSize, int slotCount, int flags,
                         byte[] publicKey, byte[] metadataChecksum, byte[] signature, IndexHints hints) {

    public IndexBlock {
        publicKey = exact(publicKey, PspfLayout.ED25519_KEY_SIZE, "publicKey");
        metadataChecksum = exact(metadataChecksum, 32, "metadataChecksum");
        signature = exact(signature, PspfLayout.ED25519_SIGNATURE_SIZE, "signature");
        Objects.requireNonNull(hints, "hints");
    }

    private static byte[] exact(byte[] value, int size, String name) {
        if (value == null || value.length != size) {
            throw new IllegalArgumentException(name + " must be " + size + " bytes");
        }
        return value.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] metadataChecksum() {
        return metadataChecksum.clone();
    }

    /** The Ed25519 signature: the first 64 bytes of the 512-byte signature field. */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public boolean signed() {
        return IndexFlags.isSigned(flags);
    }

    public IndexBlock withChecksum(int newChecksum) {
        return new IndexBlock(formatVersion, newChecksum, packageSize, launcherSize, metadataOffset, metadataSize,
                slotTableOffset, slotTableSize, slotCount, flags, publicKey, metadataChecksum, signature, hints);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexBlock b && formatVersion == b.formatVersion && checksum == b.checksum
                && packageSize == b.packageSize && launcherSize == b.launcherSize
                && metadataOffset == b.metadataOffset && metadataSize == b.metadataSize
                && slotTableOffset == b.slotTableOffset && slotTableSize == b.slotTableSize
                && slotCount == b.slotCount && flags == b.flags && Arrays.equals(publicKey, b.publicKey)
                && Arrays.equals(metadataChecksum, b.metadataChecksum) && Arrays.equals(signature, b.signature)
                && hints.equals(b.hints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packageSize, metadataOffset, Arrays.hashCode(metadataChecksum));
    }
}
