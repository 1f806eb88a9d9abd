package io.vertiform.rpc.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.rpc.handshake.HandshakeLine;
import io.vertiform.rpc.handshake.Transport;
import io.vertiform.rpc.tls.Curve;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The client's reading of handshake lines, with go-plugin's error texts. */
class ServerHandshakeTest {

    private static final SelfSignedCertificate SERVER = SelfSignedCertificate.generate(Curve.P256, "Vertiform");
    private static final String CERT = Base64.getEncoder().withoutPadding().encodeToString(SERVER.der());
    private static final Set<Integer> BOTH = Set.of(5, 6);

    @Test
    void readsTcpAndUnixLinesWithCertificates() {
        HandshakeLine tcp = ServerHandshake.parse("1|6|tcp|127.0.0.1:10001|grpc|" + CERT + "\n", BOTH, true);
        assertThat(tcp.appVersion()).isEqualTo(6);
        assertThat(tcp.transport()).isEqualTo(Transport.TCP);
        assertThat(tcp.address()).isEqualTo("127.0.0.1:10001");
        assertThat(tcp.certificate()).isEqualTo(SERVER.der());
        HandshakeLine unix = ServerHandshake.parse("1|5|unix|/tmp/plugin1|grpc|", Set.of(5), false);
        assertThat(unix.transport()).isEqualTo(Transport.UNIX);
        assertThat(unix.certificate()).isNull();
        assertThat(ServerHandshake.parse("1|6|tcp|127.0.0.1:1|grpc|" + CERT + "|true", BOTH, true).appVersion())
                .as("go-plugin's multiplexing field is ignored").isEqualTo(6);
    }

    @Test
    void rejectsWhatGoPluginRejects() {
        assertThatThrownBy(() -> ServerHandshake.parse("hello world", BOTH, false))
                .isInstanceOf(PluginClientException.class).hasMessageStartingWith("Unrecognized remote plugin message: hello world");
        assertThatThrownBy(() -> ServerHandshake.parse("2|6|tcp|127.0.0.1:1|grpc|", BOTH, false))
                .hasMessageContaining("Incompatible core API version with plugin. Plugin version: 2");
        assertThatThrownBy(() -> ServerHandshake.parse("1|7|tcp|127.0.0.1:1|grpc|", BOTH, false))
                .hasMessage("Incompatible API version with plugin. Plugin version: 7, Client versions: [5, 6]");
        assertThatThrownBy(() -> ServerHandshake.parse("1|x|tcp|127.0.0.1:1|grpc|", BOTH, false))
                .hasMessageContaining("Error parsing protocol version: x");
        assertThatThrownBy(() -> ServerHandshake.parse("1|6|udp|127.0.0.1:1|grpc|", BOTH, false))
                .hasMessage("Unknown address type: udp");
        assertThatThrownBy(() -> ServerHandshake.parse("1|6|tcp|127.0.0.1:1", BOTH, false))
                .hasMessageContaining("Unsupported plugin protocol \"netrpc\"");
        assertThatThrownBy(() -> ServerHandshake.parse("1|6|tcp|127.0.0.1:1|grpc|", BOTH, true))
                .hasMessageContaining("no server certificate");
        assertThatThrownBy(() -> ServerHandshake.parse("1|6|tcp|127.0.0.1:1|grpc|" + "!".repeat(60), BOTH, true))
                .hasMessageContaining("Error parsing server certificate");
    }
}
