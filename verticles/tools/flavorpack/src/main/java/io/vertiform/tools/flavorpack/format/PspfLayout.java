package io.vertiform.tools.flavorpack.format;

/**
 * Fixed numbers of the PSPF/2025 file layout (flavorpack FEP-0001, as the Python and Rust implementations write it).
 *
 * <pre>
 * [0 .. launcher_size)        native launcher (our stub)
 * [metadata_offset ..)        gzip(JSON metadata)
 * [slot_table_offset ..)      slot_count x 64-byte descriptors
 * [...]                       slot payloads
 * [EOF-8200 .. EOF-8196)      start magic F0 9F 93 A6
 * [EOF-8196 .. EOF-4)         index block, 8192 bytes
 * [EOF-4 .. EOF)              end magic F0 9F AA 84
 * </pre>
 * All integers are little-endian.
 */
public final class PspfLayout {

    public static final int FORMAT_VERSION = 0x20250001;
    public static final String FORMAT_NAME = "PSPF/2025";
    public static final String METADATA_FORMAT_VERSION = "1.0.0";

    public static final int INDEX_SIZE = 8192;
    public static final int MAGIC_SIZE = 4;
    public static final int TRAILER_SIZE = MAGIC_SIZE + INDEX_SIZE + MAGIC_SIZE;
    public static final int SLOT_DESCRIPTOR_SIZE = 64;
    public static final int ALIGNMENT = 8;
    public static final int MAX_SLOTS = 65535;
    /** Cap on decompressed metadata, as the Rust launcher enforces; a hostile gzip bomb cannot exhaust memory. */
    public static final int MAX_METADATA_BYTES = 1 << 20;
    public static final int SIGNATURE_FIELD_SIZE = 512;
    public static final int ED25519_SIGNATURE_SIZE = 64;
    public static final int ED25519_KEY_SIZE = 32;

    private static final byte[] START_MAGIC = {(byte) 0xF0, (byte) 0x9F, (byte) 0x93, (byte) 0xA6};
    private static final byte[] END_MAGIC = {(byte) 0xF0, (byte) 0x9F, (byte) 0xAA, (byte) 0x84};

    private PspfLayout() {
    }

    /** The package emoji that opens the trailer. */
    public static byte[] startMagic() {
        return START_MAGIC.clone();
    }

    /** The wand emoji that ends the file. */
    public static byte[] endMagic() {
        return END_MAGIC.clone();
    }

    public static long align(long offset) {
        long rest = offset % ALIGNMENT;
        return rest == 0 ? offset : offset + ALIGNMENT - rest;
    }
}
