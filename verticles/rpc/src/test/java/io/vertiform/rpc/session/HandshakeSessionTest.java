package io.vertiform.rpc.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.rpc.handshake.HandshakeException;
import io.vertiform.rpc.handshake.MagicCookie;
import io.vertiform.rpc.handshake.Transport;
import io.vertiform.rpc.proto.health.HealthCheckRequest;
import io.vertiform.rpc.proto.health.HealthCheckResponse;
import io.vertiform.rpc.proto.health.HealthGrpcClient;
import io.vertiform.rpc.proto.v6.GetProviderSchema;
import io.vertiform.rpc.proto.v6.ProviderGrpcClient;
import io.vertiform.rpc.support.RpcTestClient;
import io.vertiform.rpc.support.Sessions;
import io.vertiform.rpc.tls.Curve;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import io.vertiform.testkit.vertx.Await;
import io.vertx.grpc.common.GrpcStatus;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandshakeSessionTest extends SessionTestBase {

    @Test
    void tcpWithAutoMtlsAnnouncesADecodableCertificateAndServes() throws Exception {
        PluginSession session = start(env("5,6", "tcp"));
        String line = session.handshake().format();
        String[] fields = line.split("\\|", -1);
        assertThat(fields).hasSize(6);
        assertThat(fields[0]).isEqualTo("1");
        assertThat(fields[1]).isEqualTo("6");
        assertThat(fields[2]).isEqualTo("tcp");
        assertThat(fields[3]).matches("127\\.0\\.0\\.1:\\d+");
        int port = Integer.parseInt(fields[3].split(":")[1]);
        assertThat(port).isBetween(10000, 25000);
        assertThat(fields[4]).isEqualTo("grpc");
        assertThat(fields[5]).hasSizeGreaterThan(50).doesNotContain("=");
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(fields[5])));
        assertThat(cert.getSubjectAlternativeNames()).contains(List.of(2, "localhost"));

        RpcTestClient client = mtlsClient(session);
        GetProviderSchema.Response schema = client.unary(ProviderGrpcClient.GetProviderSchema,
                GetProviderSchema.Request.getDefaultInstance());
        assertThat(schema.hasProvider()).isTrue();
        assertThat(schema.getResourceSchemasMap()).isEmpty();
        assertThat(schema.getDiagnosticsList()).isEmpty();
        HealthCheckResponse health = client.unary(HealthGrpcClient.Check,
                HealthCheckRequest.newBuilder().setService("plugin").build());
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
        assertThat(client.outcome(HealthGrpcClient.Check, HealthCheckRequest.newBuilder().setService("other").build(), 0)
                .status()).isEqualTo(GrpcStatus.NOT_FOUND);
    }

    @Test
    void unixSocketIsOwnerOnlyAndServesMtls() throws Exception {
        PluginSession session = start(env("5", "unix"));
        assertThat(session.handshake().transport()).isEqualTo(Transport.UNIX);
        assertThat(session.protocolVersion()).isEqualTo(5);
        Path socket = Path.of(session.handshake().address());
        assertThat(socket.getParent()).isEqualTo(socketDir);
        assertThat(socket.getFileName().toString()).startsWith("plugin");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
        RpcTestClient client = mtlsClient(session);
        var schema = client.unary(io.vertiform.rpc.proto.v5.ProviderGrpcClient.GetSchema,
                io.vertiform.rpc.proto.v5.GetProviderSchema.Request.getDefaultInstance());
        assertThat(schema.hasProvider()).isTrue();
        Await.result(session.close(), Duration.ofSeconds(10));
        assertThat(socket).doesNotExist();
    }

    @Test
    void plaintextWithoutClientCertificate() {
        Map<String, String> env = Sessions.env("6", "tcp", null, socketDir);
        PluginSession session = start(env);
        assertThat(session.handshake().format()).endsWith("|grpc|");
        RpcTestClient client = client(session, null);
        assertThat(client.unary(ProviderGrpcClient.GetProviderSchema, GetProviderSchema.Request.getDefaultInstance())
                .hasProvider()).isTrue();
    }

    @Test
    void aClientWithoutTheHostCertificateIsRefused() {
        PluginSession session = start(env("6", "tcp"));
        SelfSignedCertificate stranger = SelfSignedCertificate.generate(Curve.P521, "HashiCorp");
        RpcTestClient client = client(session, stranger);
        var outcome = Await.failure(client.call(ProviderGrpcClient.GetProviderSchema,
                List.of(GetProviderSchema.Request.getDefaultInstance()), 0), Duration.ofSeconds(20));
        assertThat(outcome).isNotNull();
    }

    @Test
    void negotiationPicksTheHighestCommonVersion() {
        assertThat(start(env("6,5", "tcp")).protocolVersion()).isEqualTo(6);
        assertThat(start(env("5", "tcp")).protocolVersion()).isEqualTo(5);
        assertThat(start(env("4,7", "tcp")).protocolVersion()).isEqualTo(5);
        PluginSession only5 = start(PluginSessionOptions.of(env("5,6", "tcp")).withProtocols(java.util.Set.of(5)));
        assertThat(only5.protocolVersion()).isEqualTo(5);
    }

    @Test
    void aWrongCookieRefusesToStart() {
        Map<String, String> env = new HashMap<>(env("6", "tcp"));
        env.put(MagicCookie.KEY, "wrong");
        Throwable failure = Await.failure(PluginSession.start(vertx, PluginSessionOptions.of(env)), Duration.ofSeconds(10));
        assertThat(failure).isInstanceOf(HandshakeException.class).hasMessageContaining("not meant to be run directly");
    }

    @Test
    void severalSessionsShareOneJvmIndependently() {
        PluginSession a = start(env("6", "tcp"));
        PluginSession b = start(env("5", "unix"));
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(a.handshake().format()).isNotEqualTo(b.handshake().format());
        RpcTestClient ca = mtlsClient(a);
        RpcTestClient cb = mtlsClient(b);
        assertThat(ca.unary(ProviderGrpcClient.GetProviderSchema, GetProviderSchema.Request.getDefaultInstance())
                .hasProvider()).isTrue();
        Await.result(a.close(), Duration.ofSeconds(10));
        assertThat(cb.unary(io.vertiform.rpc.proto.v5.ProviderGrpcClient.GetSchema,
                io.vertiform.rpc.proto.v5.GetProviderSchema.Request.getDefaultInstance()).hasProvider()).isTrue();
    }

    @Test
    void shutdownEndsTheSession() {
        PluginSession session = start(env("6", "unix"));
        RpcTestClient client = mtlsClient(session);
        client.unary(io.vertiform.rpc.proto.plugin.GRPCControllerGrpcClient.Shutdown,
                io.vertiform.rpc.proto.plugin.Empty.getDefaultInstance());
        Await.result(session.closed(), Duration.ofSeconds(2));
        assertThat(Path.of(session.handshake().address())).doesNotExist();
    }
}
