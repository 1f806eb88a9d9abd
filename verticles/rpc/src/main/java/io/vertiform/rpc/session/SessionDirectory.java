package io.vertiform.rpc.session;

import io.vertiform.contracts.provider.DescribeSession;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.LocalMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers {@link DescribeSession} for every plugin session of one Vert.x instance. The launch facts live in a
 * local shared map keyed by session id, and each RPC verticle consumes the address: whichever consumer the bus
 * picks can answer for any session, so several sessions in one JVM never get each other's environment.
 */
final class SessionDirectory {

    static final String MAP = "vertiform.rpc.sessions";
    private static final int UNKNOWN_SESSION = 404;

    private SessionDirectory() {
    }

    /** Records a session's launch facts and starts answering for it; the consumer dies with the verticle. */
    static Future<MessageConsumer<DescribeSession.Request>> publish(Vertx vertx, String sessionId,
                                                                   Map<String, String> environment,
                                                                   String workingDirectory) {
        sessions(vertx).put(sessionId, new JsonObject()
                .put("environment", new JsonObject(new LinkedHashMap<>(environment)))
                .put("cwd", workingDirectory));
        MessageConsumer<DescribeSession.Request> consumer = vertx.eventBus().localConsumer(DescribeSession.ADDRESS,
                message -> {
                    JsonObject facts = sessions(vertx).get(message.body().sessionId());
                    if (facts == null) {
                        message.fail(UNKNOWN_SESSION, "no plugin session " + message.body().sessionId());
                        return;
                    }
                    Map<String, String> env = new LinkedHashMap<>();
                    facts.getJsonObject("environment").forEach(e -> env.put(e.getKey(), String.valueOf(e.getValue())));
                    message.reply(new DescribeSession.Response(env, facts.getString("cwd")));
                });
        return consumer.completion().map(consumer);
    }

    /** Forgets a closed session. */
    static void withdraw(Vertx vertx, String sessionId) {
        sessions(vertx).remove(sessionId);
    }

    private static LocalMap<String, JsonObject> sessions(Vertx vertx) {
        return vertx.sharedData().getLocalMap(MAP);
    }
}
