package io.vertiform.framework.datasource;

import io.vertiform.contracts.provider.Deferred;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.Deferral;
import io.vertiform.framework.context.RequestContext;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.context.TypedView;

/** A data source read: the configuration (wholly known by now) and the provider meta. */
public final class DataSourceReadRequest<S> extends RequestContext {

    private final TypedView<S> config;
    private final CtyValue providerMeta;
    private final Deferral deferral;

    public DataSourceReadRequest(Scope scope, TypedView<S> config, CtyValue providerMeta, Deferral deferral) {
        super(scope);
        this.config = config;
        this.providerMeta = providerMeta;
        this.deferral = deferral;
    }

    public S config() {
        return config.typed();
    }

    public CtyValue rawConfig() {
        return config.raw();
    }

    public CtyValue providerMeta() {
        return providerMeta;
    }

    /** Asks Terraform to defer this read (only when the client allows deferral; else an error). */
    public void defer(Deferred.Reason reason) {
        deferral.defer(reason);
    }
}
