package io.vertiform.framework.validate;

import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.RequestContext;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.context.TypedView;

/** A configuration to check. The provider may not be configured yet: do not call remote APIs here. */
public final class ValidateRequest<S> extends RequestContext {

    private final TypedView<S> config;

    public ValidateRequest(Scope scope, TypedView<S> config) {
        super(scope);
        this.config = config;
    }

    public S config() {
        return config.typed();
    }

    public CtyValue rawConfig() {
        return config.raw();
    }
}
