package io.vertiform.tools.flavorpack.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers and the two derived forms PSPF stores: the LE u64 prefix and its 16-hex-digit spelling. */
public final class Digests {

    private static final HexFormat HEX = HexFormat.of();

    private Digests() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static byte[] sha256(byte[] data) {
        return sha256().digest(data);
    }

    public static byte[] sha256(InputStream in) throws IOException {
        MessageDigest md = sha256();
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
            md.update(buf, 0, n);
        }
        return md.digest();
    }

    /** First 8 digest bytes read little-endian: the descriptor {@code checksum}. */
    public static long prefix64(byte[] digest) {
        return ByteBuffer.wrap(digest, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    /** The metadata spelling of a descriptor checksum. */
    public static String hex16(long prefix) {
        return String.format("%016x", prefix);
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    public static byte[] unhex(String hex) {
        return HEX.parseHex(hex);
    }

    /** {@code name_hash} as the Python writer computes it: SHA-256 of the UTF-8 name, first 8 bytes LE. */
    public static long nameHash(String name) {
        return prefix64(sha256(name.getBytes(StandardCharsets.UTF_8)));
    }
}
