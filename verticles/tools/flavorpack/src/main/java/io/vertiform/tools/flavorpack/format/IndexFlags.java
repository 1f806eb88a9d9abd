package io.vertiform.tools.flavorpack.format;

/** Bits of the index {@code flags} field, in the Python/FEP-0001 assignment (not the generated proto enum's). */
public final class IndexFlags {
    public static final int MMAP = 1;
    public static final int SIGNED = 1 << 1;
    public static final int COMPRESSED = 1 << 2;
    public static final int ENCRYPTED = 1 << 3;
    public static final int REPRODUCIBLE = 1 << 4;
    public static final int STREAMING = 1 << 5;

    private IndexFlags() {
    }

    public static boolean isSigned(int flags) {
        return (flags & SIGNED) != 0;
    }
}
