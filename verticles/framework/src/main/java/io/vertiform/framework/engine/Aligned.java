package io.vertiform.framework.engine;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import java.util.List;
import java.util.Map;

/** Null-, unknown- and absence-tolerant access used when walking config, prior and plan side by side. */
final class Aligned {

    private Aligned() {
    }

    /** The attribute of an object; a null/unknown object yields a null/unknown of the attribute type. */
    static CtyValue attr(CtyValue obj, String name, CtyType type) {
        if (obj == null || obj.isNull() || !obj.type().isObjectType() || !obj.type().hasAttribute(name)) {
            return CtyValue.nullVal(type);
        }
        if (!obj.isKnown()) {
            return CtyValue.unknownVal(type);
        }
        return obj.getAttr(name);
    }

    /** Element {@code i} of a list or tuple, or a null of {@code type} when absent. */
    static CtyValue element(CtyValue coll, int i, CtyType type) {
        if (coll == null || coll.isNull() || !coll.isKnown()) {
            return coll != null && !coll.isKnown() ? CtyValue.unknownVal(type) : CtyValue.nullVal(type);
        }
        List<CtyValue> elems = coll.elements();
        return i < elems.size() ? elems.get(i) : CtyValue.nullVal(type);
    }

    /** Entry {@code key} of a map or object, or a null of {@code type} when absent. */
    static CtyValue entry(CtyValue coll, String key, CtyType type) {
        if (coll == null || coll.isNull() || !coll.isKnown()) {
            return coll != null && !coll.isKnown() ? CtyValue.unknownVal(type) : CtyValue.nullVal(type);
        }
        CtyValue v = coll.mapEntries().get(key);
        return v == null ? CtyValue.nullVal(type) : v;
    }

    /** Known elements of a set/list, empty for null or unknown. */
    static List<CtyValue> elements(CtyValue coll) {
        if (coll == null || coll.isNull() || !coll.isKnown()) {
            return List.of();
        }
        return coll.elements();
    }

    /** Rebuilds a list, set or tuple of the same kind as {@code like} with new elements. */
    static CtyValue rebuildSequence(CtyValue like, List<CtyValue> elems) {
        CtyType t = like.type();
        if (elems.isEmpty()) {
            return like;
        }
        if (t.isTupleType()) {
            return CtyValue.tupleVal(elems);
        }
        if (t.isSetType()) {
            return CtyValue.setVal(elems);
        }
        return CtyValue.listVal(elems);
    }

    /** Rebuilds a map or object of the same kind as {@code like}. */
    static CtyValue rebuildMapping(CtyValue like, Map<String, CtyValue> entries) {
        if (entries.isEmpty()) {
            return like;
        }
        return like.type().isObjectType() ? CtyValue.objectVal(entries) : CtyValue.mapVal(entries);
    }
}
