package io.vertiform.framework.resource;

import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.context.TypedView;
import io.vertiform.framework.privatestate.PrivateState;

/** Delete: the prior state. A failed delete keeps it in Terraform's state. */
public final class DeleteRequest<S> extends ResourceValues {

    private final TypedView<S> state;

    public DeleteRequest(Scope scope, TypedView<S> state, PrivateState privateState, CtyValue providerMeta) {
        super(scope, privateState, providerMeta, null);
        this.state = state;
    }

    public S state() {
        return state.typed();
    }

    public CtyValue rawState() {
        return state.raw();
    }
}
