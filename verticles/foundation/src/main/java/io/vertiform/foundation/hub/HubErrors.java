package io.vertiform.foundation.hub;

import io.vertiform.foundation.error.ErrorCategory;
import io.vertiform.foundation.error.ErrorMapping;
import io.vertiform.foundation.error.HubException;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import java.util.Map;

/** The hub's failures, and their trip over the event bus through the foundation's {@link ErrorMapping}. */
final class HubErrors {
    private HubErrors() {
    }

    static HubException alreadyRunning(String deployment) {
        return new HubException(ErrorCategory.CONFLICT, HubException.CONFLICT,
                "A hub registry is already running on this node",
                "one registry per Vert.x instance; deployment " + deployment + " owns the hub addresses",
                Map.of("deployment", deployment), null);
    }

    static HubException badRequest(String address, Object body) {
        String got = body == null ? "no body" : body.getClass().getName();
        return new HubException(ErrorCategory.INVALID, HubException.INVALID_MESSAGE, "Invalid hub request",
                "address " + address + " got " + got, Map.of("address", address), null);
    }

    static void reply(Message<?> message, Throwable failure) {
        ErrorMapping.fail(message, failure);
    }

    /** A failed request to the local hub, as the client reports it. */
    static Throwable fromReply(String address, Throwable failure) {
        if (!(failure instanceof ReplyException reply)) {
            return failure;
        }
        if (reply.failureType() == ReplyFailure.NO_HANDLERS) {
            return new HubException(ErrorCategory.UNAVAILABLE, HubException.NO_HANDLERS,
                    "no hub registry is running on this node",
                    "nothing consumes " + address + "; deploy one with Hub.deployRegistry(vertx)",
                    Map.of("address", address), reply);
        }
        return ErrorMapping.fromReplyException(reply);
    }
}
