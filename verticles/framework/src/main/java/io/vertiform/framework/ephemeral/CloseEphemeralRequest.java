package io.vertiform.framework.ephemeral;

import io.vertiform.framework.context.RequestContext;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.privatestate.PrivateState;

/** Close: the private state from open (or the last renew). */
public final class CloseEphemeralRequest extends RequestContext {

    private final PrivateState privateState;

    public CloseEphemeralRequest(Scope scope, PrivateState privateState) {
        super(scope);
        this.privateState = privateState;
    }

    public PrivateState privateState() {
        return privateState;
    }
}
