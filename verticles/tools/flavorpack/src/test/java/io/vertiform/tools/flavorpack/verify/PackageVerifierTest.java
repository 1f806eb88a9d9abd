package io.vertiform.tools.flavorpack.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.tools.flavorpack.fixture.SmallPackage;
import io.vertiform.tools.flavorpack.fixture.Tamper;
import io.vertiform.tools.flavorpack.io.PackageWriter;
import io.vertiform.tools.flavorpack.sign.SigningKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every region of a package is covered: one flipped byte anywhere outside padding fails verification. */
class PackageVerifierTest {

    @TempDir
    Path dir;

    SigningKey key;
    PackageWriter.Written written;
    Tamper tamper;

    @BeforeEach
    void write() {
        key = SigningKey.generateEphemeral();
        written = SmallPackage.write(dir, key);
        tamper = new Tamper(written.file());
    }

    private VerificationReport verify(Path file) {
        return PackageVerifier.verify(file);
    }

    @Test
    void anIntactPackageVerifiesWithTheEmbeddedAndWithTheTrustedKey() {
        VerificationReport embedded = verify(written.file());
        assertThat(embedded.problems()).isEmpty();
        assertThat(embedded.trustedKey()).isFalse();
        VerificationReport trusted = PackageVerifier.verify(written.file(), key.rawPublicKey());
        assertThat(trusted.problems()).isEmpty();
        assertThat(trusted.trustedKey()).isTrue();
        assertThat(trusted.keyFingerprint()).isEqualTo(key.fingerprint());
    }

    @Test
    void anotherTrustedKeyFails() {
        byte[] other = SigningKey.generateEphemeral().rawPublicKey();
        assertThat(PackageVerifier.verify(written.file(), other).problems())
                .anyMatch(p -> p.contains("not the trusted key")).anyMatch(p -> p.contains("signature is invalid"));
    }

    @Test
    void metadataFlips() {
        assertThat(verify(tamper.flip(tamper.metadataByte(), dir.resolve("a"))).problems())
                .anyMatch(p -> p.contains("metadata checksum mismatch"));
        assertThat(verify(tamper.flipConsistently(tamper.metadataByte(), dir.resolve("b"))).verified()).isFalse();
    }

    @Test
    void slotFlips() {
        for (int i = 0; i < tamper.slotCount(); i++) {
            assertThat(verify(tamper.flip(tamper.slotByte(i), dir.resolve("s" + i))).problems())
                    .contains("slot " + i + " (" + written.metadata().slots().get(i).name() + "): checksum mismatch");
            assertThat(verify(tamper.flipConsistently(tamper.slotByte(i), dir.resolve("c" + i))).problems())
                    .anyMatch(p -> p.contains("descriptor differs from the signed metadata"));
        }
    }

    @Test
    void signatureFlips() {
        assertThat(verify(tamper.flip(tamper.signatureByte(), dir.resolve("a"))).problems())
                .anyMatch(p -> p.contains("index checksum mismatch"));
        assertThat(verify(tamper.flipConsistently(tamper.signatureByte(), dir.resolve("b"))).problems())
                .containsExactly("metadata signature is invalid");
        assertThat(verify(tamper.flipConsistently(tamper.signatureTailByte(), dir.resolve("c"))).problems())
                .containsExactly("signature field holds bytes after the Ed25519 signature");
    }

    @Test
    void launcherFlip() {
        assertThat(verify(tamper.flip(tamper.launcherByte(), dir.resolve("l"))).problems())
                .containsExactly("launcher checksum mismatch");
    }

    @Test
    void bytesAddedBeforeOrAfterThePackageAreCaught() throws IOException {
        byte[] original = Files.readAllBytes(written.file());
        Path prefixed = dir.resolve("prefixed");
        Files.write(prefixed, new byte[16]);
        Files.write(prefixed, original, StandardOpenOption.APPEND);
        assertThat(verify(prefixed).verified()).isFalse();
        Path suffixed = dir.resolve("suffixed");
        Files.write(suffixed, original);
        Files.write(suffixed, new byte[] {0}, StandardOpenOption.APPEND);
        assertThat(verify(suffixed).problems()).containsExactly("not a valid PSPF package: PSPF trailer magic not found");
    }
}
