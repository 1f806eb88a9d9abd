package io.vertiform.rpc.handshake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandshakeTest {

    @Test
    void lineHasSixFieldsAndUnpaddedBase64() {
        byte[] cert = {1, 2, 3, 4}; // base64 "AQIDBA==" padded
        String line = new HandshakeLine(6, Transport.TCP, "127.0.0.1:10123", cert).format();
        assertThat(line).isEqualTo("1|6|tcp|127.0.0.1:10123|grpc|AQIDBA");
        assertThat(new HandshakeLine(5, Transport.UNIX, "/tmp/plugin1", null).format())
                .isEqualTo("1|5|unix|/tmp/plugin1|grpc|");
        assertThat(line.split("\\|", -1)).hasSize(6);
    }

    @Test
    void addressesThatWouldBreakTheLineAreRejected() {
        assertThatThrownBy(() -> new HandshakeLine(5, Transport.UNIX, "/tmp/a|b", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HandshakeLine(5, Transport.UNIX, "/tmp/a\nb", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void highestCommonVersionWins() {
        assertThat(ProtocolNegotiation.negotiate(List.of(6, 5), Set.of(5, 6))).isEqualTo(new ProtocolNegotiation.Outcome(6, true));
        assertThat(ProtocolNegotiation.negotiate(List.of(5), Set.of(5, 6))).isEqualTo(new ProtocolNegotiation.Outcome(5, true));
        assertThat(ProtocolNegotiation.negotiate(List.of(4, 7), Set.of(5, 6))).isEqualTo(new ProtocolNegotiation.Outcome(5, false));
        assertThat(ProtocolNegotiation.negotiate(List.of(), Set.of(5, 6)).agreed()).isFalse();
        assertThat(ProtocolNegotiation.negotiate(List.of(5, 6), Set.of(5))).isEqualTo(new ProtocolNegotiation.Outcome(5, true));
    }

    @Test
    void environmentIsParsedLikeGoPluginDoes() {
        PluginEnvironment env = PluginEnvironment.parse(Map.of(
                MagicCookie.KEY, MagicCookie.VALUE,
                PluginEnvironment.PROTOCOL_VERSIONS, "6, 5,x,",
                PluginEnvironment.MIN_PORT, "10000",
                PluginEnvironment.MAX_PORT, "25000",
                PluginEnvironment.UNIX_SOCKET_DIR, "/run/p",
                PluginEnvironment.TRANSPORT, "TCP"));
        assertThat(env.cookiePresent()).isTrue();
        assertThat(env.protocolVersions()).containsExactly(6, 5);
        assertThat(env.ignored()).singleElement().asString().contains("\"x\"");
        assertThat(env.minPort()).isEqualTo(10000);
        assertThat(env.maxPort()).isEqualTo(25000);
        assertThat(env.unixSocketDir()).contains("/run/p");
        assertThat(env.requestedTransport()).contains(Transport.TCP);
        assertThat(env.autoMtls()).isFalse();
    }

    @Test
    void wrongCookieOrBadPortsAreNoticed() {
        PluginEnvironment env = PluginEnvironment.parse(Map.of(MagicCookie.KEY, "nope",
                PluginEnvironment.MIN_PORT, "70000", PluginEnvironment.MAX_PORT, "abc",
                PluginEnvironment.TRANSPORT, "pigeon"));
        assertThat(env.cookiePresent()).isFalse();
        assertThat(env.minPort()).isZero();
        assertThat(env.maxPort()).isZero();
        assertThat(env.requestedTransport()).isEmpty();
        assertThat(env.ignored()).hasSize(3);
        assertThat(MagicCookie.present(Map.of())).isFalse();
        assertThat(MagicCookie.NOT_LAUNCHED_BY_HOST).contains("terraform init").contains(MagicCookie.KEY);
    }

    @Test
    void invertedPortRangeFallsBackToAnyPort() {
        PluginEnvironment env = PluginEnvironment.parse(Map.of(PluginEnvironment.MIN_PORT, "300",
                PluginEnvironment.MAX_PORT, "200"));
        assertThat(env.minPort()).isZero();
        assertThat(env.maxPort()).isZero();
        assertThat(env.clientCertificate()).isEqualTo(Optional.empty());
    }
}
