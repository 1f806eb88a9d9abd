package io.vertiform.framework.session;

import io.vertiform.contracts.provider.DescribeSession;
import io.vertiform.contracts.provider.ProviderHeaders;
import io.vertiform.foundation.log.Logs;
import io.vertiform.foundation.log.VertiformLogger;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions one provider deployment serves. The first request of a session asks
 * {@link DescribeSession#ADDRESS} for its launch facts; later requests reuse them. Shared by all component
 * verticles of the deployment.
 */
public final class Sessions {

    private static final VertiformLogger LOG = Logs.logger("framework.session");

    /** Requests carrying no session header share this one (tests, tools talking to components directly). */
    public static final String DEFAULT_SESSION = "default";

    private final Vertx vertx;
    private final long describeTimeoutMillis;
    private final Map<String, Future<SessionState>> sessions = new ConcurrentHashMap<>();

    public Sessions(Vertx vertx, long describeTimeoutMillis) {
        this.vertx = vertx;
        this.describeTimeoutMillis = describeTimeoutMillis;
    }

    /** The state of a session, resolving its launch facts on first use. */
    public Future<SessionState> get(String sessionId) {
        String id = sessionId == null || sessionId.isEmpty() ? DEFAULT_SESSION : sessionId;
        return sessions.computeIfAbsent(id, this::describe);
    }

    /** Known sessions whose launch facts are resolved. */
    public Map<String, SessionState> resolved() {
        Map<String, SessionState> out = new java.util.TreeMap<>();
        sessions.forEach((k, f) -> {
            if (f.succeeded()) {
                out.put(k, f.result());
            }
        });
        return out;
    }

    /** Forgets a session (its process went away). */
    public void forget(String sessionId) {
        sessions.remove(sessionId);
    }

    private Future<SessionState> describe(String id) {
        DeliveryOptions options = new DeliveryOptions().setSendTimeout(describeTimeoutMillis)
                .addHeader(ProviderHeaders.SESSION, id);
        return vertx.eventBus().<DescribeSession.Response>request(DescribeSession.ADDRESS,
                        new DescribeSession.Request(id), options)
                .map(m -> new SessionState(id, m.body().environment(), m.body().workingDirectory()))
                .recover(e -> {
                    if (e instanceof ReplyException r && r.failureType() == ReplyFailure.NO_HANDLERS) {
                        LOG.debug("no session describer; the session has an empty environment", "session", id);
                        return Future.succeededFuture(new SessionState(id, Map.of(), ""));
                    }
                    // Do not cache a transient failure: the next request asks again.
                    sessions.remove(id);
                    return Future.failedFuture(e);
                });
    }
}
