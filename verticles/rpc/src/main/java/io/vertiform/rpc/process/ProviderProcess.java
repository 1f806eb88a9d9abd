package io.vertiform.rpc.process;

import io.vertiform.foundation.log.LogSettings;
import io.vertiform.foundation.log.Logs;
import io.vertiform.foundation.log.VertiformLogger;
import io.vertiform.rpc.handshake.MagicCookie;
import io.vertiform.rpc.handshake.PluginEnvironment;
import io.vertiform.rpc.session.PluginSession;
import io.vertiform.rpc.session.PluginSessionOptions;
import io.vertiform.rpc.stdio.StdioCapture;
import io.vertiform.rpc.tls.AutoMtls;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A provider plugin process as go-plugin expects it: cookie check, stdout reserved for the handshake line, user
 * output captured, SIGINT ignored, one session, exit soon after the host's Shutdown (or SIGTERM).
 */
public final class ProviderProcess {

    /** How long closing Vert.x may take before the process exits anyway (go-plugin kills after 2 s). */
    private static final long CLOSE_GRACE_MILLIS = 1_000;
    private static final VertiformLogger LOG = Logs.logger("rpc.process");

    private ProviderProcess() {
    }

    /**
     * Runs until the session ends; returns the exit code (1 when not launched by a plugin host or the session
     * could not start).
     */
    public static int run(Map<String, String> environment, List<ComponentDeployer> components) {
        StartupTimeline timeline = new StartupTimeline();
        if (!MagicCookie.present(environment)) {
            System.err.print(MagicCookie.NOT_LAUNCHED_BY_HOST);
            System.err.flush();
            return 1;
        }
        StdioCapture capture = StdioCapture.install();
        Logs.configure(LogSettings.plugin(environment).withStream(capture::realStderr));
        Signals.ignoreInterrupt();
        timeline.mark("stdio_logs_signals");
        // Key generation and the JDK's crypto warm-up overlap with Vert.x's boot.
        AtomicLongArray tlsNanos = new AtomicLongArray(2);
        CompletableFuture<AutoMtls> tls = PluginEnvironment.parse(environment).clientCertificate()
                .map(pem -> makeTlsMaterial(pem, tlsNanos))
                .orElse(null);
        Vertx vertx = Vertx.vertx(PluginVertxOptions.create());
        timeline.mark("vertx_boot");
        PluginSessionOptions plain = PluginSessionOptions.of(environment).withStdio(capture.hub());
        PluginSessionOptions options = tls == null ? plain : plain.withPreparedTls(tls);
        Promise<Void> componentsReady = Promise.promise();
        PluginSession session;
        try {
            session = PluginSession.start(vertx, options, componentsReady.future())
                    .toCompletionStage().toCompletableFuture().get();
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            capture.realStderr().println("vertiform provider: cannot start: " + cause.getMessage());
            LOG.error("plugin session failed to start", cause);
            closeQuietly(vertx);
            return 1;
        }
        timeline.mark("session_listening");
        announce(capture.realStdout(), session);
        timeline.mark("handshake_print");
        // Components come up after the line, while the host reads it and connects; the session holds every call
        // until they are ready, so none is answered by a half-started provider.
        long componentsStarted = System.nanoTime();
        deployAll(vertx, environment, components).onComplete(componentsReady);
        long componentsCallNanos = System.nanoTime() - componentsStarted;
        if (tls != null) {
            timeline.record("tls_material_in_parallel", tlsNanos.get(0));
        }
        LOG.debug("plugin start-up timeline", timeline.fields());
        session.serving().onComplete(ar -> LOG.debug("plugin serving",
                "components_deploy_call_ms", componentsCallNanos / 1_000_000,
                "components_ms", (System.nanoTime() - componentsStarted) / 1_000_000,
                "tls_warm_up_ms", tlsNanos.get(1) / 1_000_000, "main_to_serving_ms", timeline.sinceMainMillis()));
        Signals.onTerminate(session::close);
        CountDownLatch ended = new CountDownLatch(1);
        session.closed().onComplete(ar -> ended.countDown());
        awaitUninterruptibly(ended);
        closeQuietly(vertx);
        return 0;
    }

    /**
     * Makes the AutoMTLS material on a thread of its own (the common pool may have a single worker on small
     * machines), then warms the JDK's TLS engine with it while the session binds its listener and the host
     * connects. {@code nanos}: making, warming.
     */
    private static CompletableFuture<AutoMtls> makeTlsMaterial(String hostPem, AtomicLongArray nanos) {
        CompletableFuture<AutoMtls> made = new CompletableFuture<>();
        Thread maker = new Thread(() -> {
            long started = System.nanoTime();
            AutoMtls material;
            try {
                material = AutoMtls.forHost(hostPem);
            } catch (RuntimeException e) {
                made.completeExceptionally(e);
                return;
            }
            nanos.set(0, System.nanoTime() - started);
            made.complete(material);
            material.warmUp();
            nanos.set(1, System.nanoTime() - started - nanos.get(0));
        }, "auto-mtls");
        maker.setDaemon(true);
        maker.start();
        return made;
    }

    /** Deploys every component; fails (after logging which one) if any does. */
    private static Future<Void> deployAll(Vertx vertx, Map<String, String> environment,
                                          List<ComponentDeployer> components) {
        List<Future<?>> deployed = new ArrayList<>();
        for (ComponentDeployer component : components) {
            Future<?> one;
            try {
                one = component.deploy(vertx, environment);
            } catch (RuntimeException e) {
                one = Future.failedFuture(e);
            }
            deployed.add(one.onFailure(e -> LOG.error("component failed to deploy", "component", component.name(), e))
                    .recover(e -> Future.failedFuture(new IllegalStateException(
                            "component " + component.name() + " failed to deploy: " + e.getMessage(), e))));
        }
        return Future.all(deployed).mapEmpty();
    }

    /** The one and only line on the real stdout. */
    private static void announce(PrintStream realStdout, PluginSession session) {
        realStdout.print(session.handshake().format() + "\n");
        realStdout.flush();
    }

    private static void closeQuietly(Vertx vertx) {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.debug("vert.x did not close in time; exiting anyway", "error", String.valueOf(e.getMessage()));
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // SIGINT is ignored; only the session's end lets the process go
            }
        }
    }
}
