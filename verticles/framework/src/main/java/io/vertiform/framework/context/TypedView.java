package io.vertiform.framework.context;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.value.TypedValues;
import java.lang.reflect.Type;

/**
 * A raw cty value with its typed view, decoded lazily once; the state type {@code S} may be a record or
 * {@link CtyValue} itself (raw access).
 */
public final class TypedView<S> {

    private final CtyValue raw;
    private final Type type;
    private Object typed;
    private boolean decoded;

    public TypedView(CtyValue raw, Type type) {
        this.raw = raw;
        this.type = type;
    }

    public CtyValue raw() {
        return raw;
    }

    @SuppressWarnings("unchecked")
    public synchronized S typed() {
        if (!decoded) {
            typed = raw.isNull() ? null : TypedValues.decode(raw, type);
            decoded = true;
        }
        return (S) typed;
    }

    /** The cty value of a typed object of this view's kind. */
    public static CtyValue encode(Object typed, CtyType type) {
        return TypedValues.encode(typed, type);
    }
}
