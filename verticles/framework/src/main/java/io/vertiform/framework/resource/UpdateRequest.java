package io.vertiform.framework.resource;

import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.context.TypedView;
import io.vertiform.framework.privatestate.PrivateState;
import java.util.concurrent.atomic.AtomicReference;

/** Update in place: the plan, the configuration and the prior state. */
public final class UpdateRequest<S> extends ResourceValues {

    private final TypedView<S> plan;
    private final TypedView<S> config;
    private final TypedView<S> state;
    private final AtomicReference<Object> partial;

    public UpdateRequest(Scope scope, TypedView<S> plan, TypedView<S> config, TypedView<S> state,
                         PrivateState privateState, CtyValue providerMeta, AtomicReference<Object> partial) {
        super(scope, privateState, providerMeta, null);
        this.plan = plan;
        this.config = config;
        this.state = state;
        this.partial = partial;
    }

    public S plan() {
        return plan.typed();
    }

    public S config() {
        return config.typed();
    }

    /** The prior state. */
    public S state() {
        return state.typed();
    }

    public CtyValue rawPlan() {
        return plan.raw();
    }

    public CtyValue rawConfig() {
        return config.raw();
    }

    public CtyValue rawState() {
        return state.raw();
    }

    /** What the object looks like after a partial update, kept if update then fails; else the prior state stays. */
    public void keepPartialState(S state) {
        partial.set(state);
    }
}
