package io.vertiform.framework.resource;

import io.vertiform.contracts.provider.Deferred;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.Deferral;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.value.TypedValues;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/** Import by id (the CLI argument or import block {@code id}) or by identity (Terraform 1.12+). */
public final class ImportRequest<S> extends ResourceValues {

    private final String id;
    private final CtyValue identity;
    private final CtyType stateType;
    private final Type javaType;

    public ImportRequest(Scope scope, String id, CtyValue identity, CtyType stateType, Type javaType,
                         PrivateState privateState, Deferral deferral) {
        super(scope, privateState, CtyValue.nullVal(CtyType.DYNAMIC), deferral);
        this.id = id;
        this.identity = identity;
        this.stateType = stateType;
        this.javaType = javaType;
    }

    /** The import id; empty when importing by identity. */
    public String id() {
        return id;
    }

    /** The identity given instead of an id; a null value when none. */
    public CtyValue identity() {
        return identity;
    }

    public <I> I identity(Class<I> type) {
        return identity.isNull() ? null : TypedValues.decode(identity, type);
    }

    /** A state with {@code attribute} set to the import id and everything else null. */
    @SuppressWarnings("unchecked")
    public S passthroughId(String attribute) {
        Map<String, CtyValue> attrs = new LinkedHashMap<>();
        for (Map.Entry<String, CtyType> e : stateType.attributeTypes().entrySet()) {
            attrs.put(e.getKey(), e.getKey().equals(attribute) ? CtyValue.stringVal(id) : CtyValue.nullVal(e.getValue()));
        }
        return (S) TypedValues.decode(CtyValue.objectVal(attrs), javaType);
    }

    public void defer(Deferred.Reason reason) {
        deferAs(reason);
    }
}
