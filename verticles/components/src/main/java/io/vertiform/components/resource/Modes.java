package io.vertiform.components.resource;

import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** POSIX permission bits as the four-digit octal text users write ("0755"). */
final class Modes {

    // Order of PosixFilePermission: owner r/w/x, group r/w/x, others r/w/x — bit 8 down to bit 0.
    private static final PosixFilePermission[] BITS = PosixFilePermission.values();

    private Modes() {
    }

    static Set<PosixFilePermission> parse(String octal) {
        int mode = Integer.parseInt(octal, 8);
        Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < BITS.length; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                out.add(BITS[i]);
            }
        }
        return out;
    }

    static String format(Set<PosixFilePermission> perms) {
        int mode = 0;
        for (int i = 0; i < BITS.length; i++) {
            if (perms.contains(BITS[i])) {
                mode |= 1 << (8 - i);
            }
        }
        return String.format("0%03o", mode);
    }
}
