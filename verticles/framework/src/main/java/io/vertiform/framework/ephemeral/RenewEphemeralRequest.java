package io.vertiform.framework.ephemeral;

import io.vertiform.framework.context.RequestContext;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.privatestate.PrivateState;
import java.time.Instant;

/** Renew: the private state from open (or the last renew); update it and the next renewal time. */
public final class RenewEphemeralRequest extends RequestContext {

    private final PrivateState privateState;
    private volatile Instant renewAt;

    public RenewEphemeralRequest(Scope scope, PrivateState privateState) {
        super(scope);
        this.privateState = privateState;
    }

    public PrivateState privateState() {
        return privateState;
    }

    public void renewAt(Instant when) {
        this.renewAt = when;
    }

    public Instant renewAt() {
        return renewAt;
    }
}
