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
        RpcVerticle verticle = new RpcVerticle(options);
        return vertx.deployVerticle(verticle).map(id -> verticle);
    }

    /** Unique id, sent to components in {@link io.vertiform.contracts.provider.ProviderHeaders#SESSION}. */
    String id();

    /** The negotiated plugin protocol major version. */
    int protocolVersion();

    /** The line to print on the real stdout. */
    HandshakeLine handshake();

    /** Completes when the session has ended (host Shutdown or {@link #close}). */
    Future<Void> closed();

    /** Ends the session: in-flight calls are cancelled, the listener closed, the socket file removed. */
    Future<Void> close();
}
