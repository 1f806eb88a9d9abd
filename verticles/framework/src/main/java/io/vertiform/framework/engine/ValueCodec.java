package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.PathError;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.ValueJson;
import io.vertiform.cty.msgpack.MsgpackCodec;
import java.util.List;

/** DynamicValues to cty values and back, always against the schema's implied type (never a guessed one). */
public final class ValueCodec {

    private ValueCodec() {
    }

    /** An absent DynamicValue is a null of the type; MessagePack is preferred over JSON when both are present. */
    public static CtyValue decode(DynamicValue dv, CtyType type) {
        if (dv == null || dv.isEmpty()) {
            return CtyValue.nullVal(type);
        }
        CtyValue value = dv.isMsgpack() ? MsgpackCodec.unmarshal(dv.msgpack(), type) : ValueJson.unmarshal(dv.json(), type);
        // go-cty's decoders accept an empty map for any object type (an empty object); refuse such a value here
        // with its paths instead of letting typed access fail later with an internal error.
        List<PathError> mismatch = value.type().testConformance(type);
        if (!mismatch.isEmpty()) {
            PathError first = mismatch.get(0);
            throw new PathError(first.path(), "the value does not match the schema: " + first.rawMessage());
        }
        return value;
    }

    /** Always MessagePack: Terraform 0.13 reads nothing else. */
    public static DynamicValue encode(CtyValue value, CtyType type) {
        return DynamicValue.msgpack(MsgpackCodec.marshal(value, type));
    }
}
