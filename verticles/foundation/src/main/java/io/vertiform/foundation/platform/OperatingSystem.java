package io.vertiform.foundation.platform;

import java.util.Locale;

/** Operating systems under the names Go (and so Terraform) uses in {@code GOOS}. */
public enum OperatingSystem {
    LINUX("linux"),
    DARWIN("darwin"),
    WINDOWS("windows"),
    FREEBSD("freebsd"),
    OPENBSD("openbsd"),
    NETBSD("netbsd"),
    SOLARIS("solaris"),
    AIX("aix");

    private final String goName;

    OperatingSystem(String goName) {
        this.goName = goName;
    }

    public String goName() {
        return goName;
    }

    /** Maps a Java {@code os.name} value; null when the system is not one Terraform builds for. */
    public static OperatingSystem fromJavaName(String osName) {
        String n = osName == null ? "" : osName.toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.startsWith("linux")) {
            return LINUX;
        }
        if (n.startsWith("macos") || n.startsWith("darwin") || n.startsWith("osx")) {
            return DARWIN;
        }
        if (n.startsWith("windows")) {
            return WINDOWS;
        }
        if (n.startsWith("freebsd")) {
            return FREEBSD;
        }
        if (n.startsWith("openbsd")) {
            return OPENBSD;
        }
        if (n.startsWith("netbsd")) {
            return NETBSD;
        }
        if (n.startsWith("sunos") || n.startsWith("solaris")) {
            return SOLARIS;
        }
        if (n.startsWith("aix")) {
            return AIX;
        }
        return null;
    }

    public static OperatingSystem fromGoName(String goName) {
        for (OperatingSystem os : values()) {
            if (os.goName.equals(goName)) {
                return os;
            }
        }
        return null;
    }
}
