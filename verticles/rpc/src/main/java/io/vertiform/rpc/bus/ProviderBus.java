package io.vertiform.rpc.bus;

import io.vertiform.contracts.provider.CancelRequest;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ProviderHeaders;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import java.time.Duration;

/**
 * Sends a session's neutral requests to component addresses: headers per {@link ProviderHeaders}, a bus timeout
 * from the call's deadline, and cancellation that stops the wait and tells the component via
 * {@link ProviderAddresses#CANCEL}.
 */
public final class ProviderBus {

    /**
     * Bus timeout for calls without a deadline. Terraform sets none and an apply may legitimately run for hours;
     * the bus needs some bound, so it is a long one.
     */
    public static final Duration NO_DEADLINE_TIMEOUT = Duration.ofDays(7);

    private static final long DEADLINE_BACKSTOP_MILLIS = 1_000;

    private final Vertx vertx;

    public ProviderBus(Vertx vertx) {
        this.vertx = vertx;
    }

    /** The options for a request of {@code call}, optionally naming a stream address. */
    public DeliveryOptions options(CallContext call, String streamAddress) {
        DeliveryOptions options = new DeliveryOptions()
                .addHeader(ProviderHeaders.SESSION, call.sessionId())
                .addHeader(ProviderHeaders.REQUEST_ID, call.requestId())
                .addHeader(ProviderHeaders.PROTOCOL, Integer.toString(call.protocol()));
        long timeout = NO_DEADLINE_TIMEOUT.toMillis();
        if (call.hasDeadline()) {
            options.addHeader(ProviderHeaders.DEADLINE, Long.toString(call.deadlineMillis()));
            // The session's deadline timer ends the call; the bus timeout is only a backstop behind it.
            timeout = Math.max(1, call.deadlineMillis() - System.currentTimeMillis()) + DEADLINE_BACKSTOP_MILLIS;
        }
        if (streamAddress != null) {
            options.addHeader(ProviderHeaders.STREAM_ADDRESS, streamAddress);
        }
        return options.setSendTimeout(timeout);
    }

    /**
     * Sends {@code body} to {@code address} and resolves to the reply body, or fails with a {@link BusFailure}.
     * A cancellation of {@code call} fails the result at once and publishes a {@link CancelRequest}.
     */
    public <T> Future<T> request(String address, Object body, Class<T> replyType, CallContext call) {
        return request(address, body, replyType, call, null);
    }

    public <T> Future<T> request(String address, Object body, Class<T> replyType, CallContext call,
                                 String streamAddress) {
        Promise<T> result = Promise.promise();
        call.cancellation().onSuccess(reason -> {
            if (result.tryFail(new BusFailure(BusFailure.Kind.CANCELLED, address, reason.text(), reason))) {
                publishCancel(call, reason);
            }
        });
        vertx.eventBus().<Object>request(address, body, options(call, streamAddress)).onComplete(ar -> {
            if (ar.succeeded()) {
                Message<Object> reply = ar.result();
                Object value = reply.body();
                if (replyType.isInstance(value)) {
                    result.tryComplete(replyType.cast(value));
                } else {
                    result.tryFail(new BusFailure(BusFailure.Kind.WRONG_REPLY, address, address + " answered with "
                            + (value == null ? "nothing" : value.getClass().getName()) + ", expected "
                            + replyType.getName(), null));
                }
            } else {
                BusFailure failure = translate(address, ar.cause());
                if (result.tryFail(failure) && failure.kind() == BusFailure.Kind.TIMEOUT) {
                    publishCancel(call, "no reply within the bus timeout");
                }
            }
        });
        return result.future();
    }

    /** Publishes a notice (Stop) to every consumer of {@code address}. */
    public void publish(String address, Object body, DeliveryOptions options) {
        vertx.eventBus().publish(address, body, options);
    }

    /** Tells components that {@code call} was abandoned. */
    public void publishCancel(CallContext call, CancelReason reason) {
        publishCancel(call, reason.text());
    }

    private void publishCancel(CallContext call, String reason) {
        vertx.eventBus().publish(ProviderAddresses.CANCEL,
                new CancelRequest(call.sessionId(), call.requestId(), reason),
                new DeliveryOptions().addHeader(ProviderHeaders.SESSION, call.sessionId()));
    }

    private static BusFailure translate(String address, Throwable cause) {
        if (cause instanceof ReplyException re) {
            return switch (re.failureType()) {
                case NO_HANDLERS -> new BusFailure(BusFailure.Kind.NO_HANDLER, address,
                        "no component consumes " + address, null);
                case TIMEOUT -> new BusFailure(BusFailure.Kind.TIMEOUT, address, re.getMessage(), null);
                default -> new BusFailure(BusFailure.Kind.COMPONENT_FAILED, address,
                        re.getMessage() == null ? "failure code " + re.failureCode() : re.getMessage(), null);
            };
        }
        return new BusFailure(BusFailure.Kind.COMPONENT_FAILED, address, String.valueOf(cause.getMessage()), null);
    }
}
