package io.vertiform.rpc.session;

import io.vertiform.rpc.handshake.HandshakeLine;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * One go-plugin session: one host (a Terraform provider instance) with its own listener, certificates,
 * negotiated protocol and provider instance. A JVM may run several side by side on one Vert.x instance; each is
 * an {@link RpcVerticle}.
 */
public interface PluginSession {

    /**
     * Starts a session: checks the environment, negotiates the protocol, makes the AutoMTLS certificate,
     * listens, and resolves once the handshake line may be printed. Fails with a
     * {@link io.vertiform.rpc.handshake.HandshakeException} for an environment it cannot serve.
     */
    static Future<PluginSession> start(Vertx vertx, PluginSessionOptions options) {
        return start(vertx, options, Future.succeededFuture());
    }

    /**
     * Like {@link #start(Vertx, PluginSessionOptions)}, but calls are only served once {@code servingAfter}
     * completes (a plugin process deploys its components after the handshake line): until then requests wait;
     * if it fails, they are answered UNAVAILABLE with its message.
     */
    static Future<PluginSession> start(Vertx vertx, PluginSessionOptions options, Future<?> servingAfter) {
        RpcVerticle verticle = new RpcVerticle(options, servingAfter);
        return vertx.deployVerticle(verticle).map(id -> verticle);
    }

    /** Unique id, sent to components in {@link io.vertiform.contracts.provider.ProviderHeaders#SESSION}. */
    String id();

    /** The negotiated plugin protocol major version. */
    int protocolVersion();

    /** The line to print on the real stdout. */
    HandshakeLine handshake();

    /**
     * Completes once calls are served: gRPC services bound and {@code servingAfter} done (or failed, in which
     * case calls are refused with its reason). Calls that arrive earlier wait.
     */
    Future<Void> serving();

    /** Completes when the session has ended (host Shutdown or {@link #close}). */
    Future<Void> closed();

    /** Ends the session: in-flight calls are cancelled, the listener closed, the socket file removed. */
    Future<Void> close();
}
