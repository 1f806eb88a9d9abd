package io.vertiform.framework.privatestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrivateStateCodecTest {

    private static final Optional<String> SECRET = Optional.of("correct horse battery staple");

    @Test
    void hkdfMatchesRfc5869TestCase1() {
        HexFormat hex = HexFormat.of();
        byte[] ikm = hex.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        byte[] salt = hex.parseHex("000102030405060708090a0b0c");
        byte[] info = hex.parseHex("f0f1f2f3f4f5f6f7f8f9");
        assertThat(hex.formatHex(Hkdf.sha256(ikm, salt, info, 42))).isEqualTo(
                "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    }

    @Test
    void roundTripsWithTheDocumentedLayout() {
        PrivateState s = new PrivateState(Map.of("etag", "\"abc\"", "lease", "l-1"));
        byte[] blob = PrivateStateCodec.encode(s, SECRET);
        assertThat(blob).startsWith('V', 'F', 'P', 1);
        assertThat(blob.length).isEqualTo(4 + 12 + "{\"etag\":\"\\\"abc\\\"\",\"lease\":\"l-1\"}".length() + 16);
        assertThat(PrivateStateCodec.decode(blob, SECRET).asMap()).isEqualTo(s.asMap());
        assertThat(PrivateStateCodec.encode(s, SECRET)).as("a fresh nonce each time").isNotEqualTo(blob);
    }

    @Test
    void tamperingAndWrongSecretsAreDetected() {
        byte[] blob = PrivateStateCodec.encode(new PrivateState(Map.of("k", "v")), SECRET);
        for (int i = 0; i < blob.length; i++) {
            byte[] t = blob.clone();
            t[i] ^= 0x40;
            if (i < 4) {
                assertThat(PrivateStateCodec.decode(t, SECRET).isEmpty()).as("no magic: foreign bytes").isTrue();
            } else {
                assertThatThrownBy(() -> PrivateStateCodec.decode(t, SECRET)).as("byte %d", i)
                        .isInstanceOf(PrivateStateException.class).hasMessageContaining("authentication");
            }
        }
        assertThatThrownBy(() -> PrivateStateCodec.decode(blob, Optional.of("other")))
                .hasMessageContaining("different VERTIFORM_PRIVATE_STATE_SECRET");
        assertThatThrownBy(() -> PrivateStateCodec.decode(blob, Optional.empty()))
                .hasMessageContaining("has no VERTIFORM_PRIVATE_STATE_SECRET");
        assertThatThrownBy(() -> PrivateStateCodec.decode(java.util.Arrays.copyOf(blob, 20), SECRET))
                .hasMessageContaining("truncated");
    }

    @Test
    void emptyStateNeedsNoSecretAndForeignBytesReadAsEmpty() {
        assertThat(PrivateStateCodec.encode(new PrivateState(), Optional.empty())).isEmpty();
        assertThat(PrivateStateCodec.decode(new byte[0], Optional.empty()).isEmpty()).isTrue();
        assertThat(PrivateStateCodec.decode("{\"schema_version\":\"1\"}".getBytes(), Optional.empty()).isEmpty())
                .isTrue();
        assertThatThrownBy(() -> PrivateStateCodec.encode(new PrivateState(Map.of("a", "b")), Optional.empty()))
                .hasMessageContaining("needs VERTIFORM_PRIVATE_STATE_SECRET");
    }

    @Test
    void modificationTracking() {
        PrivateState s = new PrivateState(Map.of("a", "1"));
        s.set("a", "1");
        assertThat(s.modified()).isFalse();
        s.set("a", null);
        assertThat(s.modified()).isTrue();
        assertThat(s.get("a")).isEmpty();
    }
}
