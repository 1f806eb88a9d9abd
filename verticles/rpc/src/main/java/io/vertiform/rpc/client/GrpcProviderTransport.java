package io.vertiform.rpc.client;

import io.vertiform.contracts.provider.transport.ProviderTransport;
import io.vertiform.rpc.session.PluginSession;
import io.vertx.core.Future;
import java.time.Duration;

/** One in-process plugin session and the client attached to it, as a {@link ProviderTransport}. */
final class GrpcProviderTransport implements ProviderTransport {

    private final PluginSession session;
    private final PluginClient client;

    GrpcProviderTransport(PluginSession session, PluginClient client) {
        this.session = session;
        this.client = client;
    }

    @Override
    public String sessionId() {
        return session.id();
    }

    @Override
    public int protocol() {
        return client.protocol();
    }

    /** The address is the bus's business: over gRPC the request's type names the RPC. */
    @Override
    public Future<Object> request(String address, Object request, long timeoutMillis) {
        return client.send(request, Duration.ofMillis(timeoutMillis));
    }

    @Override
    public Future<Void> close() {
        return client.close().transform(ar -> session.close());
    }
}
