package io.vertiform.framework.resource;

import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.RequestContext;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.context.TypedView;

/** GenerateResourceConfig: the (imported and read) state to derive a configuration from. */
public final class GenerateConfigRequest<S> extends RequestContext {

    private final TypedView<S> state;

    public GenerateConfigRequest(Scope scope, TypedView<S> state) {
        super(scope);
        this.state = state;
    }

    public S state() {
        return state.typed();
    }

    public CtyValue rawState() {
        return state.raw();
    }
}
