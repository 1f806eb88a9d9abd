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
import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
        long[] tlsNanos = new long[1];
        CompletableFuture<AutoMtls> tls = PluginEnvironment.parse(environment).clientCertificate()
                .map(pem -> {
                    CompletableFuture<AutoMtls> made = new CompletableFuture<>();
                    // A thread of its own: the common pool may have a single worker on small machines.
                    Thread maker = new Thread(() -> {
                        long started = System.nanoTime();
                        try {
                            AutoMtls material = AutoMtls.forHost(pem);
                            tlsNanos[0] = System.nanoTime() - started;
                            made.complete(material);
                        } catch (RuntimeException e) {
                            made.completeExceptionally(e);
                        }
                    }, "auto-mtls");
                    maker.setDaemon(true);
                    maker.start();
                    return made;
                })
                .orElse(null);
        Vertx vertx = Vertx.vertx();
        timeline.mark("vertx_boot");
        PluginSessionOptions plain = PluginSessionOptions.of(environment).withStdio(capture.hub());
        PluginSessionOptions options = tls == null ? plain : plain.withPreparedTls(tls);
        List<Future<?>> deployed = new ArrayList<>();
        for (ComponentDeployer component : components) {
            deployed.add(component.deploy(vertx, environment)
                    .onFailure(e -> LOG.error("component failed to deploy", "component", component.name(), e)));
        }
        Future<PluginSession> started = Future.all(deployed).compose(all -> PluginSession.start(vertx, options));
        PluginSession session;
        try {
            session = started.toCompletionStage().toCompletableFuture().get();
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            capture.realStderr().println("vertiform provider: cannot start: " + cause.getMessage());
            LOG.error("plugin session failed to start", cause);
            closeQuietly(vertx);
            return 1;
        }
        timeline.mark("components_and_session");
        announce(capture.realStdout(), session);
        timeline.mark("handshake_print");
        if (tls != null) {
            timeline.record("tls_material_in_parallel", tlsNanos[0]);
        }
        LOG.debug("plugin start-up timeline", timeline.fields());
        Signals.onTerminate(session::close);
        CountDownLatch ended = new CountDownLatch(1);
        session.closed().onComplete(ar -> ended.countDown());
        awaitUninterruptibly(ended);
        closeQuietly(vertx);
        return 0;
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
