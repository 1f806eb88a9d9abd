package io.vertiform.foundation.error;

/**
 * Coarse failure classes. Each has a stable event-bus failure code (the {@code failureCode} of a
 * {@link io.vertx.core.eventbus.ReplyException}), chosen after the HTTP status with the same meaning.
 */
public enum ErrorCategory {
    /** Bad input: configuration, request or argument values. */
    INVALID(400),
    /** Something looked up does not exist. */
    NOT_FOUND(404),
    /** A deadline passed. */
    TIMEOUT(408),
    /** The request clashes with current state (e.g. a duplicate registration). */
    CONFLICT(409),
    /** A provider reported an error meant for the Terraform user (carries a diagnostic). */
    PROVIDER(422),
    /** A bug or an unexpected condition. */
    INTERNAL(500),
    /** An external program failed. */
    PROCESS(502),
    /** Temporarily unable to serve: circuit open, no handler, cluster down. */
    UNAVAILABLE(503);

    private final int failureCode;

    ErrorCategory(int failureCode) {
        this.failureCode = failureCode;
    }

    public int failureCode() {
        return failureCode;
    }

    /** The category of a failure code, or {@link #INTERNAL} for codes we do not define. */
    public static ErrorCategory ofFailureCode(int code) {
        for (ErrorCategory c : values()) {
            if (c.failureCode == code) {
                return c;
            }
        }
        return INTERNAL;
    }
}
