package io.vertiform.rpc.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Certificate validity times: RFC 5280's two encodings, written without java.time's formatters. */
class DerTest {

    private static String text(byte[] encoded) {
        return new String(Arrays.copyOfRange(encoded, 2, encoded.length), StandardCharsets.US_ASCII);
    }

    @Test
    void before2050ItIsUtcTimeWithATwoDigitYear() {
        byte[] encoded = Der.time(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(encoded[0]).isEqualTo((byte) 0x17);
        assertThat(encoded[1]).isEqualTo((byte) 13);
        assertThat(text(encoded)).isEqualTo("260102030405Z");
        assertThat(text(Der.time(Instant.parse("2049-12-31T23:59:59.999Z")))).isEqualTo("491231235959Z");
        assertThat(text(Der.time(Instant.parse("2000-10-20T10:20:30Z")))).isEqualTo("001020102030Z");
    }

    @Test
    void from2050ItIsGeneralizedTime() {
        byte[] encoded = Der.time(Instant.parse("2056-11-25T00:00:09Z"));
        assertThat(encoded[0]).isEqualTo((byte) 0x18);
        assertThat(encoded[1]).isEqualTo((byte) 15);
        assertThat(text(encoded)).isEqualTo("20561125000009Z");
    }
}
