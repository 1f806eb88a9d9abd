package io.vertiform.framework.server;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ClientCapabilities;
import io.vertiform.contracts.provider.ProviderHeaders;
import io.vertiform.foundation.hub.Hub;
import io.vertiform.foundation.log.Logs;
import io.vertiform.foundation.log.VertiformLogger;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.engine.Failures;
import io.vertiform.framework.session.SessionState;
import io.vertiform.framework.session.Sessions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A component served on the bus: consumes its addresses, turns each request into a {@link Scope} (session,
 * diagnostics, cancellation) and always replies with the operation's response record — failures become error
 * diagnostics in it, never a failed or missing reply. Registers itself in the hub while deployed.
 */
abstract class ComponentVerticle extends VerticleBase {

    private final List<MessageConsumer<?>> consumers = new ArrayList<>();
    private final Sessions sessions;
    private final FrameworkOptions options;
    private final String hubKind;
    private final String typeName;
    private final String hubAddress;
    private final Map<String, String> metadata;
    protected final VertiformLogger log;

    ComponentVerticle(Sessions sessions, FrameworkOptions options, String hubKind, String typeName, String hubAddress,
                      Map<String, String> metadata) {
        this.sessions = sessions;
        this.options = options;
        this.hubKind = hubKind;
        this.typeName = typeName;
        this.hubAddress = hubAddress;
        this.metadata = metadata;
        this.log = Logs.logger("framework").named(hubKind + "." + typeName);
    }

    /**
     * Registers the consumers with {@link #serve}. The message codecs are registered once per Vert.x instance by
     * {@link ProviderServer#deploy}, the only place these verticles are deployed from, not again by each of them.
     */
    abstract void consume();

    @Override
    public final Future<?> start() {
        consume();
        List<Future<Void>> ready = new ArrayList<>();
        for (MessageConsumer<?> c : consumers) {
            ready.add(c.completion());
        }
        Future<?> all = Future.all(ready);
        if (options.registerInHub()) {
            all = all.compose(x -> Hub.create(vertx).register(hubAddress, hubKind, typeName, metadata));
        }
        return all;
    }

    @Override
    public Future<?> stop() {
        if (!options.registerInHub()) {
            return Future.succeededFuture();
        }
        return Hub.create(vertx).unregister(hubAddress).otherwise(0);
    }

    protected Sessions sessions() {
        return sessions;
    }

    /**
     * Serves requests of type {@code Q} on {@code address}.
     *
     * @param caps    the client capabilities a request carries (null when it carries none)
     * @param failure the response to send when the operation itself failed, from the diagnostics
     */
    protected <Q, R> void serve(String address, Class<Q> type, Function<Q, ClientCapabilities> caps,
                                BiFunction<Q, Scope, Future<R>> operation, Function<List<Diagnostic>, R> failure) {
        MessageConsumer<Object> c = vertx.eventBus().localConsumer(address, message -> handle(message, type, caps,
                operation, failure));
        consumers.add(c);
    }

    private <Q, R> void handle(Message<Object> message, Class<Q> type, Function<Q, ClientCapabilities> caps,
                               BiFunction<Q, Scope, Future<R>> operation, Function<List<Diagnostic>, R> failure) {
        if (!type.isInstance(message.body())) {
            message.fail(400, "expected a " + type.getName() + " on " + message.address() + ", got "
                    + (message.body() == null ? "nothing" : message.body().getClass().getName()));
            return;
        }
        Q body = type.cast(message.body());
        String sessionId = message.headers().get(ProviderHeaders.SESSION);
        String requestId = message.headers().get(ProviderHeaders.REQUEST_ID);
        int protocol = parseProtocol(message.headers().get(ProviderHeaders.PROTOCOL));
        Diagnostics diags = new Diagnostics();
        sessions.get(sessionId).compose(state -> {
            AtomicBoolean cancelled = state.begin(requestId);
            ClientCapabilities cc = caps == null ? null : caps.apply(body);
            Scope scope = new Scope(vertx, state, state.context(cc, protocol), diags, cancelled,
                    log.with("session", state.id()));
            Future<R> result;
            try {
                result = operation.apply(body, scope);
            } catch (RuntimeException e) {
                result = Future.failedFuture(e);
            }
            return result.onComplete(ar -> state.end(requestId));
        }).onComplete(ar -> {
            if (ar.succeeded()) {
                message.reply(ar.result());
            } else {
                log.error("request failed", "address", message.address(), "error", ar.cause());
                diags.add(Failures.diagnostic(ar.cause(), message.address(), null));
                message.reply(failure.apply(diags.toList()));
            }
        });
    }

    /** Consumers registered directly (broadcasts without replies) that start and stop with the verticle. */
    protected void extraConsumers(MessageConsumer<?>... more) {
        consumers.addAll(List.of(more));
    }

    /** The session state if it is already resolved (for cancellation and stop), else null. */
    protected SessionState resolvedSession(String sessionId) {
        return sessions.resolved().get(sessionId == null || sessionId.isEmpty() ? Sessions.DEFAULT_SESSION : sessionId);
    }

    private static int parseProtocol(String header) {
        try {
            return header == null ? 0 : Integer.parseInt(header);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
