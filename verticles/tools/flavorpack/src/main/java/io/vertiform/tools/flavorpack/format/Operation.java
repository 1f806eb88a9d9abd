package io.vertiform.tools.flavorpack.format;

/** v0 operation opcodes of FEP-0001; this implementation (and our launcher stub) reverses TAR and GZIP only. */
public enum Operation {
    TAR(0x01, "tar", true),
    GZIP(0x10, "gzip", true),
    BZIP2(0x13, "bzip2", false),
    XZ(0x16, "xz", false),
    ZSTD(0x1B, "zstd", false);

    private final int code;
    private final String label;
    private final boolean supported;

    Operation(int code, String label, boolean supported) {
        this.code = code;
        this.label = label;
        this.supported = supported;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean supported() {
        return supported;
    }

    public static Operation ofCode(int code) {
        for (Operation op : values()) {
            if (op.code == code) {
                return op;
            }
        }
        return null;
    }
}
