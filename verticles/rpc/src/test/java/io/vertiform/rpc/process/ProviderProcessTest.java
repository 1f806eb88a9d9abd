package io.vertiform.rpc.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.rpc.handshake.HandshakeLine;
import io.vertiform.rpc.handshake.MagicCookie;
import io.vertiform.rpc.handshake.PluginEnvironment;
import io.vertiform.rpc.handshake.Transport;
import io.vertiform.rpc.proto.health.HealthCheckRequest;
import io.vertiform.rpc.proto.health.HealthCheckResponse;
import io.vertiform.rpc.proto.health.HealthGrpcClient;
import io.vertiform.rpc.proto.plugin.Empty;
import io.vertiform.rpc.proto.plugin.GRPCControllerGrpcClient;
import io.vertiform.rpc.support.RpcTestClient;
import io.vertiform.rpc.tls.Curve;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import io.vertiform.testkit.vertx.Await;
import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider as a real process: stdout, exit codes, signals, Shutdown. */
class ProviderProcessTest {

    private static final SelfSignedCertificate HOST = SelfSignedCertificate.generate(Curve.P521, "HashiCorp");

    private Vertx vertx;
    private Path socketDir;
    private Process process;

    @BeforeEach
    void setUp() throws IOException {
        vertx = Vertx.vertx();
        socketDir = Files.createTempDirectory("vf-proc");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Await.result(vertx.close(), Duration.ofSeconds(10));
        try (var files = Files.list(socketDir)) {
            files.forEach(p -> p.toFile().delete());
        }
        Files.deleteIfExists(socketDir);
    }

    private Process launch(Map<String, String> extraEnv, boolean cookie) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:disable", "-Xlog:all=warning:stderr", "-cp", System.getProperty("java.class.path"),
                NoisyProviderMain.class.getName());
        builder.environment().remove(MagicCookie.KEY);
        if (cookie) {
            builder.environment().put(MagicCookie.KEY, MagicCookie.VALUE);
        }
        builder.environment().put(PluginEnvironment.PROTOCOL_VERSIONS, "5,6");
        builder.environment().put(PluginEnvironment.CLIENT_CERT, HOST.certificatePem());
        builder.environment().put(PluginEnvironment.UNIX_SOCKET_DIR, socketDir.toString());
        builder.environment().putAll(extraEnv);
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        process = builder.start();
        return process;
    }

    /**
     * Blocking reads get threads of their own: on a 2-core machine the common pool has one worker, and newer
     * JDKs run CompletableFuture's async tasks there even then, so two blocking reads would queue.
     */
    private static final java.util.concurrent.ExecutorService READERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "subprocess-reader");
        t.setDaemon(true);
        return t;
    });

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, READERS);
    }

    private static String firstLine(Process p, CompletableFuture<String> stderr) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return reader.readLine();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, READERS).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("no handshake line within 60 s; stderr:\n" + stderr.get(10, TimeUnit.SECONDS), e);
        }
    }

    private static HandshakeLine parse(String line) {
        String[] f = line.split("\\|", -1);
        return new HandshakeLine(Integer.parseInt(f[1]), "unix".equals(f[2]) ? Transport.UNIX : Transport.TCP, f[3],
                f[5].isEmpty() ? null : Base64.getDecoder().decode(f[5]));
    }

    @Test
    void stdoutCarriesTheHandshakeLineAndNothingElse() throws Exception {
        Process p = launch(Map.of(), true);
        CompletableFuture<String> stderr = drain(p.getErrorStream());
        String line = firstLine(p, stderr);
        assertThat(line).matches("1\\|6\\|unix\\|/[^|]+\\|grpc\\|[A-Za-z0-9+/]{50,}");
        CompletableFuture<String> restOfStdout = drain(p.getInputStream());
        HandshakeLine handshake = parse(line);
        try (RpcTestClient client = RpcTestClient.connect(vertx, handshake, HOST)) {
            HealthCheckResponse health = client.unary(HealthGrpcClient.Check,
                    HealthCheckRequest.newBuilder().setService("plugin").build());
            assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
            long asked = System.nanoTime();
            client.unary(GRPCControllerGrpcClient.Shutdown, Empty.getDefaultInstance());
            assertThat(p.waitFor(2, TimeUnit.SECONDS)).as("exited within 2 s of Shutdown").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(2));
        }
        assertThat(p.exitValue()).isZero();
        assertThat(restOfStdout.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(stderr.get(10, TimeUnit.SECONDS)).contains("user code wrote to stdout", "user code wrote to stderr");
        assertThat(Path.of(handshake.address())).doesNotExist();
    }

    @Test
    void withoutTheCookieItExplainsAndExitsOne() throws Exception {
        Process p = launch(Map.of(), false);
        CompletableFuture<String> stdout = drain(p.getInputStream());
        CompletableFuture<String> stderr = drain(p.getErrorStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(stdout.get()).isEmpty();
        assertThat(stderr.get()).contains("not meant to be run directly").contains("terraform init");
    }

    @Test
    void aGarbledHostCertificateIsRefusedBeforeAnyHandshakeLine() throws Exception {
        Process p = launch(Map.of(PluginEnvironment.CLIENT_CERT, "-----BEGIN CERTIFICATE-----\n%%%\n"), true);
        CompletableFuture<String> stdout = drain(p.getInputStream());
        CompletableFuture<String> stderr = drain(p.getErrorStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(stdout.get()).isEmpty();
        assertThat(stderr.get()).contains("cannot start: PLUGIN_CLIENT_CERT is not a PEM certificate");
        try (var left = Files.list(socketDir)) {
            assertThat(left).as("no socket left behind").isEmpty();
        }
    }

    @Test
    void aWellArmouredNonCertificateIsRefusedAfterTheLineAndTheSocketRemoved() throws Exception {
        Process p = launch(Map.of(PluginEnvironment.CLIENT_CERT,
                "-----BEGIN CERTIFICATE-----\nAAEC\n-----END CERTIFICATE-----\n"), true);
        CompletableFuture<String> stdout = drain(p.getInputStream());
        CompletableFuture<String> stderr = drain(p.getErrorStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        // The line went out before the host's certificate was parsed (start-up order); the host then sees the
        // plugin exit with this reason on its stderr.
        assertThat(stdout.get()).matches("1\\|6\\|unix\\|/[^|]+\\|grpc\\|[A-Za-z0-9+/]+\n");
        assertThat(stderr.get()).contains("cannot start: PLUGIN_CLIENT_CERT is not a PEM certificate");
        try (var left = Files.list(socketDir)) {
            assertThat(left).as("no socket left behind").isEmpty();
        }
    }

    @Test
    void sigintIsIgnoredAndSigtermExitsCleanly() throws Exception {
        Process p = launch(Map.of(PluginEnvironment.TRANSPORT, "tcp", PluginEnvironment.PROTOCOL_VERSIONS, "5"), true);
        HandshakeLine handshake = parse(firstLine(p, drain(p.getErrorStream())));
        assertThat(handshake.appVersion()).isEqualTo(5);
        assertThat(handshake.transport()).isEqualTo(Transport.TCP);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor(10, TimeUnit.SECONDS);
        assertThat(p.waitFor(1, TimeUnit.SECONDS)).as("still running after SIGINT").isFalse();
        try (RpcTestClient client = RpcTestClient.connect(vertx, handshake, HOST)) {
            assertThat(client.unary(HealthGrpcClient.Check, HealthCheckRequest.getDefaultInstance()).getStatus())
                    .isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
        }
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<String> leftovers = new ArrayList<>();
        try (var files = Files.list(socketDir)) {
            files.forEach(f -> leftovers.add(f.toString()));
        }
        assertThat(leftovers).isEmpty();
    }
}
