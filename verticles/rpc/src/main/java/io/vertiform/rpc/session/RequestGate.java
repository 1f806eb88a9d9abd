package io.vertiform.rpc.session;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;

/**
 * The listener's request handler while a session is still getting ready. The handshake line goes out as soon as
 * the listener is bound, but the gRPC services and the provider's components come up after it; a request that
 * arrives before then is paused (its body is buffered, nothing is read or answered) and handed over once the
 * services exist. A request is therefore never answered before the components are deployed.
 */
final class RequestGate implements Handler<HttpServerRequest> {

    private final Future<Handler<HttpServerRequest>> services;

    /** @param services completes with the handler that serves requests (never fails: see the session) */
    RequestGate(Future<Handler<HttpServerRequest>> services) {
        this.services = services;
    }

    @Override
    public void handle(HttpServerRequest request) {
        if (services.succeeded()) {
            services.result().handle(request);
            return;
        }
        request.pause();
        services.onSuccess(handler -> {
            // The handler attaches its own data and end handlers; only then may the buffered body flow.
            handler.handle(request);
            request.resume();
        });
    }
}
