package io.vertiform.testkit.provider;

import io.vertiform.contracts.provider.DescribeSession;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Plays the session owner (the RPC layer in production): answers {@link DescribeSession} from a table. */
public final class SessionDescriber {

    private final Map<String, DescribeSession.Response> table;
    private final MessageConsumer<Object> consumer;

    private SessionDescriber(Map<String, DescribeSession.Response> table, MessageConsumer<Object> consumer) {
        this.table = table;
        this.consumer = consumer;
    }

    public static Future<SessionDescriber> start(Vertx vertx) {
        Map<String, DescribeSession.Response> table = new ConcurrentHashMap<>();
        MessageConsumer<Object> c = vertx.eventBus().localConsumer(DescribeSession.ADDRESS, m -> {
            if (m.body() instanceof DescribeSession.Request q) {
                m.reply(table.getOrDefault(q.sessionId(), new DescribeSession.Response(Map.of(), "")));
            } else {
                m.fail(400, "expected a DescribeSession.Request");
            }
        });
        return c.completion().map(x -> new SessionDescriber(table, c));
    }

    /** Registers a new session launched with {@code env} in {@code cwd}; returns its id. */
    public String add(Map<String, String> env, String cwd) {
        String id = "session-" + UUID.randomUUID();
        table.put(id, new DescribeSession.Response(env, cwd));
        return id;
    }

    public Future<Void> stop() {
        return consumer.unregister();
    }
}
