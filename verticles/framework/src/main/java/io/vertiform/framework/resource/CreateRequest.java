package io.vertiform.framework.resource;

import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.context.TypedView;
import io.vertiform.framework.privatestate.PrivateState;
import java.util.concurrent.atomic.AtomicReference;

/** Create: the planned state and the configuration (which alone carries write-only values). */
public final class CreateRequest<S> extends ResourceValues {

    private final TypedView<S> plan;
    private final TypedView<S> config;
    private final AtomicReference<Object> partial;

    public CreateRequest(Scope scope, TypedView<S> plan, TypedView<S> config, PrivateState privateState,
                         CtyValue providerMeta, AtomicReference<Object> partial) {
        super(scope, privateState, providerMeta, null);
        this.plan = plan;
        this.config = config;
        this.partial = partial;
    }

    /** The plan: configured values, defaults, and unknowns for what create must compute. */
    public S plan() {
        return plan.typed();
    }

    public S config() {
        return config.typed();
    }

    public CtyValue rawPlan() {
        return plan.raw();
    }

    public CtyValue rawConfig() {
        return config.raw();
    }

    /**
     * What exists so far, kept in Terraform's state if create then fails (e.g. the object was made but tagging it
     * failed); without it a failed create leaves no state. Unknown values in it are stored as null.
     */
    public void keepPartialState(S state) {
        partial.set(state);
    }
}
