package io.vertiform.foundation.error;

import java.util.Map;

/** A guarded tool call was refused or gave up: circuit open, call timeout, retries exhausted. */
public class ResilienceException extends VertiformException {

    private static final long serialVersionUID = 1L;

    public static final String CIRCUIT_OPEN = "resilience.circuit_open";
    public static final String CALL_TIMEOUT = "resilience.call_timeout";
    public static final String RETRIES_EXHAUSTED = "resilience.retries_exhausted";

    public ResilienceException(ErrorCategory category, String code, String summary, String detail,
                               Map<String, ?> context, Throwable cause) {
        super(category, LayerCodes.require("resilience", code), summary, detail, context, cause);
    }
}
