package io.vertiform.tools.flavorpack.sign;

import io.vertiform.tools.flavorpack.PackException;
import io.vertiform.tools.flavorpack.format.Digests;
import io.vertiform.tools.flavorpack.format.PspfLayout;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Ed25519 on the JDK's built-in EdDSA provider (Java 15+). PSPF stores raw 32-byte keys; the JDK speaks
 * X.509/PKCS#8, whose Ed25519 encodings are a fixed DER prefix followed by the raw bytes (RFC 8410).
 */
public final class Ed25519 {

    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    private static final byte[] PKCS8_PREFIX = {0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70,
        0x04, 0x22, 0x04, 0x20};

    private Ed25519() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks Ed25519", e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw PackException.key("cannot sign with this key", e.getMessage(), e);
        }
    }

    /** False for a bad signature or a key that is not a valid curve point. */
    public static boolean verify(byte[] rawPublicKey, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(publicKey(rawPublicKey));
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != SPKI_PREFIX.length + PspfLayout.ED25519_KEY_SIZE
                || !Arrays.equals(encoded, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            throw PackException.key("not an Ed25519 public key", key.getAlgorithm(), null);
        }
        return Arrays.copyOfRange(encoded, SPKI_PREFIX.length, encoded.length);
    }

    public static PublicKey publicKey(byte[] raw) {
        requireSize(raw, "public key");
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(SPKI_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw PackException.key("not an Ed25519 public key", e.getMessage(), e);
        }
    }

    /** The private key of a 32-byte seed (flavorpack's raw private key file holds the seed). */
    public static PrivateKey privateKey(byte[] seed) {
        requireSize(seed, "private key seed");
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed)));
        } catch (GeneralSecurityException e) {
            throw PackException.key("not an Ed25519 private key", e.getMessage(), e);
        }
    }

    /** The 32-byte seed inside a JDK Ed25519 private key. */
    public static byte[] seed(PrivateKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != PKCS8_PREFIX.length + PspfLayout.ED25519_KEY_SIZE
                || !Arrays.equals(encoded, 0, PKCS8_PREFIX.length, PKCS8_PREFIX, 0, PKCS8_PREFIX.length)) {
            throw PackException.key("not a plain Ed25519 PKCS#8 private key", key.getAlgorithm(), null);
        }
        return Arrays.copyOfRange(encoded, PKCS8_PREFIX.length, encoded.length);
    }

    /**
     * The key pair of a seed. The JDK has no public-key derivation API, but its generator draws exactly the 32 seed
     * bytes from the supplied randomness, so feeding it the seed re-derives the pair (RFC 8032 section 5.1.5).
     */
    public static KeyPair keyPair(byte[] seed) {
        requireSize(seed, "private key seed");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
            KeyPair pair = generator.generateKeyPair();
            if (!Arrays.equals(seed(pair.getPrivate()), seed)) {
                throw PackException.key("cannot derive the Ed25519 public key", "the JDK drew other randomness", null);
            }
            return pair;
        } catch (GeneralSecurityException e) {
            throw PackException.key("cannot derive the Ed25519 public key", e.getMessage(), e);
        }
    }

    public static byte[] spki(byte[] raw) {
        requireSize(raw, "public key");
        return concat(SPKI_PREFIX, raw);
    }

    public static byte[] pkcs8(byte[] seed) {
        requireSize(seed, "private key seed");
        return concat(PKCS8_PREFIX, seed);
    }

    /** A short, stable name for a key: {@code ed25519:} and the first 16 hex digits of SHA-256(raw key). */
    public static String fingerprint(byte[] raw) {
        return "ed25519:" + Digests.hex(Digests.sha256(raw)).substring(0, 16);
    }

    private static void requireSize(byte[] value, String what) {
        if (value == null || value.length != PspfLayout.ED25519_KEY_SIZE) {
            throw PackException.key("an Ed25519 " + what + " has 32 bytes",
                    "got " + (value == null ? 0 : value.length), null);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Randomness that yields the given bytes once; used only to re-derive a key pair from its seed. */
    private static final class FixedBytes extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;
        private int used;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (used + out.length > bytes.length) {
                throw new IllegalStateException("seed exhausted");
            }
            System.arraycopy(bytes, used, out, 0, out.length);
            used += out.length;
        }
    }
}
