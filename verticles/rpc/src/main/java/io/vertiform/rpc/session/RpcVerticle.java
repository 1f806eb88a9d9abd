package io.vertiform.rpc.session;

import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.contracts.provider.ProviderHeaders;
import io.vertiform.contracts.provider.SessionEnded;
import io.vertiform.foundation.log.Logs;
import io.vertiform.foundation.log.VertiformLogger;
import io.vertiform.rpc.bus.CancelReason;
import io.vertiform.rpc.grpc.BrokerService;
import io.vertiform.rpc.grpc.ControllerService;
import io.vertiform.rpc.grpc.HealthService;
import io.vertiform.rpc.grpc.Provider5Service;
import io.vertiform.rpc.grpc.Provider6Service;
import io.vertiform.rpc.grpc.Provisioner5Service;
import io.vertiform.rpc.grpc.StdioService;
import io.vertiform.rpc.handshake.HandshakeException;
import io.vertiform.rpc.handshake.HandshakeLine;
import io.vertiform.rpc.handshake.PluginEnvironment;
import io.vertiform.rpc.handshake.SessionTerms;
import io.vertiform.rpc.tls.AutoMtls;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import io.vertiform.rpc.transport.BoundListener;
import io.vertiform.rpc.transport.ListenPlan;
import io.vertiform.rpc.transport.Listeners;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.http.Http2Settings;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.grpc.common.GrpcStatus;
import io.vertx.grpc.server.GrpcProtocol;
import io.vertx.grpc.server.GrpcServer;
import io.vertx.grpc.server.GrpcServerOptions;
import java.nio.file.Files;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The RPC verticle: one plugin session. Its gRPC server (all services on one HTTP/2 listener) and every call
 * handler run on this verticle's event loop; blocking work (key generation, socket files, large decodes) goes to
 * worker threads.
 */
public final class RpcVerticle extends VerticleBase implements PluginSession {

    private static final VertiformLogger LOG = Logs.logger("rpc");

    /** HTTP/2 flow-control windows sized for multi-megabyte states instead of the 64 KiB default. */
    private static final int STREAM_WINDOW = 1 << 20;
    private static final int CONNECTION_WINDOW = 16 << 20;

    private final PluginSessionOptions options;
    /** Requests are served once this completes (the plugin process's components); a failure refuses them. */
    private final Future<?> servingAfter;
    private final String id = UUID.randomUUID().toString();
    private final Promise<Void> closed = Promise.promise();
    /** The request handler once the session serves; the listener's gate holds requests until then. */
    private final Promise<Handler<HttpServerRequest>> services = Promise.promise();
    private volatile HandshakeLine handshake;
    private int protocol;
    private SessionRuntime runtime;
    private BoundListener listener;
    /** Set when {@link #close} undeploys: {@link #closed} then waits for the undeployment to finish. */
    private volatile boolean closing;

    RpcVerticle(PluginSessionOptions options, Future<?> servingAfter) {
        this.options = options;
        this.servingAfter = servingAfter;
    }

    @Override
    public Future<?> start() {
        if (options.earlyHandshake().isPresent()) {
            return startAnnounced(options.earlyHandshake().get());
        }
        SessionTerms terms;
        try {
            terms = SessionTerms.settle(options.environment(), options.protocols());
        } catch (HandshakeException e) {
            return Future.failedFuture(e);
        }
        protocol = terms.protocol();
        // Before the handshake line: only what the host needs to connect (certificate, bound listener). The rest
        // is built right after it, while the host reads the line and dials; the gate holds early requests.
        return autoMtls(terms.environment(), () -> AutoMtls.forHost(terms.environment().clientCertificate().get()))
                .compose(tls -> Listeners.listen(vertx, ListenPlan.forEnvironment(terms.environment()),
                                httpOptions(tls), new RequestGate(services.future()))
                        .map(bound -> listening(bound, tls == null ? null : tls.serverCertificate().der())));
    }

    /** A plugin process printed the line already: serve its socket with its certificate. */
    private Future<?> startAnnounced(EarlyHandshake early) {
        protocol = early.terms().protocol();
        return autoMtls(early.terms().environment(),
                () -> AutoMtls.forHost(early.terms().environment().clientCertificate().get(),
                        early.serverCertificate().get()))
                .compose(tls -> Listeners.adopt(vertx, early.listener(), httpOptions(tls),
                        new RequestGate(services.future())))
                .map(bound -> listening(bound, early.serverCertificate().map(SelfSignedCertificate::der).orElse(null)));
    }

    private static HttpServerOptions httpOptions(AutoMtls tls) {
        HttpServerOptions http = new HttpServerOptions()
                .setHttp2ClearTextEnabled(true)
                .setInitialSettings(new Http2Settings().setInitialWindowSize(STREAM_WINDOW))
                .setHttp2ConnectionWindowSize(CONNECTION_WINDOW);
        return tls == null ? http : tls.apply(http);
    }

    private BoundListener listening(BoundListener bound, byte[] certificate) {
        listener = bound;
        handshake = new HandshakeLine(protocol, bound.transport(), bound.address(), certificate);
        LOG.debug("plugin session listening", "session", id, "protocol", protocol,
                "network", bound.transport().network(), "address", bound.address(), "auto_mtls", certificate != null);
        // A task of its own, so the deployment (and with it the handshake line) completes first.
        context.runOnContext(v -> openServices().onComplete(services));
        return bound;
    }

    /**
     * Everything a request needs: codecs, the session's launch facts, the gRPC services, and the components the
     * session was told to wait for. Never fails: if something could not start, every call is answered
     * UNAVAILABLE with the reason (Terraform shows it to the user) and the host can still shut the plugin down.
     */
    private Future<Handler<HttpServerRequest>> openServices() {
        runtime = new SessionRuntime(vertx, id, protocol, options.offloadBytes(), options.stdio(), this::shutdownFromHost);
        return Future.succeededFuture().compose(v -> {
            MessageCodecs.registerAll(vertx);
            // A standalone plugin process was started in its host's working directory, so user.dir is the session's.
            String cwd = options.workingDirectory().orElseGet(() -> System.getProperty("user.dir", ""));
            return SessionDirectory.publish(vertx, id, options.environment(), cwd);
        }).map(described -> grpcServer())
                .compose(grpc -> servingAfter.<Handler<HttpServerRequest>>map(ready -> grpc))
                .recover(failure -> {
                    LOG.error("plugin session cannot serve; answering every call UNAVAILABLE", "session", id, failure);
                    return Future.succeededFuture(refusingServer(failure));
                })
                .onSuccess(handler -> LOG.debug("plugin session serving", "session", id));
    }

    /** Serves only GRPCController (so Shutdown still works) and refuses everything else with the reason. */
    private GrpcServer refusingServer(Throwable failure) {
        String reason = "vertiform provider could not start: " + failure.getMessage();
        GrpcServer grpc = GrpcServer.server(vertx, new GrpcServerOptions().setMaxMessageSize(options.maxMessageBytes()));
        ControllerService.bind(grpc, runtime);
        grpc.callHandler(call -> call.response().status(GrpcStatus.UNAVAILABLE).statusMessage(reason).end());
        return grpc;
    }

    /** The session's TLS material: none without AutoMTLS, else the prepared one, else {@code make} on a worker. */
    private Future<AutoMtls> autoMtls(PluginEnvironment env, Callable<AutoMtls> make) {
        if (env.clientCertificate().isEmpty()) {
            return Future.succeededFuture(null);
        }
        String pem = env.clientCertificate().get();
        if (options.preparedTls().isPresent()) {
            return Future.fromCompletionStage(options.preparedTls().get(), context)
                    .compose(prepared -> prepared.hostPem().equals(pem) ? Future.succeededFuture(prepared)
                            : vertx.executeBlocking(make));
        }
        return vertx.executeBlocking(make);
    }

    private GrpcServer grpcServer() {
        GrpcServerOptions grpcOptions = new GrpcServerOptions()
                .setMaxMessageSize(options.maxMessageBytes())
                .setScheduleDeadlineAutomatically(false)
                .removeEnabledProtocol(GrpcProtocol.WEB)
                .removeEnabledProtocol(GrpcProtocol.WEB_TEXT)
                .removeEnabledProtocol(GrpcProtocol.TRANSCODING);
        GrpcServer grpc = GrpcServer.server(vertx, grpcOptions);
        if (protocol == 5) {
            Provider5Service.bind(grpc, runtime);
            Provisioner5Service.bind(grpc);
        } else {
            Provider6Service.bind(grpc, runtime, options.maxMessageBytes());
        }
        HealthService.bind(grpc);
        ControllerService.bind(grpc, runtime);
        StdioService.bind(grpc, runtime);
        BrokerService.bind(grpc);
        return grpc;
    }

    private void shutdownFromHost() {
        LOG.debug("plugin host asked for shutdown", "session", id);
        close();
    }

    @Override
    public Future<?> stop() {
        SessionDirectory.withdraw(vertx, id);
        vertx.eventBus().publish(SessionEnded.ADDRESS, id, new DeliveryOptions().addHeader(ProviderHeaders.SESSION, id));
        if (runtime != null) {
            runtime.cancelAll(CancelReason.SHUTDOWN, null);
        }
        Future<Void> serverClosed = listener == null ? Future.succeededFuture() : listener.server().close();
        return serverClosed.compose(v -> listener == null || listener.socketPath().isEmpty() ? Future.<Void>succeededFuture()
                        : vertx.<Void>executeBlocking(() -> {
                            Files.deleteIfExists(listener.socketPath().get());
                            return null;
                        }))
                .onComplete(ar -> {
                    if (!closing) {
                        closed.tryComplete();
                    }
                });
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int protocolVersion() {
        return protocol;
    }

    @Override
    public HandshakeLine handshake() {
        return handshake;
    }

    @Override
    public Future<Void> serving() {
        return services.future().mapEmpty();
    }

    @Override
    public Future<Void> closed() {
        return closed.future();
    }

    @Override
    public Future<Void> close() {
        String deployment = deploymentID();
        if (deployment != null && !closing && vertx.deploymentIDs().contains(deployment)) {
            closing = true;
            vertx.undeploy(deployment).onComplete(ar -> closed.tryComplete());
        }
        return closed.future();
    }
}
