package io.vertiform.foundation.error;

import java.util.Map;

/** Failures of the hub and the event bus: lookups, registrations, delivery, clustering. */
public class HubException extends VertiformException {

    private static final long serialVersionUID = 1L;

    public static final String NOT_FOUND = "hub.not_found";
    public static final String CONFLICT = "hub.conflict";
    public static final String INVALID_MESSAGE = "hub.invalid_message";
    /** Nobody consumes the address a request was sent to. */
    public static final String NO_HANDLERS = "hub.no_handlers";
    /** A request got no reply in time. */
    public static final String TIMEOUT = "hub.timeout";
    /** The recipient failed without a Vertiform error code. */
    public static final String REMOTE_FAILURE = "hub.remote_failure";
    public static final String CLUSTER = "hub.cluster";

    public HubException(ErrorCategory category, String code, String summary, String detail,
                        Map<String, ?> context, Throwable cause) {
        super(category, LayerCodes.require("hub", code), summary, detail, context, cause);
    }

    public HubException(ErrorCategory category, String code, String summary) {
        this(category, code, summary, null, null, null);
    }
}
