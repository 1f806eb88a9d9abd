package io.vertiform.testkit.provider;

import io.vertiform.contracts.provider.ProviderHeaders;
import io.vertiform.contracts.provider.transport.ProviderTransport;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import java.util.UUID;

/** Straight onto the event bus, with the headers the RPC layer puts on every request. */
final class BusTransport implements ProviderTransport {

    /** What the RPC layer would report for a current Terraform; records themselves are protocol-neutral. */
    static final int CLAIMED_PROTOCOL = 6;

    private final Vertx vertx;
    private final String session;

    BusTransport(Vertx vertx, String session) {
        this.vertx = vertx;
        this.session = session;
    }

    @Override
    public String sessionId() {
        return session;
    }

    @Override
    public int protocol() {
        return CLAIMED_PROTOCOL;
    }

    @Override
    public Future<Object> request(String address, Object request, long timeoutMillis) {
        DeliveryOptions o = new DeliveryOptions().setSendTimeout(timeoutMillis)
                .addHeader(ProviderHeaders.SESSION, session)
                .addHeader(ProviderHeaders.REQUEST_ID, UUID.randomUUID().toString())
                .addHeader(ProviderHeaders.PROTOCOL, Integer.toString(CLAIMED_PROTOCOL));
        return vertx.eventBus().request(address, request, o).map(Message::body);
    }

    @Override
    public Future<Void> close() {
        return Future.succeededFuture();
    }
}
