package io.vertiform.framework.resource;

import io.vertiform.contracts.provider.Deferred;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.Deferral;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.context.TypedView;
import io.vertiform.framework.privatestate.PrivateState;

/** Read (refresh): the state Terraform holds; return the real object's state, or null if it is gone. */
public final class ReadRequest<S> extends ResourceValues {

    private final TypedView<S> state;

    public ReadRequest(Scope scope, TypedView<S> state, PrivateState privateState, CtyValue providerMeta,
                       Deferral deferral) {
        super(scope, privateState, providerMeta, deferral);
        this.state = state;
    }

    public S state() {
        return state.typed();
    }

    public CtyValue rawState() {
        return state.raw();
    }

    /** Asks Terraform to defer this read (only when the client allows deferral; else an error). */
    public void defer(Deferred.Reason reason) {
        deferAs(reason);
    }
}
