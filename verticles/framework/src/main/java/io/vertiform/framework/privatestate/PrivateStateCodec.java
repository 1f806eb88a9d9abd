package io.vertiform.framework.privatestate;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts private state with AES-256-GCM under a key derived from the session's
 * {@value #SECRET_VARIABLE}. Format of a blob (all of it opaque to Terraform):
 *
 * <pre>
 * offset  size  content
 * 0       4     magic "VFP" followed by format version 0x01; also the GCM additional authenticated data
 * 4       12    random nonce
 * 16      n+16  AES-256-GCM ciphertext of the plaintext, then the 16-byte tag
 *
 * key       = HKDF-SHA256(ikm = UTF-8 secret, salt = "vertiform-private-state-v1", info = "aes-256-gcm key", 32 bytes)
 * plaintext = UTF-8 JSON object of the string keys and values, keys sorted
 * </pre>
 *
 * Empty private state is zero bytes and needs no secret. Bytes without the magic are treated as another
 * provider's private state (e.g. from before a migration) and read as empty; a blob with the magic that fails
 * authentication is an error, never silently dropped.
 */
public final class PrivateStateCodec {

    public static final String SECRET_VARIABLE = "VERTIFORM_PRIVATE_STATE_SECRET";

    static final byte[] MAGIC = {'V', 'F', 'P', 1};
    private static final byte[] SALT = "vertiform-private-state-v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INFO = "aes-256-gcm key".getBytes(StandardCharsets.UTF_8);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PrivateStateCodec() {
    }

    /** Reads a blob; {@code secret} comes from the session's environment (empty when unset). */
    public static PrivateState decode(byte[] blob, Optional<String> secret) {
        if (blob == null || blob.length == 0 || !hasMagic(blob)) {
            return new PrivateState();
        }
        if (blob.length < MAGIC.length + NONCE_BYTES + TAG_BITS / 8) {
            throw new PrivateStateException("private state is truncated (" + blob.length + " bytes)");
        }
        byte[] key = key(secret.orElseThrow(() -> new PrivateStateException("the resource has encrypted private "
                + "state but the session has no " + SECRET_VARIABLE + "; set it to the secret used when it was "
                + "written")));
        byte[] plain;
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, blob, MAGIC.length, NONCE_BYTES));
            c.updateAAD(MAGIC);
            int offset = MAGIC.length + NONCE_BYTES;
            plain = c.doFinal(blob, offset, blob.length - offset);
        } catch (AEADBadTagException e) {
            throw new PrivateStateException("private state failed authentication: it was modified, or written with "
                    + "a different " + SECRET_VARIABLE, e);
        } catch (GeneralSecurityException e) {
            throw new PrivateStateException("cannot decrypt private state: " + e.getMessage(), e);
        }
        try {
            JsonObject json = new JsonObject(new String(plain, StandardCharsets.UTF_8));
            Map<String, String> values = new TreeMap<>();
            for (String k : json.fieldNames()) {
                values.put(k, json.getString(k));
            }
            return new PrivateState(values);
        } catch (DecodeException | ClassCastException e) {
            throw new PrivateStateException("decrypted private state is not a JSON object of strings", e);
        }
    }

    /** Writes a blob: empty for empty state, else encrypted (which needs the secret). */
    public static byte[] encode(PrivateState state, Optional<String> secret) {
        if (state == null || state.isEmpty()) {
            return new byte[0];
        }
        byte[] key = key(secret.orElseThrow(() -> new PrivateStateException("writing private state needs "
                + SECRET_VARIABLE + " in the environment of the terraform process")));
        JsonObject json = new JsonObject();
        state.asMap().forEach(json::put);
        byte[] plain = json.encode().getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(MAGIC);
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(MAGIC.length + NONCE_BYTES + sealed.length)
                    .put(MAGIC).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new PrivateStateException("cannot encrypt private state: " + e.getMessage(), e);
        }
    }

    private static boolean hasMagic(byte[] blob) {
        return blob.length >= MAGIC.length && Arrays.equals(blob, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    private static byte[] key(String secret) {
        if (secret.isEmpty()) {
            throw new PrivateStateException(SECRET_VARIABLE + " is empty");
        }
        return Hkdf.sha256(secret.getBytes(StandardCharsets.UTF_8), SALT, INFO, 32);
    }
}
