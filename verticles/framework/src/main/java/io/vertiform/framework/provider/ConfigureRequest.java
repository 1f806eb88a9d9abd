package io.vertiform.framework.provider;

import io.vertiform.contracts.provider.Deferred;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.Deferral;
import io.vertiform.framework.context.RequestContext;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.context.TypedView;

/** ConfigureProvider: the provider block's values. */
public final class ConfigureRequest<C> extends RequestContext {

    private final TypedView<C> config;
    private final Deferral deferral;

    public ConfigureRequest(Scope scope, TypedView<C> config, Deferral deferral) {
        super(scope);
        this.config = config;
        this.deferral = deferral;
    }

    public C config() {
        return config.typed();
    }

    public CtyValue rawConfig() {
        return config.raw();
    }

    /**
     * Defers every plan, read and import of this session with {@code reason} (usually PROVIDER_CONFIG_UNKNOWN).
     * Only when {@code session().clientCapabilities().deferralAllowed()}; otherwise report an error instead.
     */
    public void deferAll(Deferred.Reason reason) {
        deferral.defer(reason);
    }
}
