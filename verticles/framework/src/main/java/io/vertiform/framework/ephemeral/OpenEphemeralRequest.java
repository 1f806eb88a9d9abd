package io.vertiform.framework.ephemeral;

import io.vertiform.contracts.provider.Deferred;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.Deferral;
import io.vertiform.framework.context.RequestContext;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.context.TypedView;
import io.vertiform.framework.privatestate.PrivateState;
import java.time.Instant;

/** Open: the configuration; set private state and a renewal time for later calls. */
public final class OpenEphemeralRequest<S> extends RequestContext {

    private final TypedView<S> config;
    private final PrivateState privateState;
    private final Deferral deferral;
    private volatile Instant renewAt;

    public OpenEphemeralRequest(Scope scope, TypedView<S> config, PrivateState privateState, Deferral deferral) {
        super(scope);
        this.config = config;
        this.privateState = privateState;
        this.deferral = deferral;
    }

    public S config() {
        return config.typed();
    }

    public CtyValue rawConfig() {
        return config.raw();
    }

    /** Handed (encrypted) to renew and close. */
    public PrivateState privateState() {
        return privateState;
    }

    /** When Terraform should call renew; unset means never. */
    public void renewAt(Instant when) {
        this.renewAt = when;
    }

    public Instant renewAt() {
        return renewAt;
    }

    public void defer(Deferred.Reason reason) {
        deferral.defer(reason);
    }
}
