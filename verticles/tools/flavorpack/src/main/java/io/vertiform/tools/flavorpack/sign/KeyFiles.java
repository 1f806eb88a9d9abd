package io.vertiform.tools.flavorpack.sign;

import io.vertiform.tools.flavorpack.PackException;
import io.vertiform.tools.flavorpack.format.PspfLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/**
 * Key files: PEM ({@code PRIVATE KEY} PKCS#8, {@code PUBLIC KEY} SubjectPublicKeyInfo; readable by openssl) on
 * write; on read also flavorpack's raw 32-byte files. A private key file is created with mode 0600 from the
 * start, never widened afterwards, so no other user can read it even briefly.
 */
public final class KeyFiles {

    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> PUBLIC = PosixFilePermissions.fromString("rw-r--r--");

    private KeyFiles() {
    }

    public static void writePrivate(Path file, byte[] seed, boolean overwrite) {
        write(file, pem("PRIVATE KEY", Ed25519.pkcs8(seed)), PRIVATE, overwrite);
    }

    public static void writePublic(Path file, byte[] raw, boolean overwrite) {
        write(file, pem("PUBLIC KEY", Ed25519.spki(raw)), PUBLIC, overwrite);
    }

    public static SigningKey readPrivate(Path file) {
        byte[] content = read(file);
        byte[] seed;
        if (content.length == PspfLayout.ED25519_KEY_SIZE) {
            seed = content;
        } else {
            byte[] der = unpem(file, content, "PRIVATE KEY");
            seed = Ed25519.seed(decodePrivate(file, der));
        }
        KeyPair pair = Ed25519.keyPair(seed);
        return SigningKey.of(pair, false);
    }

    /** A raw 32-byte public key from a PEM or raw file. */
    public static byte[] readPublic(Path file) {
        byte[] content = read(file);
        if (content.length == PspfLayout.ED25519_KEY_SIZE) {
            return content;
        }
        byte[] der = unpem(file, content, "PUBLIC KEY");
        try {
            return Ed25519.raw(KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw PackException.key("not an Ed25519 public key file: " + file, e.getMessage(), e);
        }
    }

    private static PrivateKey decodePrivate(Path file, byte[] der) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw PackException.key("not an Ed25519 private key file: " + file, e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw PackException.key("cannot read key file " + file, e.getMessage(), e);
        }
    }

    private static byte[] unpem(Path file, byte[] content, String label) {
        String text = new String(content, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw PackException.key("key file " + file + " holds no " + label,
                    "expected PEM '" + begin + "' or 32 raw bytes", null);
        }
        String body = text.substring(from + begin.length(), to).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw PackException.key("key file " + file + " has broken base64", e.getMessage(), e);
        }
    }

    private static byte[] pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return ("-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static void write(Path file, byte[] content, Set<PosixFilePermission> mode, boolean overwrite) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (overwrite) {
                Files.deleteIfExists(file);
            }
            boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(mode));
            } else {
                Files.createFile(file);
            }
            Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw PackException.key("key file exists: " + file, "pass --force to replace it", e);
        } catch (IOException e) {
            throw PackException.key("cannot write key file " + file, e.getMessage(), e);
        }
    }
}
