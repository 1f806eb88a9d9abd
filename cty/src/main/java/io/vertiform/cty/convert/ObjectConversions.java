package io.vertiform.cty.convert;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.GoStrings;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Conversions involving object types: object to object (structural typing: extra attributes are dropped, missing
 * optional ones become typed nulls), object to map, and map to object.
 */
final class ObjectConversions {
    /** Marks an attribute whose value needs no conversion (a map cannot hold null). */
    private static final PathConversion SAME_TYPE = (in, path) -> in;

    private ObjectConversions() {
    }

    static PathConversion objectToObject(CtyType in, CtyType out, boolean unsafe) {
        Map<String, CtyType> inTypes = in.attributeTypes();
        Map<String, CtyType> outTypes = out.attributeTypes();
        Map<String, PathConversion> attrConvs = new TreeMap<>(GoStrings.ORDER);
        for (Map.Entry<String, CtyType> e : outTypes.entrySet()) {
            String name = e.getKey();
            CtyType inType = inTypes.get(name);
            if (inType == null) {
                if (out.optionalAttributes().contains(name)) {
                    continue;
                }
                return null;
            }
            if (inType.equals(e.getValue())) {
                attrConvs.put(name, SAME_TYPE);
                continue;
            }
            PathConversion conv = Conversions.find(inType, e.getValue(), unsafe);
            if (conv == null) {
                return null;
            }
            attrConvs.put(name, conv);
        }
        return (val, path) -> {
            Map<String, CtyValue> attrs = new TreeMap<>(GoStrings.ORDER);
            for (Map.Entry<String, CtyValue> e : val.mapEntries().entrySet()) {
                PathConversion conv = attrConvs.get(e.getKey());
                if (conv == null) {
                    continue; // not part of the target type: dropped
                }
                CtyValue v = conv.apply(e.getValue(), path.getAttr(e.getKey()));
                attrs.put(e.getKey(), CollectionConversions.withPlainNull(v));
            }
            for (String name : out.optionalAttributes()) {
                if (!attrs.containsKey(name)) {
                    attrs.put(name, CtyValue.nullVal(outTypes.get(name).withoutOptionalAttributesDeep()));
                }
            }
            return CtyValue.objectVal(attrs);
        };
    }

    static PathConversion objectToMap(CtyType objectType, CtyType mapElementType, boolean unsafe) {
        Map<String, CtyType> attrTypes = objectType.attributeTypes();
        if (attrTypes.isEmpty()) {
            CtyValue empty = CtyValue.mapValEmpty(mapElementType.withoutOptionalAttributesDeep());
            return (val, path) -> empty;
        }
        CtyType target = mapElementType;
        if (target.isDynamic()) {
            // go-cty collects the attribute types in random map order; name order makes the choice repeatable.
            Unifier.Result unified = Unifier.unify(new ArrayList<>(attrTypes.values()), unsafe);
            if (unified == null) {
                return null;
            }
            target = unified.type();
        }
        Map<String, PathConversion> convs = new TreeMap<>(GoStrings.ORDER);
        for (Map.Entry<String, CtyType> e : attrTypes.entrySet()) {
            if (e.getValue().equals(target)) {
                continue;
            }
            PathConversion conv = Conversions.find(e.getValue(), target, unsafe);
            if (conv == null) {
                return null;
            }
            convs.put(e.getKey(), conv);
        }
        CtyType elementType = target;
        return (val, path) -> {
            Map<String, CtyValue> entries = new TreeMap<>(GoStrings.ORDER);
            for (Map.Entry<String, CtyValue> e : val.mapEntries().entrySet()) {
                PathConversion conv = convs.get(e.getKey());
                CtyValue v = e.getValue();
                if (conv != null) {
                    v = conv.apply(v, path.index(e.getKey()));
                }
                entries.put(e.getKey(), v);
            }
            if (elementType.isCollectionType() || elementType.isObjectType()) {
                entries = CollectionConversions.unifyEntries(entries, path, unsafe);
            }
            if (!CollectionConversions.canCollect(entries.values())) {
                throw new ConversionException(path, "attribute types must all match for conversion to map");
            }
            return CtyValue.mapVal(entries);
        };
    }

    /** Only ever requested in unsafe mode. */
    static PathConversion mapToObject(CtyType mapType, CtyType objType) {
        Map<String, CtyType> attrTypes = objType.attributeTypes();
        CtyType mapElementType = mapType.elementType();
        // Absent key: same type, no conversion. Null value: an optional attribute whose type the map's elements
        // cannot convert to, acceptable only as long as the map has no such key.
        Map<String, PathConversion> convs = new TreeMap<>(GoStrings.ORDER);
        Set<String> inconvertible = new TreeSet<>(GoStrings.ORDER);
        for (Map.Entry<String, CtyType> e : attrTypes.entrySet()) {
            if (e.getValue().equals(mapElementType)) {
                continue;
            }
            PathConversion conv = Conversions.find(mapElementType, e.getValue(), true);
            if (conv == null) {
                if (objType.optionalAttributes().contains(e.getKey())) {
                    inconvertible.add(e.getKey());
                    continue;
                }
                return null;
            }
            convs.put(e.getKey(), conv);
        }
        return (val, path) -> {
            Map<String, CtyValue> attrs = new TreeMap<>(GoStrings.ORDER);
            for (Map.Entry<String, CtyValue> e : val.mapEntries().entrySet()) {
                String name = e.getKey();
                if (!attrTypes.containsKey(name)) {
                    continue;
                }
                CtyValue v = e.getValue();
                PathConversion conv = convs.get(name);
                if (conv != null) {
                    v = conv.apply(v, path.index(name));
                } else if (inconvertible.contains(name)) {
                    throw new ConversionException(path, "map element type is incompatible with attribute "
                            + GoStrings.quote(name) + ": "
                            + MismatchMessages.of(v.type(), objType.attributeType(name)));
                }
                attrs.put(name, CollectionConversions.withPlainNull(v));
            }
            // go-cty reports a random one of several missing required attributes; this reports the first by name.
            for (Map.Entry<String, CtyType> e : attrTypes.entrySet()) {
                if (attrs.containsKey(e.getKey())) {
                    continue;
                }
                if (!objType.optionalAttributes().contains(e.getKey())) {
                    throw new ConversionException(path,
                            "map has no element for required attribute " + GoStrings.quote(e.getKey()));
                }
                // go-cty 1.12.1 keeps optional-attribute markers of the attribute's type here.
                attrs.put(e.getKey(), CtyValue.nullVal(e.getValue()));
            }
            return CtyValue.objectVal(attrs);
        };
    }
}
