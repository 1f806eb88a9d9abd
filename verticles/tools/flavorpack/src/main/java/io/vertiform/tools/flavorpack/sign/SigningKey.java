package io.vertiform.tools.flavorpack.sign;

import java.security.KeyPair;
import java.security.PrivateKey;

/** A private key with its raw public key, as a package writer needs them; {@code ephemeral} when made per build. */
public record SigningKey(PrivateKey privateKey, byte[] rawPublicKey, boolean ephemeral) {

    public SigningKey {
        rawPublicKey = rawPublicKey.clone();
    }

    @Override
    public byte[] rawPublicKey() {
        return rawPublicKey.clone();
    }

    public static SigningKey of(KeyPair pair, boolean ephemeral) {
        return new SigningKey(pair.getPrivate(), Ed25519.raw(pair.getPublic()), ephemeral);
    }

    /** A fresh key for one build: the package proves integrity, not who built it. */
    public static SigningKey generateEphemeral() {
        return of(Ed25519.generate(), true);
    }

    public String fingerprint() {
        return Ed25519.fingerprint(rawPublicKey);
    }
}
