package io.vertiform.framework.support;

import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.contracts.provider.DescribeSession;
import io.vertiform.contracts.provider.ProviderHeaders;
import io.vertiform.foundation.hub.Hub;
import io.vertiform.framework.registry.ComponentRegistry;
import io.vertiform.framework.server.FrameworkOptions;
import io.vertiform.framework.server.ProviderDeployment;
import io.vertiform.framework.server.ProviderServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Framework tests' own fixture (the testkit depends on this module, so it cannot be used here): a fresh Vert.x
 * with the hub, a deployed provider, a session describer and a blocking bus client.
 */
public final class Harness implements AutoCloseable {

    private final Vertx vertx;
    private final ProviderDeployment deployment;
    private final Map<String, DescribeSession.Response> table;
    private final MessageConsumer<Object> describer;

    private Harness(Vertx vertx, ProviderDeployment deployment, MessageConsumer<Object> describer,
                    Map<String, DescribeSession.Response> table) {
        this.vertx = vertx;
        this.deployment = deployment;
        this.describer = describer;
        this.table = table;
    }

    public static Harness start(ComponentRegistry registry) {
        return start(registry, FrameworkOptions.DEFAULT);
    }

    public static Harness start(ComponentRegistry registry, FrameworkOptions options) {
        Vertx vertx = Vertx.vertx();
        MessageCodecs.registerAll(vertx);
        await(Hub.deployRegistry(vertx));
        Map<String, DescribeSession.Response> table = new ConcurrentHashMap<>();
        MessageConsumer<Object> describer = vertx.eventBus().localConsumer(DescribeSession.ADDRESS, m -> {
            DescribeSession.Request q = (DescribeSession.Request) m.body();
            m.reply(table.getOrDefault(q.sessionId(), new DescribeSession.Response(Map.of(), "")));
        });
        await(describer.completion());
        ProviderDeployment d = await(ProviderServer.deploy(vertx, registry, options));
        return new Harness(vertx, d, describer, table);
    }

    /** A new session whose launching process had {@code env} and {@code cwd}. */
    public String session(Map<String, String> env, String cwd) {
        String id = UUID.randomUUID().toString();
        table.put(id, new DescribeSession.Response(env, cwd));
        return id;
    }

    public Vertx vertx() {
        return vertx;
    }

    public ProviderDeployment deployment() {
        return deployment;
    }

    /** Sends a request on a session and waits for the reply body. */
    @SuppressWarnings("unchecked")
    public <R> R request(String address, Object body, String session) {
        DeliveryOptions o = new DeliveryOptions().setSendTimeout(30_000);
        if (session != null) {
            o.addHeader(ProviderHeaders.SESSION, session);
        }
        o.addHeader(ProviderHeaders.REQUEST_ID, UUID.randomUUID().toString());
        return (R) await(vertx.eventBus().request(address, body, o)).body();
    }

    public static <T> T await(Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("future failed: " + e, e);
        }
    }

    @Override
    public void close() {
        await(deployment.undeploy());
        await(describer.unregister());
        await(vertx.close());
    }
}
