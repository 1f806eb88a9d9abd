package io.vertiform.tools.flavorpack.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.tools.flavorpack.PackException;
import io.vertiform.tools.flavorpack.extract.Extractor;
import io.vertiform.tools.flavorpack.fixture.SmallPackage;
import io.vertiform.tools.flavorpack.format.Digests;
import io.vertiform.tools.flavorpack.format.IndexBlock;
import io.vertiform.tools.flavorpack.format.PspfLayout;
import io.vertiform.tools.flavorpack.format.SlotDescriptor;
import io.vertiform.tools.flavorpack.metadata.MetadataGzip;
import io.vertiform.tools.flavorpack.metadata.PackageMetadata;
import io.vertiform.tools.flavorpack.sign.SigningKey;
import io.vertiform.tools.flavorpack.verify.PackageVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void writesAnExecutableFileThatReadsBackAndVerifies() throws IOException {
        SigningKey key = SigningKey.generateEphemeral();
        PackageWriter.Written written = SmallPackage.write(dir, key);
        Path file = written.file();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rwxr-xr-x");
        assertThat(new String(bytes, 0, 12)).isEqualTo("#!/bin/false");
        assertThat(Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length)).isEqualTo(PspfLayout.endMagic());
        assertThat(Arrays.copyOfRange(bytes, bytes.length - 8200, bytes.length - 8196))
                .isEqualTo(PspfLayout.startMagic());

        try (PackageReader reader = PackageReader.open(file)) {
            IndexBlock index = reader.index();
            assertThat(index.packageSize()).isEqualTo(bytes.length);
            assertThat(index.publicKey()).isEqualTo(key.rawPublicKey());
            assertThat(index.signed()).isTrue();
            assertThat(index.metadataOffset() % 8).isZero();
            assertThat(index.slotTableOffset() % 8).isZero();
            assertThat(reader.metadataJson()).isEqualTo(written.metadataJson());
            assertThat(MetadataGzip.decompress(reader.metadataGzip())).isEqualTo(written.metadataJson());
            PackageMetadata m = reader.metadata();
            assertThat(m).isEqualTo(written.metadata());
            assertThat(m.execution().env()).containsEntry("VERTIFORM_MODE", "packaged");
            List<SlotDescriptor> slots = reader.descriptors();
            assertThat(slots).hasSize(2);
            for (int i = 0; i < slots.size(); i++) {
                SlotDescriptor d = slots.get(i);
                assertThat(d.offset() % 8).isZero();
                assertThat(d.id()).isEqualTo(i);
                assertThat(d.nameHash()).isEqualTo(Digests.nameHash(m.slots().get(i).name()));
                assertThat(Digests.hex16(d.checksum())).isEqualTo(m.slots().get(i).checksum());
                assertThat(m.slots().get(i).sha256()).startsWith(String.format("%02x", d.checksum() & 0xFF));
            }
            assertThat(slots.get(0).operations()).isEqualTo(0x1001);
            assertThat(slots.get(1).operations()).isEqualTo(0x01);
            assertThat(m.launcher().checksum()).isEqualTo("sha256:"
                    + Digests.hex(Digests.sha256(Arrays.copyOf(bytes, (int) index.launcherSize()))));

            Extractor.Result result = Extractor.extractAll(reader, dir.resolve("out"), false);
            assertThat(result.slots()).isEqualTo(2);
            assertThat(result.files()).isEqualTo(3);
        }
        assertThat(dir.resolve("out/runtime/lib/modules")).hasContent("m".repeat(5000));
        assertThat(dir.resolve("out/app/app.jar")).hasContent("jar bytes");
        assertThat(Files.getLastModifiedTime(dir.resolve("out/app/app.jar")).toMillis()).isEqualTo(99_000L);
        assertThat(PackageVerifier.verify(file).problems()).isEmpty();
    }

    @Test
    void metadataGzipHasMtimeZeroAndIsDeterministic() throws IOException {
        PackageWriter.Written written = SmallPackage.write(dir, SigningKey.generateEphemeral());
        try (PackageReader reader = PackageReader.open(written.file())) {
            byte[] gz = reader.metadataGzip();
            assertThat(gz[0] & 0xFF).isEqualTo(0x1f);
            assertThat(gz[1] & 0xFF).isEqualTo(0x8b);
            assertThat(Arrays.copyOfRange(gz, 4, 8)).containsOnly(0);
            assertThat(MetadataGzip.compress(written.metadataJson())).isEqualTo(gz);
        }
    }

    @Test
    void structuralDamageIsAMalformedPackage() throws IOException {
        Path notAPackage = Files.writeString(dir.resolve("plain"), "x".repeat(9000));
        assertThatThrownBy(() -> PackageReader.open(notAPackage)).isInstanceOf(PackException.class)
                .hasMessageContaining("trailer magic");
        Path tiny = Files.writeString(dir.resolve("tiny"), "x");
        assertThatThrownBy(() -> PackageReader.open(tiny)).hasMessageContaining("smaller than a PSPF trailer");
    }
}
