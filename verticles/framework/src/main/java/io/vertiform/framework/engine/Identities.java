package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.ResourceIdentityData;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.resource.WithIdentity;
import io.vertiform.framework.value.TypedValues;
import io.vertiform.framework.value.ValueMappingException;

/** Resource identities derived from states by the author's {@link WithIdentity}. */
final class Identities {

    private Identities() {
    }

    /** The identity of a state, or null when the resource has none or it cannot be known yet. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static ResourceIdentityData of(ResourceModel m, CtyValue state) {
        if (m.identitySchema() == null || state == null || state.isNull()) {
            return null;
        }
        Object typed;
        try {
            typed = TypedValues.decode(state, m.stateType());
        } catch (ValueMappingException unknownYet) {
            return null;
        }
        Object identity = ((WithIdentity) m.handler()).identity(typed);
        if (identity == null) {
            return null;
        }
        CtyType t = m.identitySchema().impliedType();
        CtyValue v = TypedValues.encode(identity, t);
        if (!v.isWhollyKnown()) {
            return null;
        }
        return new ResourceIdentityData(ValueCodec.encode(v, t));
    }

    /** The identity value a request carries, or a null value. */
    static CtyValue decode(ResourceModel m, ResourceIdentityData data) {
        CtyType t = m.identitySchema() == null ? CtyType.DYNAMIC : m.identitySchema().impliedType();
        if (data == null || data.identityData() == null || data.identityData().isEmpty()
                || m.identitySchema() == null) {
            return CtyValue.nullVal(t);
        }
        return ValueCodec.decode(data.identityData(), t);
    }
}
