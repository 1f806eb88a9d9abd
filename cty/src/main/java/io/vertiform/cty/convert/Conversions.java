package io.vertiform.cty.convert;

import io.vertiform.cty.CtyType;

/**
 * Finds the conversion between two types (go-cty's {@code getConversion}/{@code getConversionKnown}). The order of
 * the checks matters and follows go-cty 1.12.1: it decides, for example, that there is no conversion between two
 * equal primitive or map-of-primitive types (callers test type equality first).
 */
final class Conversions {
    private Conversions() {
    }

    /** The conversion from {@code in} to {@code out}, or null when there is none in the requested mode. */
    static PathConversion find(CtyType in, CtyType out, boolean unsafe) {
        PathConversion forKnown = forKnownValues(in, out, unsafe);
        return forKnown == null ? null : new GuardedConversion(out, forKnown);
    }

    private static PathConversion forKnownValues(CtyType in, CtyType out, boolean unsafe) {
        if (out.isDynamic()) {
            return DynamicConversions.PASSTHROUGH;
        }
        if (unsafe && in.isDynamic()) {
            return DynamicConversions.fixup(out);
        }
        if (in.isPrimitive() && out.isPrimitive()) {
            return PrimitiveConversions.find(in, out, unsafe);
        }
        if (out.isObjectType() && in.isObjectType()) {
            return ObjectConversions.objectToObject(in, out, unsafe);
        }
        if (out.isTupleType() && in.isTupleType()) {
            return TupleConversions.tupleToTuple(in, out, unsafe);
        }
        if (out.isListType() && (in.isListType() || in.isSetType())) {
            return collectionToList(in, out, unsafe);
        }
        if (out.isSetType() && (in.isListType() || in.isSetType())) {
            return collectionToSet(in, out, unsafe);
        }
        if (out.isMapType() && in.isMapType()) {
            // Unlike lists and sets there is no shortcut for equal element types here, so map(string) has no
            // conversion to itself (go-cty behaves the same; Convert's equality check covers the top level).
            PathConversion element = find(in.elementType(), out.elementType(), unsafe);
            return element == null ? null : CollectionConversions.toMap(out.elementType(), element);
        }
        if (out.isListType() && in.isTupleType()) {
            return TupleConversions.tupleToList(in, out.elementType(), unsafe);
        }
        if (out.isSetType() && in.isTupleType()) {
            return TupleConversions.tupleToSet(in, out.elementType(), unsafe);
        }
        if (out.isMapType() && in.isObjectType()) {
            return ObjectConversions.objectToMap(in, out.elementType(), unsafe);
        }
        if (out.isObjectType() && in.isMapType()) {
            // Unsafe only: the map might lack keys the object type requires.
            return unsafe ? ObjectConversions.mapToObject(in, out) : null;
        }
        return null;
    }

    private static PathConversion collectionToList(CtyType in, CtyType out, boolean unsafe) {
        CtyType inElement = in.elementType();
        CtyType outElement = out.elementType();
        if (inElement.equals(outElement)) {
            return CollectionConversions.toList(outElement, null);
        }
        PathConversion element = find(inElement, outElement, unsafe);
        return element == null ? null : CollectionConversions.toList(outElement, element);
    }

    private static PathConversion collectionToSet(CtyType in, CtyType out, boolean unsafe) {
        if (in.isListType() && !unsafe) {
            // Lossy: order and duplicates are lost, so go-cty only offers it as an unsafe conversion.
            return null;
        }
        CtyType inElement = in.elementType();
        CtyType outElement = out.elementType();
        if (inElement.equals(outElement)) {
            return CollectionConversions.toSet(outElement, null);
        }
        PathConversion element = find(inElement, outElement, unsafe);
        return element == null ? null : CollectionConversions.toSet(outElement, element);
    }
}
