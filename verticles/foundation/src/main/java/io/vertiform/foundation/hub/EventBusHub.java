package io.vertiform.foundation.hub;

import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.contracts.hub.ComponentRegistration;
import io.vertiform.contracts.hub.DiscoverReply;
import io.vertiform.contracts.hub.DiscoverRequest;
import io.vertiform.contracts.hub.HubAddresses;
import io.vertiform.contracts.hub.Unregister;
import io.vertiform.contracts.hub.UnregisterReply;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import java.util.List;
import java.util.Objects;

/**
 * {@link Hub} over the event bus. Requests are local-only: each node answers from the shared map, and a
 * registration must reach the hub of the node it belongs to.
 */
final class EventBusHub implements Hub {
    private static final DeliveryOptions LOCAL = new DeliveryOptions().setLocalOnly(true);

    private final Vertx vertx;

    EventBusHub(Vertx vertx) {
        this.vertx = Objects.requireNonNull(vertx, "vertx");
        MessageCodecs.registerAll(vertx);
    }

    @Override
    public String nodeId() {
        return NodeIdentity.of(vertx);
    }

    @Override
    public Future<ComponentRegistration> register(ComponentRegistration registration) {
        return this.<ComponentRegistration>request(HubAddresses.REGISTER, registration).map(Message::body);
    }

    @Override
    public Future<Integer> unregister(Unregister request) {
        return this.<UnregisterReply>request(HubAddresses.UNREGISTER, request).map(m -> m.body().removed());
    }

    @Override
    public Future<List<ComponentRegistration>> discover(DiscoverRequest request) {
        return this.<DiscoverReply>request(HubAddresses.DISCOVER, request).map(m -> m.body().components());
    }

    private <T> Future<Message<T>> request(String address, Object body) {
        Objects.requireNonNull(body, "request");
        return vertx.eventBus().<T>request(address, body, LOCAL)
                .recover(failure -> Future.failedFuture(HubErrors.fromReply(address, failure)));
    }
}
