package io.vertiform.framework.context;

import io.vertiform.contracts.provider.Deferred;

/** Holds an author's request to defer the operation (only honoured when the client allows deferral). */
public final class Deferral {

    private volatile Deferred.Reason reason;

    public void defer(Deferred.Reason why) {
        this.reason = why == null ? Deferred.Reason.UNKNOWN : why;
    }

    /** Null when the author did not defer. */
    public Deferred.Reason reason() {
        return reason;
    }
}
