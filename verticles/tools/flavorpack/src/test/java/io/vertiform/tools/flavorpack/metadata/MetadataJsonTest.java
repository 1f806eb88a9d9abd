package io.vertiform.tools.flavorpack.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.tools.flavorpack.PackException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataJsonTest {

    private static PackageMetadata sample() {
        return new PackageMetadata("terraform-provider-x", "1.0.0", "caf\u00e9",
                List.of(new SlotEntry(0, "app", "code", "runtime", "tar", 10, 20, "0011223344556677",
                        "ab".repeat(32), "0700", "{workenv}/app")),
                new Execution(0, List.of("{system_java}", "-cp", "{workenv}/app/a.jar", "Main"), List.of("provider"),
                        Map.of("A", "1"), List.of()),
                new BuildInfo("linux", "amd64", "linux_amd64", "t", "v", "ts", false, "25", "system", "none"),
                new LauncherInfo("stub", "1", "sha256:00", 5, "static", List.of("ed25519")));
    }

    @Test
    void roundTripsAndWritesTwoSpaceIndentedAsciiWithFlavorpackKeys() {
        byte[] json = MetadataJson.write(sample());
        String text = new String(json, StandardCharsets.US_ASCII);
        assertThat(text).startsWith("{\n  \"format\": \"PSPF/2025\",\n  \"format_version\": \"1.0.0\",")
                .contains("\"description\": \"caf\\u00E9\"", "\"integrity_seal\"", "\"algorithm\": \"ed25519\"",
                        "\"command\": \"{system_java} -cp {workenv}/app/a.jar Main\"");
        for (byte b : json) {
            assertThat(b & 0xFF).isLessThan(0x80);
        }
        assertThat(MetadataJson.read(json)).isEqualTo(sample());
    }

    @Test
    void duplicateKeysAndMissingFieldsAreRejected() {
        String dup = "{\"format\": \"PSPF/2025\", \"format\": \"PSPF/2025\"}";
        assertThatThrownBy(() -> MetadataJson.read(dup.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PackException.class).hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> MetadataJson.read("{\"format\": \"PSPF/2025\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PackException.class).hasMessageContaining("'package'");
    }

    @Test
    void gzipExpansionIsCapped() {
        byte[] big = MetadataGzip.compress(new byte[(1 << 20) + 1]);
        assertThatThrownBy(() -> MetadataGzip.decompress(big)).hasMessageContaining("expands beyond");
    }
}
