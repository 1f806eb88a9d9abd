package io.vertiform.framework.resource;

import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.RequestContext;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.value.TypedValues;

/** The source of a cross-type move. */
public final class MoveStateRequest extends RequestContext {

    private final String sourceProviderAddress;
    private final String sourceTypeName;
    private final long sourceSchemaVersion;
    private final String sourceJson;
    private final CtyValue sourceState;
    private final PrivateState privateState;

    public MoveStateRequest(Scope scope, String sourceProviderAddress, String sourceTypeName, long sourceSchemaVersion,
                            String sourceJson, CtyValue sourceState, PrivateState privateState) {
        super(scope);
        this.sourceProviderAddress = sourceProviderAddress;
        this.sourceTypeName = sourceTypeName;
        this.sourceSchemaVersion = sourceSchemaVersion;
        this.sourceJson = sourceJson;
        this.sourceState = sourceState;
        this.privateState = privateState;
    }

    /** E.g. {@code registry.terraform.io/hashicorp/random}. */
    public String sourceProviderAddress() {
        return sourceProviderAddress;
    }

    public String sourceTypeName() {
        return sourceTypeName;
    }

    public long sourceSchemaVersion() {
        return sourceSchemaVersion;
    }

    /** The source state as stored (JSON). */
    public String sourceJson() {
        return sourceJson;
    }

    /** Decoded with the mover's source schema; null without one. */
    public CtyValue sourceState() {
        return sourceState;
    }

    public <T> T sourceState(Class<T> type) {
        return sourceState == null ? null : TypedValues.decode(sourceState, type);
    }

    /** The target's private state (starts empty). */
    public PrivateState privateState() {
        return privateState;
    }
}
