package io.vertiform.rpc.session;

import io.vertiform.rpc.bus.CallContext;
import io.vertiform.rpc.bus.CancelReason;
import io.vertiform.rpc.bus.ProviderBus;
import io.vertiform.rpc.ops.Operations;
import io.vertiform.rpc.stdio.StdioHub;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.grpc.server.GrpcServerRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the gRPC services of one session share: its identity, bus client, operation table and in-flight calls
 * (so Stop, deadlines and disconnects can cancel them).
 */
public final class SessionRuntime implements Operations.StopHandler {

    private final Vertx vertx;
    private final String sessionId;
    private final int protocol;
    private final long offloadBytes;
    private final ProviderBus bus;
    private final Operations operations;
    private final Optional<StdioHub> stdio;
    private final Runnable shutdown;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, CallContext> inFlight = new ConcurrentHashMap<>();

    /**
     * @param offloadBytes requests larger than this are decoded on a worker thread, not the event loop
     * @param shutdown     what GRPCController/Shutdown triggers
     */
    public SessionRuntime(Vertx vertx, String sessionId, int protocol, long offloadBytes, Optional<StdioHub> stdio,
                          Runnable shutdown) {
        this.vertx = vertx;
        this.sessionId = sessionId;
        this.protocol = protocol;
        this.offloadBytes = offloadBytes;
        this.bus = new ProviderBus(vertx);
        this.operations = new Operations(this);
        this.stdio = stdio;
        this.shutdown = shutdown;
    }

    public Vertx vertx() {
        return vertx;
    }

    public String sessionId() {
        return sessionId;
    }

    public int protocol() {
        return protocol;
    }

    public ProviderBus bus() {
        return bus;
    }

    public Operations operations() {
        return operations;
    }

    public Optional<StdioHub> stdio() {
        return stdio;
    }

    /** Asks the session to end (GRPCController/Shutdown). */
    public void requestShutdown() {
        shutdown.run();
    }

    /**
     * Starts tracking a call: its deadline (from {@code grpc-timeout}) and the client's cancellation both cancel
     * it. Call {@link #close} when it is answered.
     */
    public CallContext open(GrpcServerRequest<?, ?> request) {
        long timeout = request.timeout();
        long deadline = timeout > 0 ? System.currentTimeMillis() + timeout : 0;
        CallContext call = new CallContext(sessionId, sessionId + "-" + sequence.incrementAndGet(), protocol, deadline);
        inFlight.put(call.requestId(), call);
        if (timeout > 0) {
            long timer = vertx.setTimer(timeout, id -> call.cancel(CancelReason.DEADLINE));
            call.whenEnded(() -> vertx.cancelTimer(timer));
        }
        // A reset stream shows up on the request while it is open, on the response once the request has ended.
        request.errorHandler(error -> call.cancel(CancelReason.CLIENT_GONE));
        request.exceptionHandler(error -> call.cancel(CancelReason.CLIENT_GONE));
        request.response().exceptionHandler(error -> call.cancel(CancelReason.CLIENT_GONE));
        return call;
    }

    /** Stops tracking {@code call}; its deadline timer is released. */
    public void close(CallContext call) {
        inFlight.remove(call.requestId());
        call.end();
    }

    @Override
    public void stopAll(CallContext caller) {
        cancelAll(CancelReason.STOPPED, caller);
    }

    /** Cancels every in-flight call (session shutdown). */
    public void cancelAll(CancelReason reason, CallContext except) {
        for (CallContext call : inFlight.values()) {
            if (call != except) {
                call.cancel(reason);
            }
        }
    }

    public int inFlightCount() {
        return inFlight.size();
    }

    /** Runs {@code work} here for small inputs, on a worker thread for large ones (never blocking the loop). */
    public <T> Future<T> decode(long size, Callable<T> work) {
        if (size > offloadBytes) {
            return vertx.executeBlocking(work, false);
        }
        try {
            return Future.succeededFuture(work.call());
        } catch (Exception e) {
            return Future.failedFuture(e);
        }
    }
}
