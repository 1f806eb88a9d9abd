package io.vertiform.rpc.client;

import com.google.protobuf.Message;
import io.vertiform.rpc.client.mapping.ClientRpc;
import io.vertiform.rpc.client.mapping.RpcTable;
import io.vertiform.rpc.handshake.HandshakeLine;
import io.vertiform.rpc.handshake.Transport;
import io.vertiform.rpc.mapping.ProtoRecords;
import io.vertiform.rpc.proto.health.HealthCheckRequest;
import io.vertiform.rpc.proto.health.HealthGrpcClient;
import io.vertiform.rpc.proto.plugin.Empty;
import io.vertiform.rpc.proto.plugin.GRPCControllerGrpcClient;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.SocketAddress;
import io.vertx.grpc.client.GrpcClient;
import io.vertx.grpc.client.GrpcClientOptions;
import io.vertx.grpc.common.GrpcStatus;
import io.vertx.grpc.common.ServiceMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A go-plugin client in Java, doing what Terraform does with a provider plugin: launch it (or attach to an
 * in-process {@link io.vertiform.rpc.session.PluginSession}), read its handshake line, connect with AutoMTLS over
 * HTTP/2, and make provider RPCs with the neutral records of {@code io.vertiform.contracts.provider}, translated to
 * tfplugin5 or tfplugin6 according to the negotiated protocol. {@link #close} asks the plugin to shut down and
 * kills it after the grace period.
 */
public final class PluginClient implements ProviderCalls {

    private static final Duration CONNECT_CHECK_TIMEOUT = Duration.ofSeconds(30);

    private final Vertx vertx;
    private final GrpcClient grpc;
    private final SocketAddress address;
    private final HandshakeLine handshake;
    private final Optional<PluginProcess> process;
    private final Duration shutdownGrace;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Promise<Void> closed = Promise.promise();

    private PluginClient(Vertx vertx, GrpcClient grpc, HandshakeLine handshake, Optional<PluginProcess> process,
                         Duration shutdownGrace) {
        this.vertx = vertx;
        this.grpc = grpc;
        this.address = address(handshake);
        this.handshake = handshake;
        this.process = process;
        this.shutdownGrace = shutdownGrace;
    }

    /**
     * Starts the plugin executable as Terraform does and connects to it. Fails with a
     * {@link PluginClientException} when the process exits, stays silent past the start timeout, prints
     * something other than a valid handshake line, or cannot be reached; the process is killed then.
     */
    public static Future<PluginClient> launch(Vertx vertx, PluginClientOptions options) {
        Future<SelfSignedCertificate> own = options.autoMtls()
                ? vertx.executeBlocking(ClientTls::newCertificate) : Future.succeededFuture(null);
        return own.compose(cert -> {
            PluginProcess p;
            try {
                p = PluginProcess.start(options, HostEnvironment.of(options.protocols(), cert));
            } catch (PluginClientException e) {
                return Future.failedFuture(e);
            }
            return p.handshake(vertx, options.startTimeout(), options.stderr())
                    .compose(line -> connect(vertx, line, options.protocols(), cert, Optional.of(p),
                            options.shutdownGrace(), options.maxMessageBytes()))
                    .recover(failure -> {
                        p.process().destroyForcibly();
                        if (failure instanceof PluginClientException) {
                            return Future.failedFuture(failure);
                        }
                        return Future.failedFuture(new PluginClientException(failure.getMessage() + p.stderrTail(),
                                failure));
                    });
        });
    }

    /**
     * Connects to a plugin that is already running, e.g. an in-process session, from its handshake line.
     * {@code clientCertificate} is the one its environment named in {@code PLUGIN_CLIENT_CERT}; null for a
     * plaintext session.
     */
    public static Future<PluginClient> attach(Vertx vertx, String handshakeLine, Set<Integer> offered,
                                              SelfSignedCertificate clientCertificate) {
        return connect(vertx, handshakeLine, offered, clientCertificate, Optional.empty(),
                PluginClientOptions.DEFAULT_SHUTDOWN_GRACE, io.vertiform.rpc.session.PluginSessionOptions
                        .DEFAULT_MAX_MESSAGE_BYTES);
    }

    private static Future<PluginClient> connect(Vertx vertx, String line, Set<Integer> offered,
                                                SelfSignedCertificate own, Optional<PluginProcess> process,
                                                Duration grace, long maxMessageBytes) {
        PluginClient client;
        try {
            HandshakeLine parsed = ServerHandshake.parse(line, offered, own != null);
            HttpClientOptions http = new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                    .setHttp2ClearTextUpgrade(false);
            if (own != null) {
                ClientTls.apply(http, own, ClientTls.serverCertificate(parsed.certificate()));
            }
            GrpcClient grpc = GrpcClient.client(vertx, new GrpcClientOptions().setMaxMessageSize(maxMessageBytes),
                    http);
            client = new PluginClient(vertx, grpc, parsed, process, grace);
        } catch (RuntimeException e) {
            return Future.failedFuture(e instanceof PluginClientException ? e
                    : new PluginClientException("cannot connect to the plugin: " + e.getMessage(), e));
        }
        return client.checkConnection().map(client).recover(failure -> client.grpc.close().transform(x ->
                Future.failedFuture(new PluginClientException("cannot connect to the plugin at "
                        + client.handshake.address() + ": " + failure.getMessage(), failure))));
    }

    /** One health check: makes TLS or transport problems show up now, not at the first provider call. */
    private Future<Void> checkConnection() {
        return grpc.request(address, HealthGrpcClient.Check).compose(req -> {
            req.timeout(CONNECT_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            req.end(HealthCheckRequest.newBuilder().setService("plugin").build());
            return req.response().compose(resp -> resp.last()).mapEmpty();
        });
    }

    private static SocketAddress address(HandshakeLine line) {
        if (line.transport() == Transport.UNIX) {
            return SocketAddress.domainSocketAddress(line.address());
        }
        int colon = line.address().lastIndexOf(':');
        if (colon < 0) {
            throw new PluginClientException("tcp address without a port: " + line.address());
        }
        try {
            return SocketAddress.inetSocketAddress(Integer.parseInt(line.address().substring(colon + 1)),
                    line.address().substring(0, colon));
        } catch (NumberFormatException e) {
            throw new PluginClientException("tcp address with a bad port: " + line.address(), e);
        }
    }

    /** The negotiated plugin protocol (5 or 6). */
    public int protocol() {
        return handshake.appVersion();
    }

    public HandshakeLine handshake() {
        return handshake;
    }

    /** The launched process; empty for attached clients. */
    public Optional<Process> process() {
        return process.map(PluginProcess::process);
    }

    // ---------------------------------------------------------------- calls

    @Override
    public <Q extends Record, R extends Record> Future<R> call(ClientRpc<Q, R> rpc, Q request, Duration timeout) {
        if (rpc.streaming()) {
            return Future.failedFuture(new IllegalArgumentException(rpc.name() + " answers a stream; use stream()"));
        }
        return exchange(rpc, request, timeout).compose(items -> items.size() == 1 ? Future.succeededFuture(items.get(0))
                : Future.failedFuture(new PluginCallException(rpc.name(), GrpcStatus.INTERNAL,
                        "expected one response message, got " + items.size())));
    }

    @Override
    public <Q extends Record, R extends Record> Future<List<R>> stream(ClientRpc<Q, R> rpc, Q request,
                                                                      Duration timeout) {
        if (!rpc.streaming()) {
            return Future.failedFuture(new IllegalArgumentException(rpc.name() + " is unary; use call()"));
        }
        return exchange(rpc, request, timeout);
    }

    /**
     * Sends any provider request record (the RPC is chosen by its type); completes with the response record, or
     * for streaming RPCs with the list of items.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Future<Object> send(Object request, Duration timeout) {
        ClientRpc rpc;
        try {
            rpc = RpcTable.forRequest(request);
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
        Future<?> answer = rpc.streaming() ? stream(rpc, (Record) request, timeout)
                : call(rpc, (Record) request, timeout);
        return (Future<Object>) answer;
    }

    @SuppressWarnings("unchecked")
    private <Q extends Record, R extends Record> Future<List<R>> exchange(ClientRpc<Q, R> rpc, Q request,
                                                                         Duration timeout) {
        Message message;
        ServiceMethod<Message, Message> method;
        try {
            ClientRpc.Binding binding = rpc.binding(protocol());
            message = ProtoRecords.fill(request, binding.requestPrototype().newBuilderForType()).build();
            method = (ServiceMethod<Message, Message>) binding.method();
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        Future<io.vertx.grpc.client.GrpcClientRequest<Message, Message>> opened = grpc.request(address, method)
                .recover(failure -> Future.failedFuture(new PluginCallException(rpc.name(), GrpcStatus.UNAVAILABLE,
                        "Plugin did not respond: " + failure.getMessage())));
        return opened.compose(req -> {
            if (timeout != null && !timeout.isZero()) {
                req.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            req.end(message);
            return req.response().compose(resp -> {
                List<R> items = new ArrayList<>();
                Promise<List<R>> done = Promise.promise();
                resp.handler(m -> {
                    try {
                        items.add(ProtoRecords.toRecord(m, rpc.responseType()));
                    } catch (RuntimeException e) {
                        done.tryFail(e);
                    }
                });
                resp.endHandler(v -> {
                    if (resp.status() == GrpcStatus.OK) {
                        done.tryComplete(items);
                    } else {
                        done.tryFail(new PluginCallException(rpc.name(), resp.status(), resp.statusMessage()));
                    }
                });
                resp.exceptionHandler(err -> done.tryFail(new PluginCallException(rpc.name(),
                        resp.status() == null ? GrpcStatus.UNKNOWN : resp.status(), String.valueOf(err.getMessage()))));
                return done.future();
            });
        });
    }

    // ---------------------------------------------------------------- shutdown

    /**
     * Ends the plugin as go-plugin does: GRPCController/Shutdown (its outcome ignored), the connection closed,
     * then up to the grace period for the process to exit before it is killed. Idempotent.
     */
    public Future<Void> close() {
        if (!closing.compareAndSet(false, true)) {
            return closed.future();
        }
        Future<Void> shutdown = grpc.request(address, GRPCControllerGrpcClient.Shutdown).compose(req -> {
            req.timeout(Math.max(1, shutdownGrace.toMillis()), TimeUnit.MILLISECONDS);
            req.end(Empty.getDefaultInstance());
            return req.response().compose(resp -> resp.last()).<Void>mapEmpty();
        });
        shutdown.transform(ar -> grpc.close())
                .transform(ar -> process.map(p -> awaitExit(p.process())).orElseGet(Future::succeededFuture))
                .onComplete(ar -> closed.tryComplete());
        return closed.future();
    }

    private Future<Void> awaitExit(Process p) {
        Promise<Void> exited = Promise.promise();
        p.onExit().thenRun(exited::tryComplete);
        long timer = vertx.setTimer(Math.max(1, shutdownGrace.toMillis()), id -> {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        });
        return exited.future().onComplete(ar -> vertx.cancelTimer(timer));
    }
}
