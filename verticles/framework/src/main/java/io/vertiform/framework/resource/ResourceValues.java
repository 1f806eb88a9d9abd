package io.vertiform.framework.resource;

import io.vertiform.contracts.provider.Deferred;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.Deferral;
import io.vertiform.framework.context.RequestContext;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.privatestate.PrivateState;

/** What every resource request shares: private state, provider meta and deferral. */
abstract class ResourceValues extends RequestContext {

    private final PrivateState privateState;
    private final CtyValue providerMeta;
    private final Deferral deferral;

    ResourceValues(Scope scope, PrivateState privateState, CtyValue providerMeta, Deferral deferral) {
        super(scope);
        this.privateState = privateState;
        this.providerMeta = providerMeta;
        this.deferral = deferral;
    }

    /** The resource's private state; changes are saved with the result (encrypted). */
    public PrivateState privateState() {
        return privateState;
    }

    /** The module's {@code provider_meta} block for this provider, a null value when absent or undeclared. */
    public CtyValue providerMeta() {
        return providerMeta;
    }

    Deferral deferral() {
        return deferral;
    }

    void deferAs(Deferred.Reason reason) {
        if (deferral == null) {
            throw new IllegalStateException("this operation cannot be deferred");
        }
        deferral.defer(reason);
    }
}
