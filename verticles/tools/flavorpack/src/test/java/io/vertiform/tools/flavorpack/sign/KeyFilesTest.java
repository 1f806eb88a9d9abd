package io.vertiform.tools.flavorpack.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.tools.flavorpack.PackException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {

    @TempDir
    Path dir;

    @Test
    void privateKeyFileIsOwnerOnlyAndPemRoundTripsToTheSamePair() throws IOException {
        KeyPair pair = Ed25519.generate();
        byte[] seed = Ed25519.seed(pair.getPrivate());
        byte[] raw = Ed25519.raw(pair.getPublic());
        Path priv = dir.resolve("keys/provider-private.key");
        Path pub = dir.resolve("keys/provider-public.key");
        KeyFiles.writePrivate(priv, seed, false);
        KeyFiles.writePublic(pub, raw, false);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(priv))).isEqualTo("rw-------");
        assertThat(Files.readString(priv)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(pub)).startsWith("-----BEGIN PUBLIC KEY-----\n");
        SigningKey read = KeyFiles.readPrivate(priv);
        assertThat(read.rawPublicKey()).isEqualTo(raw);
        assertThat(read.ephemeral()).isFalse();
        assertThat(KeyFiles.readPublic(pub)).isEqualTo(raw);

        byte[] message = "metadata".getBytes(StandardCharsets.UTF_8);
        assertThat(Ed25519.verify(raw, message, Ed25519.sign(read.privateKey(), message))).isTrue();
    }

    @Test
    void flavorpackRawKeyFilesAreAccepted() throws IOException {
        KeyPair pair = Ed25519.generate();
        Files.write(dir.resolve("flavor-private.key"), Ed25519.seed(pair.getPrivate()));
        Files.write(dir.resolve("flavor-public.key"), Ed25519.raw(pair.getPublic()));
        assertThat(KeyFiles.readPrivate(dir.resolve("flavor-private.key")).rawPublicKey())
                .isEqualTo(Ed25519.raw(pair.getPublic()));
        assertThat(KeyFiles.readPublic(dir.resolve("flavor-public.key"))).isEqualTo(Ed25519.raw(pair.getPublic()));
    }

    @Test
    void existingFilesAreKeptUnlessOverwriteIsAsked() throws IOException {
        Path priv = dir.resolve("k");
        byte[] seed = Ed25519.seed(Ed25519.generate().getPrivate());
        KeyFiles.writePrivate(priv, seed, false);
        assertThatThrownBy(() -> KeyFiles.writePrivate(priv, seed, false)).isInstanceOf(PackException.class)
                .hasMessageContaining("--force");
        KeyFiles.writePrivate(priv, seed, true);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(priv))).isEqualTo("rw-------");
    }

    @Test
    void garbageIsAKeyError() throws IOException {
        Files.writeString(dir.resolve("bad"), "not a key");
        assertThatThrownBy(() -> KeyFiles.readPrivate(dir.resolve("bad"))).isInstanceOf(PackException.class)
                .hasMessageContaining("PRIVATE KEY");
        assertThat(Ed25519.verify(new byte[32], new byte[1], new byte[64])).isFalse();
    }
}
