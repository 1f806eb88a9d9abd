package io.vertiform.framework.resource;

import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.RequestContext;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.value.TypedValues;

/** An identity stored by an older identity version, raw and (with a prior schema) decoded. */
public final class UpgradeIdentityRequest extends RequestContext {

    private final long version;
    private final String json;
    private final CtyValue priorIdentity;

    public UpgradeIdentityRequest(Scope scope, long version, String json, CtyValue priorIdentity) {
        super(scope);
        this.version = version;
        this.json = json;
        this.priorIdentity = priorIdentity;
    }

    /** The identity version the identity was written with. */
    public long version() {
        return version;
    }

    /** The stored JSON object. */
    public String json() {
        return json;
    }

    /** The identity decoded with the upgrader's prior schema; null when it declared none. */
    public CtyValue priorIdentity() {
        return priorIdentity;
    }

    /** {@link #priorIdentity()} as a record of the old shape. */
    public <T> T priorIdentity(Class<T> type) {
        return priorIdentity == null ? null : TypedValues.decode(priorIdentity, type);
    }
}
