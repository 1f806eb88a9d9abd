package io.vertiform.rpc.bus;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.Objects;

/**
 * One in-flight RPC of a session: its id, deadline and cancellation. Lives on the session's event loop.
 */
public final class CallContext {

    private final String sessionId;
    private final String requestId;
    private final int protocol;
    private final long deadlineMillis;
    private final Promise<CancelReason> cancelled = Promise.promise();

    /**
     * @param deadlineMillis absolute epoch-millisecond deadline, 0 for none
     */
    public CallContext(String sessionId, String requestId, int protocol, long deadlineMillis) {
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.protocol = protocol;
        this.deadlineMillis = deadlineMillis;
    }

    public String sessionId() {
        return sessionId;
    }

    public String requestId() {
        return requestId;
    }

    public int protocol() {
        return protocol;
    }

    public long deadlineMillis() {
        return deadlineMillis;
    }

    public boolean hasDeadline() {
        return deadlineMillis > 0;
    }

    /** Completes with the reason once the call is cancelled; never fails. */
    public Future<CancelReason> cancellation() {
        return cancelled.future();
    }

    public boolean isCancelled() {
        return cancelled.future().isComplete();
    }

    /** First reason wins; later calls are ignored. */
    public void cancel(CancelReason reason) {
        cancelled.tryComplete(reason);
    }
}
