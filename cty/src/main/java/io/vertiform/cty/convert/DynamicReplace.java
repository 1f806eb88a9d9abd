package io.vertiform.cty.convert;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.GoStrings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The type of the unknown or null that a conversion produces from an unknown or null input (go-cty's
 * {@code dynamicReplace}): the target type, with every dynamic part replaced by the corresponding part of the
 * input's type, so that for example a null list of numbers converted to list(dynamic) stays a list of numbers.
 */
final class DynamicReplace {
    private DynamicReplace() {
    }

    /** @param in the input's type, or null when unification found none (go-cty's NilType) */
    static CtyType replace(CtyType in, CtyType out) {
        if (in == null || in.isDynamic()) {
            return out;
        }
        return switch (out.kind()) {
            case DYNAMIC -> in;
            case STRING, NUMBER, BOOL -> out;
            case MAP -> replaceMap(in, out);
            case OBJECT -> replaceObject(in, out);
            case SET -> replaceSequence(in, out, true);
            case LIST -> replaceSequence(in, out, false);
            case TUPLE -> replaceTuple(in, out);
        };
    }

    private static CtyType replaceMap(CtyType in, CtyType out) {
        if (in.isMapType()) {
            return CtyType.map(replace(in.elementType(), out.elementType()));
        }
        if (in.isObjectType()) {
            return CtyType.map(replace(unified(new ArrayList<>(in.attributeTypes().values())), out.elementType()));
        }
        // Reachable only below a map-to-object conversion through an optional attribute whose type the map's
        // elements cannot convert to. go-cty 1.12.1 builds an invalid map(NilType) here (later releases return the
        // target type, as this does).
        return out;
    }

    private static CtyType replaceObject(CtyType in, CtyType out) {
        // For any input other than a map or object this yields the empty object type, as in go-cty.
        Map<String, CtyType> attrs = new TreeMap<>(GoStrings.ORDER);
        if (in.isMapType()) {
            out.attributeTypes().forEach((name, t) -> attrs.put(name, replace(in.elementType(), t)));
        } else if (in.isObjectType()) {
            out.attributeTypes().forEach((name, t) -> attrs.put(name,
                    in.hasAttribute(name) ? replace(in.attributeType(name), t) : t));
        }
        return CtyType.object(attrs);
    }

    private static CtyType replaceSequence(CtyType in, CtyType out, boolean set) {
        CtyType element;
        if (in.isSetType() || in.isListType()) {
            element = replace(in.elementType(), out.elementType());
        } else if (in.isTupleType()) {
            element = replace(unified(in.tupleElementTypes()), out.elementType());
        } else {
            // Same situation as in replaceMap: go-cty 1.12.1 would produce an invalid type.
            return out;
        }
        return set ? CtyType.set(element) : CtyType.list(element);
    }

    private static CtyType replaceTuple(CtyType in, CtyType out) {
        List<CtyType> outTypes = out.tupleElementTypes();
        if (!in.isTupleType() || in.tupleElementTypes().size() != outTypes.size()) {
            // go-cty panics here; the target type is the only sensible answer.
            return out;
        }
        List<CtyType> types = new ArrayList<>(outTypes.size());
        for (int i = 0; i < outTypes.size(); i++) {
            types.add(replace(in.tupleElementTypes().get(i), outTypes.get(i)));
        }
        return CtyType.tuple(types);
    }

    private static CtyType unified(List<CtyType> types) {
        Unifier.Result r = Unifier.unify(types, true);
        return r == null ? null : r.type();
    }
}
