package io.vertiform.tools.flavorpack.archive;

import java.nio.charset.StandardCharsets;

/** POSIX ustar header fields we read and write: regular files and directories only, no links, no extensions. */
final class TarHeader {

    static final int BLOCK = 512;
    static final byte REGULAR = '0';
    static final byte REGULAR_OLD = 0;
    static final byte DIRECTORY = '5';

    private TarHeader() {
    }

    static byte[] encode(String path, boolean directory, int mode, long size, long mtime) {
        byte[] h = new byte[BLOCK];
        String name = directory && !path.endsWith("/") ? path + "/" : path;
        byte[] full = name.getBytes(StandardCharsets.UTF_8);
        if (full.length <= 100) {
            System.arraycopy(full, 0, h, 0, full.length);
        } else {
            int split = splitPoint(name);
            byte[] prefix = name.substring(0, split).getBytes(StandardCharsets.UTF_8);
            byte[] rest = name.substring(split + 1).getBytes(StandardCharsets.UTF_8);
            System.arraycopy(rest, 0, h, 0, rest.length);
            System.arraycopy(prefix, 0, h, 345, prefix.length);
        }
        octal(h, 100, 8, mode);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, size);
        octal(h, 136, 12, mtime);
        h[156] = directory ? DIRECTORY : REGULAR;
        System.arraycopy("ustar\0".getBytes(StandardCharsets.US_ASCII), 0, h, 257, 6);
        h[263] = '0';
        h[264] = '0';
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = checksum(h);
        octal(h, 148, 7, sum);
        h[155] = ' ';
        return h;
    }

    /** Where to cut a long path into ustar's prefix (155 bytes) and name (100 bytes). */
    private static int splitPoint(String name) {
        for (int i = name.length() - 1; i > 0; i--) {
            if (name.charAt(i) == '/' && i < name.length() - 1
                    && name.substring(0, i).getBytes(StandardCharsets.UTF_8).length <= 155
                    && name.substring(i + 1).getBytes(StandardCharsets.UTF_8).length <= 100) {
                return i;
            }
        }
        throw new IllegalArgumentException("path too long for ustar: " + name);
    }

    static long checksum(byte[] h) {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xFF);
        }
        return sum;
    }

    static boolean isZero(byte[] h) {
        for (byte b : h) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    static String path(byte[] h) {
        String name = cString(h, 0, 100);
        String prefix = cString(h, 345, 155);
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    static long number(byte[] h, int offset, int length) {
        long value = 0;
        int i = offset;
        int end = offset + length;
        while (i < end && (h[i] == ' ' || h[i] == 0)) {
            i++;
        }
        for (; i < end && h[i] >= '0' && h[i] <= '7'; i++) {
            value = (value << 3) + (h[i] - '0');
        }
        for (; i < end; i++) {
            if (h[i] != ' ' && h[i] != 0) {
                throw new IllegalArgumentException("bad octal number in tar header");
            }
        }
        return value;
    }

    private static String cString(byte[] h, int offset, int length) {
        int end = offset;
        while (end < offset + length && h[end] != 0) {
            end++;
        }
        return new String(h, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static void octal(byte[] h, int offset, int length, long value) {
        String digits = Long.toOctalString(value);
        if (digits.length() > length - 1) {
            throw new IllegalArgumentException("value too large for a tar field: " + value);
        }
        String padded = "0".repeat(length - 1 - digits.length()) + digits;
        System.arraycopy(padded.getBytes(StandardCharsets.US_ASCII), 0, h, offset, length - 1);
        h[offset + length - 1] = 0;
    }
}
