package io.vertiform.framework.support;

import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.engine.ValueCodec;
import io.vertiform.framework.value.TypedValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** Building test values: objects of a schema type from a few given attributes, and wire encodings. */
public final class Cty {

    private Cty() {
    }

    /**
     * An object of {@code type} with the given attributes (Java values or CtyValues, converted to the attribute
     * types) and every other attribute null — or, for set and list attributes named in {@code emptyBlocks}, empty.
     */
    public static CtyValue object(CtyType type, Map<String, ?> given, String... emptyBlocks) {
        Map<String, CtyValue> attrs = new LinkedHashMap<>();
        for (Map.Entry<String, CtyType> e : type.attributeTypes().entrySet()) {
            Object v = given.get(e.getKey());
            attrs.put(e.getKey(), TypedValues.encode(v, e.getValue()));
        }
        for (String b : emptyBlocks) {
            CtyType t = type.attributeType(b);
            if (!given.containsKey(b)) {
                attrs.put(b, t.isSetType() ? CtyValue.setValEmpty(t.elementType())
                        : t.isListType() ? CtyValue.listValEmpty(t.elementType()) : CtyValue.mapValEmpty(t.elementType()));
            }
        }
        for (String k : given.keySet()) {
            if (!type.hasAttribute(k)) {
                throw new IllegalArgumentException("no attribute " + k);
            }
        }
        return CtyValue.objectVal(attrs);
    }

    public static DynamicValue dv(CtyValue v, CtyType t) {
        return ValueCodec.encode(v, t);
    }

    public static CtyValue read(DynamicValue dv, CtyType t) {
        return ValueCodec.decode(dv, t);
    }

    public static CtyValue str(String s) {
        return CtyValue.stringVal(s);
    }

    public static CtyValue num(long n) {
        return CtyValue.numberIntVal(n);
    }
}
