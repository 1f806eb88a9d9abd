package io.vertiform.rpc.session;

import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.rpc.support.RpcTestClient;
import io.vertiform.rpc.support.Sessions;
import io.vertiform.rpc.tls.Curve;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import io.vertiform.testkit.vertx.Await;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A Vert.x instance, a host certificate like go-plugin's (P-521), and cleanup of sessions and clients. */
abstract class SessionTestBase {

    static final SelfSignedCertificate HOST = SelfSignedCertificate.generate(Curve.P521, "HashiCorp");

    Vertx vertx;
    Path socketDir;
    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @BeforeEach
    void openVertx() throws Exception {
        vertx = newVertx();
        MessageCodecs.registerAll(vertx);
        socketDir = Files.createTempDirectory("vf-rpc");
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
        Await.result(vertx.close(), Duration.ofSeconds(10));
        try (var files = Files.list(socketDir)) {
            files.forEach(p -> p.toFile().delete());
        }
        Files.deleteIfExists(socketDir);
    }

    /** The Vert.x instance the sessions run on. */
    Vertx newVertx() {
        return Vertx.vertx();
    }

    /** Runs {@code resource.close()} after the test, before Vert.x closes. */
    void closeAfter(AutoCloseable resource) {
        cleanup.add(resource);
    }

    PluginSession start(Map<String, String> env) {
        return start(PluginSessionOptions.of(env));
    }

    PluginSession start(PluginSessionOptions options) {
        PluginSession session = Await.result(PluginSession.start(vertx, options), Duration.ofSeconds(20));
        cleanup.add(() -> Await.result(session.close(), Duration.ofSeconds(10)));
        return session;
    }

    /** A session with AutoMTLS over {@code transport}, and a client holding the host certificate. */
    RpcTestClient mtlsClient(PluginSession session) {
        RpcTestClient client = RpcTestClient.connect(vertx, session.handshake(), HOST);
        cleanup.add(client);
        return client;
    }

    RpcTestClient client(PluginSession session, SelfSignedCertificate cert) {
        RpcTestClient client = RpcTestClient.connect(vertx, session.handshake(), cert);
        cleanup.add(client);
        return client;
    }

    Map<String, String> env(String versions, String transport) {
        return Sessions.env(versions, transport, HOST, socketDir);
    }
}
