package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.ValueJson;
import io.vertiform.cty.msgpack.MsgpackCodec;

/** DynamicValues to cty values and back, always against the schema's implied type (never a guessed one). */
public final class ValueCodec {

    private ValueCodec() {
    }

    /** An absent DynamicValue is a null of the type; MessagePack is preferred over JSON when both are present. */
    public static CtyValue decode(DynamicValue dv, CtyType type) {
        if (dv == null || dv.isEmpty()) {
            return CtyValue.nullVal(type);
        }
        if (dv.isMsgpack()) {
            return MsgpackCodec.unmarshal(dv.msgpack(), type);
        }
        return ValueJson.unmarshal(dv.json(), type);
    }

    /** Always MessagePack: Terraform 0.13 reads nothing else. */
    public static DynamicValue encode(CtyValue value, CtyType type) {
        return DynamicValue.msgpack(MsgpackCodec.marshal(value, type));
    }
}
