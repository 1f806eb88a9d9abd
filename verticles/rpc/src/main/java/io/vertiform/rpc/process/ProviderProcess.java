package io.vertiform.rpc.process;

import io.vertiform.foundation.log.LogSettings;
import io.vertiform.foundation.log.Logs;
import io.vertiform.foundation.log.VertiformLogger;
import io.vertiform.rpc.handshake.HandshakeLine;
import io.vertiform.rpc.handshake.MagicCookie;
import io.vertiform.rpc.handshake.SessionTerms;
import io.vertiform.rpc.session.EarlyHandshake;
import io.vertiform.rpc.session.PluginSession;
import io.vertiform.rpc.session.PluginSessionOptions;
import io.vertiform.rpc.stdio.StdioCapture;
import io.vertiform.rpc.tls.AutoMtls;
import io.vertiform.rpc.tls.ClientCertificates;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import io.vertiform.rpc.transport.AdoptingTransport;
import io.vertiform.rpc.transport.ListenPlan;
import io.vertiform.rpc.transport.Listeners;
import io.vertiform.rpc.transport.ReservedListener;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
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
        // The handshake line needs only the terms, a bound socket and the certificate: JDK work, on two threads.
        // Vert.x boots after the line and adopts the socket the line announced. (Booting it in parallel was
        // slower for both the line and the first answer: 2 cores, and the JIT compiler wants one.)
        PluginSessionOptions options = PluginSessionOptions.of(environment).withStdio(capture.hub());
        AtomicLongArray tlsNanos = new AtomicLongArray(3);
        EarlyHandshake early;
        CompletableFuture<AutoMtls> tls;
        try {
            SessionTerms terms = SessionTerms.settle(environment, options.protocols());
            Optional<String> hostPem = terms.environment().clientCertificate();
            hostPem.ifPresent(ClientCertificates::checkArmour);
            CompletableFuture<SelfSignedCertificate> certificate = new CompletableFuture<>();
            tls = hostPem.map(pem -> makeTlsMaterial(pem, certificate, tlsNanos)).orElse(null);
            ReservedListener listener = Listeners.reserve(ListenPlan.forEnvironment(terms.environment()));
            timeline.mark("listener_reserved");
            try {
                early = new EarlyHandshake(terms, listener,
                        tls == null ? Optional.empty() : Optional.of(certificate.join()));
            } catch (RuntimeException e) {
                listener.close();
                throw e;
            }
            timeline.mark("certificate_wait");
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            capture.realStderr().println("vertiform provider: cannot start: " + cause.getMessage());
            LOG.error("plugin session failed to start", cause);
            return 1;
        }
        announce(capture.realStdout(), early.line());
        timeline.markHandshake("handshake_print");
        options = options.withEarlyHandshake(early);
        if (tls != null) {
            options = options.withPreparedTls(tls);
        }
        Promise<Void> componentsReady = Promise.promise();
        Vertx vertx = null;
        PluginSession session;
        try {
            vertx = Vertx.builder().with(PluginVertxOptions.create()).withTransport(AdoptingTransport.INSTANCE).build();
            timeline.mark("vertx_boot");
            session = PluginSession.start(vertx, options, componentsReady.future())
                    .toCompletionStage().toCompletableFuture().get();
        } catch (Exception e) {
            // The line is out; the host sees the plugin exit and shows this message from its stderr.
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            capture.realStderr().println("vertiform provider: cannot start: " + cause.getMessage());
            LOG.error("plugin session failed to start", cause);
            early.listener().close();
            if (vertx != null) {
                closeQuietly(vertx);
            }
            return 1;
        }
        timeline.mark("session_serving_socket");
        // Components come up while the host dials; the session holds every call until they are ready, so none is
        // answered by a half-started provider.
        long componentsStarted = System.nanoTime();
        deployAll(vertx, environment, components).onComplete(componentsReady);
        long componentsCallNanos = System.nanoTime() - componentsStarted;
        if (tls != null) {
            timeline.record("tls_certificate_in_parallel", tlsNanos.get(0));
            timeline.record("tls_host_and_managers_in_parallel", tlsNanos.get(1));
        }
        LOG.debug("plugin start-up timeline", timeline.fields());
        session.serving().onComplete(ar -> LOG.debug("plugin serving",
                "components_deploy_call_ms", componentsCallNanos / 1_000_000,
                "components_ms", (System.nanoTime() - componentsStarted) / 1_000_000,
                "tls_warm_up_ms", tlsNanos.get(2) / 1_000_000, "main_to_serving_ms", timeline.sinceMainMillis()));
        Signals.onTerminate(session::close);
        CountDownLatch ended = new CountDownLatch(1);
        session.closed().onComplete(ar -> ended.countDown());
        awaitUninterruptibly(ended);
        closeQuietly(vertx);
        return 0;
    }

    /**
     * Makes the AutoMTLS material on a thread of its own (the common pool may have a single worker on small
     * machines): first the server certificate, which completes {@code certificate} for the handshake line, then
     * the host's certificate and the JSSE managers, then a warm-up of the JDK's TLS engine while the session
     * adopts its socket and the host connects. {@code nanos}: certificate, the rest, warming.
     */
    private static CompletableFuture<AutoMtls> makeTlsMaterial(String hostPem,
                                                             CompletableFuture<SelfSignedCertificate> certificate,
                                                             AtomicLongArray nanos) {
        CompletableFuture<AutoMtls> made = new CompletableFuture<>();
        Thread maker = new Thread(() -> {
            long started = System.nanoTime();
            AutoMtls material;
            try {
                SelfSignedCertificate server = AutoMtls.newServerCertificate();
                nanos.set(0, System.nanoTime() - started);
                certificate.complete(server);
                material = AutoMtls.forHost(hostPem, server);
            } catch (RuntimeException e) {
                certificate.completeExceptionally(e);
                made.completeExceptionally(e);
                return;
            }
            nanos.set(1, System.nanoTime() - started - nanos.get(0));
            made.complete(material);
            material.warmUp();
            nanos.set(2, System.nanoTime() - started - nanos.get(0) - nanos.get(1));
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
    private static void announce(PrintStream realStdout, HandshakeLine line) {
        realStdout.print(line.format() + "\n");
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
