package io.vertiform.rpc.bus;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
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
    private final List<Runnable> onEnd = new ArrayList<>(1);
    private boolean ended;

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

    /** Runs {@code action} when the call is answered (at once if it already was). */
    public void whenEnded(Runnable action) {
        if (ended) {
            action.run();
        } else {
            onEnd.add(action);
        }
    }

    /** The call was answered: release what {@link #whenEnded} registered. Idempotent. */
    public void end() {
        if (!ended) {
            ended = true;
            onEnd.forEach(Runnable::run);
            onEnd.clear();
        }
    }

    public boolean isEnded() {
        return ended;
    }

    /** First reason wins; later calls are ignored. */
    public void cancel(CancelReason reason) {
        cancelled.tryComplete(reason);
    }
}
