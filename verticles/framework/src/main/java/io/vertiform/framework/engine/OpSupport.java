package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.context.TypedView;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.privatestate.PrivateStateCodec;
import io.vertiform.framework.schema.ComponentSchema;
import java.lang.reflect.Type;
import java.util.Optional;

/** Small pieces every operation uses. */
final class OpSupport {

    private OpSupport() {
    }

    static Optional<String> secret(Scope scope) {
        return scope.context().env(PrivateStateCodec.SECRET_VARIABLE);
    }

    static PrivateState readPrivate(Scope scope, byte[] blob) {
        return PrivateStateCodec.decode(blob, secret(scope));
    }

    /** The private bytes to send back: re-encrypted when the author changed them, else as received. */
    static byte[] writePrivate(Scope scope, PrivateState state, byte[] received) {
        if (!state.modified()) {
            return received;
        }
        return PrivateStateCodec.encode(state, secret(scope));
    }

    static <S> TypedView<S> view(CtyValue raw, Type type) {
        return new TypedView<>(raw, type);
    }

    /** Provider meta decoded with the provider's meta schema; a null value when there is none. */
    static CtyValue providerMeta(ComponentSchema metaSchema, DynamicValue dv) {
        if (metaSchema == null) {
            return CtyValue.nullVal(CtyType.DYNAMIC);
        }
        return ValueCodec.decode(dv, metaSchema.impliedType());
    }
}
