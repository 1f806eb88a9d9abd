package io.vertiform.framework.resource;

import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.RequestContext;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.value.TypedValues;
import java.util.Map;

/** State stored by an older schema version, raw and (with a prior schema) decoded. */
public final class UpgradeStateRequest extends RequestContext {

    private final long version;
    private final String json;
    private final Map<String, String> flatmap;
    private final CtyValue priorState;

    public UpgradeStateRequest(Scope scope, long version, String json, Map<String, String> flatmap,
                               CtyValue priorState) {
        super(scope);
        this.version = version;
        this.json = json;
        this.flatmap = flatmap;
        this.priorState = priorState;
    }

    /** The schema version the state was written with. */
    public long version() {
        return version;
    }

    /** The stored JSON; null when the state is a legacy flatmap. */
    public String json() {
        return json;
    }

    /** The legacy flatmap (SDKv1 states); empty for JSON states. */
    public Map<String, String> flatmap() {
        return flatmap;
    }

    /** The state decoded with the upgrader's prior schema; null when it declared none. */
    public CtyValue priorState() {
        return priorState;
    }

    /** {@link #priorState()} as a record of the old shape. */
    public <T> T priorState(Class<T> type) {
        return priorState == null ? null : TypedValues.decode(priorState, type);
    }
}
