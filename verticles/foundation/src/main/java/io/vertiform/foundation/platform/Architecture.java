package io.vertiform.foundation.platform;

import java.util.Locale;

/** CPU architectures under the names Go (and so Terraform) uses in {@code GOARCH}. */
public enum Architecture {
    AMD64("amd64"),
    ARM64("arm64"),
    I386("386"),
    ARM("arm"),
    PPC64LE("ppc64le"),
    S390X("s390x"),
    RISCV64("riscv64");

    private final String goName;

    Architecture(String goName) {
        this.goName = goName;
    }

    public String goName() {
        return goName;
    }

    /** Maps a Java {@code os.arch} value; null when Terraform has no build for it. */
    public static Architecture fromJavaName(String osArch) {
        switch (osArch == null ? "" : osArch.toLowerCase(Locale.ROOT)) {
            case "amd64":
            case "x86_64":
            case "x64":
                return AMD64;
            case "aarch64":
            case "arm64":
                return ARM64;
            case "x86":
            case "i386":
            case "i486":
            case "i586":
            case "i686":
                return I386;
            case "arm":
            case "armv7l":
            case "armv6l":
            case "aarch32":
                return ARM;
            case "ppc64le":
                return PPC64LE;
            case "s390x":
                return S390X;
            case "riscv64":
                return RISCV64;
            default:
                return null;
        }
    }

    public static Architecture fromGoName(String goName) {
        for (Architecture a : values()) {
            if (a.goName.equals(goName)) {
                return a;
            }
        }
        return null;
    }
}
