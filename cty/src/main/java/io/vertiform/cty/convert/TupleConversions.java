package io.vertiform.cty.convert;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;

import java.util.ArrayList;
import java.util.List;

/** Conversions from tuple types: to another tuple of the same length, to a list, to a set. */
final class TupleConversions {
    private TupleConversions() {
    }

    static PathConversion tupleToTuple(CtyType in, CtyType out, boolean unsafe) {
        List<CtyType> inTypes = in.tupleElementTypes();
        List<CtyType> outTypes = out.tupleElementTypes();
        if (inTypes.size() != outTypes.size()) {
            return null;
        }
        PathConversion[] elements = elementConversions(inTypes, outTypes, unsafe);
        if (elements == null) {
            return null;
        }
        return (val, path) -> {
            List<CtyValue> in2 = val.elements();
            CtyValue[] out2 = new CtyValue[in2.size()];
            for (int i = 0; i < out2.length; i++) {
                out2[i] = CollectionConversions.convertElement(in2.get(i), elements[i], path, i, false);
            }
            return CtyValue.tupleVal(List.of(out2));
        };
    }

    static PathConversion tupleToList(CtyType tupleType, CtyType listElementType, boolean unsafe) {
        List<CtyType> inTypes = tupleType.tupleElementTypes();
        if (inTypes.isEmpty()) {
            CtyValue empty = CtyValue.listValEmpty(listElementType.withoutOptionalAttributesDeep());
            return (val, path) -> empty;
        }
        CtyType target = elementTarget(inTypes, listElementType, unsafe);
        if (target == null) {
            return null;
        }
        PathConversion[] elements = elementConversions(inTypes, target, unsafe);
        if (elements == null) {
            return null;
        }
        return (val, path) -> {
            List<CtyValue> in2 = val.elements();
            List<CtyValue> converted = new ArrayList<>(in2.size());
            for (int i = 0; i < in2.size(); i++) {
                converted.add(CollectionConversions.convertElement(in2.get(i), elements[i], path, i, false));
            }
            // go-cty hands the unification step the path of the last element rather than the list's own path,
            // so errors from it (rare: only when element types still differ) carry that extra step.
            CtyPath unifyPath = path.index(in2.size() - 1);
            converted = CollectionConversions.unifyElements(converted, unifyPath, unsafe);
            if (!CollectionConversions.canCollect(converted)) {
                throw new ConversionException(path, "element types must all match for conversion to list");
            }
            return CtyValue.listVal(converted);
        };
    }

    static PathConversion tupleToSet(CtyType tupleType, CtyType setElementType, boolean unsafe) {
        List<CtyType> inTypes = tupleType.tupleElementTypes();
        if (inTypes.isEmpty()) {
            CtyValue empty = CtyValue.setValEmpty(setElementType.withoutOptionalAttributesDeep());
            return (val, path) -> empty;
        }
        CtyType target = elementTarget(inTypes, setElementType, unsafe);
        if (target == null) {
            return null;
        }
        PathConversion[] elements = elementConversions(inTypes, target, unsafe);
        if (elements == null) {
            return null;
        }
        return (val, path) -> {
            List<CtyValue> in2 = val.elements();
            List<CtyValue> converted = new ArrayList<>(in2.size());
            for (int i = 0; i < in2.size(); i++) {
                converted.add(CollectionConversions.convertElement(in2.get(i), elements[i], path, i, true));
            }
            if (!CollectionConversions.canCollect(converted)) {
                throw new ConversionException(path, "element types must all match for conversion to set");
            }
            return CtyValue.setVal(converted);
        };
    }

    /**
     * The element type to convert every tuple element to. A dynamic target element type asks for the unified type
     * of the tuple's elements; that stays dynamic only when every tuple element is itself dynamic.
     */
    private static CtyType elementTarget(List<CtyType> inTypes, CtyType wanted, boolean unsafe) {
        if (!wanted.isDynamic()) {
            return wanted;
        }
        Unifier.Result unified = Unifier.unify(inTypes, unsafe);
        if (unified == null) {
            return null;
        }
        if (unified.type().isDynamic()) {
            for (CtyType t : inTypes) {
                if (!t.isDynamic()) {
                    return null;
                }
            }
        }
        return unified.type();
    }

    private static PathConversion[] elementConversions(List<CtyType> inTypes, CtyType target, boolean unsafe) {
        PathConversion[] convs = new PathConversion[inTypes.size()];
        for (int i = 0; i < convs.length; i++) {
            CtyType t = inTypes.get(i);
            if (t.equals(target)) {
                continue;
            }
            convs[i] = Conversions.find(t, target, unsafe);
            if (convs[i] == null) {
                return null;
            }
        }
        return convs;
    }

    private static PathConversion[] elementConversions(List<CtyType> inTypes, List<CtyType> outTypes,
                                                       boolean unsafe) {
        PathConversion[] convs = new PathConversion[inTypes.size()];
        for (int i = 0; i < convs.length; i++) {
            if (inTypes.get(i).equals(outTypes.get(i))) {
                continue;
            }
            convs[i] = Conversions.find(inTypes.get(i), outTypes.get(i), unsafe);
            if (convs[i] == null) {
                return null;
            }
        }
        return convs;
    }
}
