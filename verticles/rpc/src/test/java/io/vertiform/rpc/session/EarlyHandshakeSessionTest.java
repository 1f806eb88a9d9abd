package io.vertiform.rpc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.rpc.proto.health.HealthCheckRequest;
import io.vertiform.rpc.proto.health.HealthCheckResponse;
import io.vertiform.rpc.proto.health.HealthGrpcClient;
import io.vertiform.rpc.handshake.HandshakeLine;
import io.vertiform.rpc.handshake.ProtocolNegotiation;
import io.vertiform.rpc.handshake.SessionTerms;
import io.vertiform.rpc.handshake.Transport;
import io.vertiform.rpc.proto.v6.GetProviderSchema;
import io.vertiform.rpc.proto.v6.ProviderGrpcClient;
import io.vertiform.rpc.support.RpcTestClient;
import io.vertiform.rpc.support.Sessions;
import io.vertiform.rpc.tls.AutoMtls;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import io.vertiform.rpc.transport.AdoptingTransport;
import io.vertiform.rpc.transport.ListenPlan;
import io.vertiform.rpc.transport.Listeners;
import io.vertiform.rpc.transport.ReservedListener;
import io.vertiform.testkit.vertx.Await;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plugin process's start-up order: the terms, a JDK-bound socket and the certificate first (the handshake line),
 * Vert.x afterwards, adopting the socket. The host may dial and send its first call before Vert.x exists.
 */
class EarlyHandshakeSessionTest extends SessionTestBase {

    @Override
    Vertx newVertx() {
        return Vertx.builder().withTransport(AdoptingTransport.INSTANCE).build();
    }

    private EarlyHandshake announce(Map<String, String> env) {
        SessionTerms terms = SessionTerms.settle(env, ProtocolNegotiation.SUPPORTED);
        ReservedListener listener = Listeners.reserve(ListenPlan.forEnvironment(terms.environment()));
        closeAfter(listener::close);
        Optional<SelfSignedCertificate> certificate = terms.environment().autoMtls()
                ? Optional.of(AutoMtls.newServerCertificate()) : Optional.empty();
        return new EarlyHandshake(terms, listener, certificate);
    }

    private PluginSession startAnnounced(Map<String, String> env, EarlyHandshake early) {
        return start(PluginSessionOptions.of(env).withEarlyHandshake(early));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix", "tcp"})
    void aCallSentBeforeVertxServesTheSocketIsAnsweredOnceItDoes(String transport) {
        Map<String, String> env = env("5,6", transport);
        EarlyHandshake early = announce(env);
        HandshakeLine line = early.line();
        assertThat(line.transport().network()).isEqualTo(transport);
        assertThat(line.appVersion()).isEqualTo(6);

        // The host reads the line and dials at once: the connection waits in the accept queue.
        RpcTestClient client = RpcTestClient.connect(vertx, line, HOST);
        closeAfter(client);
        Future<RpcTestClient.Outcome<GetProviderSchema.Response>> early6 = client.call(
                ProviderGrpcClient.GetProviderSchema, List.of(GetProviderSchema.Request.getDefaultInstance()), 20_000);

        PluginSession session = startAnnounced(env, early);
        assertThat(session.handshake().format()).isEqualTo(line.format());
        assertThat(early.listener().adopted()).isTrue();
        assertThat(Await.result(early6, Duration.ofSeconds(30)).single().hasProvider()).isTrue();
        HealthCheckResponse health = client.unary(HealthGrpcClient.Check,
                HealthCheckRequest.newBuilder().setService("plugin").build());
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }

    @Test
    void theAnnouncedUnixSocketIsOwnerOnlyAndRemovedWhenTheSessionEnds() throws Exception {
        Map<String, String> env = env("6", "unix");
        EarlyHandshake early = announce(env);
        Path socket = Path.of(early.line().address());
        assertThat(socket.getParent()).isEqualTo(socketDir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
        PluginSession session = startAnnounced(env, early);
        mtlsClient(session).unary(HealthGrpcClient.Check, HealthCheckRequest.newBuilder().setService("plugin").build());
        Await.result(session.close(), Duration.ofSeconds(10));
        assertThat(socket).doesNotExist();
    }

    @Test
    void aClientWithoutTheHostCertificateIsRefusedOnTheAdoptedSocket() {
        Map<String, String> env = env("6", "tcp");
        PluginSession session = startAnnounced(env, announce(env));
        SelfSignedCertificate stranger = SelfSignedCertificate.generate(io.vertiform.rpc.tls.Curve.P521, "HashiCorp");
        Throwable refused = Await.failure(client(session, stranger).call(HealthGrpcClient.Check,
                List.of(HealthCheckRequest.newBuilder().setService("plugin").build()), 0), Duration.ofSeconds(20));
        assertThat(refused).as("the stranger's call fails").isNotNull();
        assertThat(mtlsClient(session).unary(HealthGrpcClient.Check,
                HealthCheckRequest.newBuilder().setService("plugin").build()).getStatus())
                .as("the host's certificate still works").isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }

    @Test
    void plaintextSessionsAnnounceNoCertificate() {
        Map<String, String> env = Sessions.env("5", "tcp", null, socketDir);
        EarlyHandshake early = announce(env);
        assertThat(early.line().certificate()).isNull();
        PluginSession session = startAnnounced(env, early);
        RpcTestClient client = RpcTestClient.connect(vertx, session.handshake(), null);
        closeAfter(client);
        assertThat(client.unary(HealthGrpcClient.Check, HealthCheckRequest.newBuilder().setService("plugin").build())
                .getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }

    @Test
    void aCertificateIsRequiredExactlyWhenTheHostAskedForAutoMtls() {
        Map<String, String> tlsEnv = env("6", "tcp");
        SessionTerms tls = SessionTerms.settle(tlsEnv, ProtocolNegotiation.SUPPORTED);
        ReservedListener listener = Listeners.reserve(ListenPlan.forEnvironment(tls.environment()));
        closeAfter(listener::close);
        assertThatThrownBy(() -> new EarlyHandshake(tls, listener, Optional.empty()))
                .hasMessageContaining("AutoMTLS");
        SessionTerms plain = SessionTerms.settle(Sessions.env("6", "tcp", null, socketDir),
                ProtocolNegotiation.SUPPORTED);
        assertThatThrownBy(() -> new EarlyHandshake(plain, listener, Optional.of(AutoMtls.newServerCertificate())))
                .hasMessageContaining("plaintext");
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix", "tcp"})
    void aVertxWithoutTheAdoptingTransportFailsClearlyAndReleasesTheSocket(String transport) throws Exception {
        Map<String, String> env = env("6", transport);
        EarlyHandshake early = announce(env);
        Vertx plain = Vertx.vertx();
        try {
            assertThatThrownBy(() -> Await.result(PluginSession.start(plain,
                    PluginSessionOptions.of(env).withEarlyHandshake(early)), Duration.ofSeconds(20)))
                    .hasMessageContaining("not built with AdoptingTransport");
        } finally {
            Await.result(plain.close(), Duration.ofSeconds(10));
        }
        assertThatThrownBy(() -> dial(early.line())).isInstanceOf(IOException.class);
    }

    private static void dial(HandshakeLine line) throws IOException {
        if (line.transport() == Transport.UNIX) {
            try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                channel.connect(UnixDomainSocketAddress.of(line.address()));
            }
        } else {
            String[] hostPort = line.address().split(":");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 5_000);
            }
        }
    }
}
