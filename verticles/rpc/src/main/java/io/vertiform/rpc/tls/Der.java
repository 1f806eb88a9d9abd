package io.vertiform.rpc.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The handful of DER encodings an X.509 certificate needs. Hand-written so start-up does not load a crypto
 * library's ASN.1 machinery (a measurable share of a plugin's cold start); parsing is left to the JDK.
 */
final class Der {

    private Der() {
    }

    static byte[] sequence(byte[]... parts) {
        return tagged(0x30, concat(parts));
    }

    static byte[] set(byte[]... parts) {
        return tagged(0x31, concat(parts));
    }

    static byte[] integer(BigInteger value) {
        return tagged(0x02, value.toByteArray());
    }

    static byte[] bool(boolean value) {
        return new byte[] {0x01, 0x01, (byte) (value ? 0xff : 0x00)};
    }

    static byte[] bitString(byte unusedBits, byte[] bits) {
        byte[] body = new byte[bits.length + 1];
        body[0] = unusedBits;
        System.arraycopy(bits, 0, body, 1, bits.length);
        return tagged(0x03, body);
    }

    static byte[] octetString(byte[] value) {
        return tagged(0x04, value);
    }

    static byte[] utf8String(String value) {
        return tagged(0x0c, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * RFC 5280: UTCTime ({@code YYMMDDHHMMSSZ}) through 2049, GeneralizedTime ({@code YYYYMMDDHHMMSSZ}) from 2050.
     * Digits are written by hand: java.time's formatter machinery and the default time zone cost tens of
     * milliseconds on a cold JVM, and this runs on the plugin's start path.
     */
    static byte[] time(Instant when) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(when.getEpochSecond(), 0, ZoneOffset.UTC);
        boolean utcTime = utc.getYear() < 2050;
        StringBuilder text = new StringBuilder(15);
        digits(text, utcTime ? utc.getYear() % 100 : utc.getYear(), utcTime ? 2 : 4);
        digits(text, utc.getMonthValue(), 2);
        digits(text, utc.getDayOfMonth(), 2);
        digits(text, utc.getHour(), 2);
        digits(text, utc.getMinute(), 2);
        digits(text, utc.getSecond(), 2);
        text.append('Z');
        return tagged(utcTime ? 0x17 : 0x18, text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static void digits(StringBuilder out, int value, int width) {
        String plain = Integer.toString(value);
        for (int pad = width - plain.length(); pad > 0; pad--) {
            out.append('0');
        }
        out.append(plain);
    }

    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            long arc = Long.parseLong(arcs[i]);
            int groups = 1;
            for (long rest = arc >>> 7; rest != 0; rest >>>= 7) {
                groups++;
            }
            for (int g = groups - 1; g >= 0; g--) {
                int b = (int) ((arc >>> (7 * g)) & 0x7f);
                out.write(g == 0 ? b : b | 0x80);
            }
        }
        return tagged(0x06, out.toByteArray());
    }

    /** Context-specific, constructed {@code [n] EXPLICIT}. */
    static byte[] explicit(int n, byte[] inner) {
        return tagged(0xa0 | n, inner);
    }

    /** Context-specific, primitive {@code [n] IMPLICIT} (GeneralName choices). */
    static byte[] implicitPrimitive(int n, byte[] content) {
        return tagged(0x80 | n, content);
    }

    static byte[] tagged(int tag, byte[] content) {
        byte[] length = length(content.length);
        byte[] out = new byte[1 + length.length + content.length];
        out[0] = (byte) tag;
        System.arraycopy(length, 0, out, 1, length.length);
        System.arraycopy(content, 0, out, 1 + length.length, content.length);
        return out;
    }

    private static byte[] length(int n) {
        if (n < 0x80) {
            return new byte[] {(byte) n};
        }
        int bytes = n > 0xffffff ? 4 : n > 0xffff ? 3 : n > 0xff ? 2 : 1;
        byte[] out = new byte[bytes + 1];
        out[0] = (byte) (0x80 | bytes);
        for (int i = 0; i < bytes; i++) {
            out[bytes - i] = (byte) (n >>> (8 * i));
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] p : parts) {
            size += p.length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
