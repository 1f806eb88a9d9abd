package io.vertiform.cty.convert;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.GoStrings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Conversions that build a list, set or map from a collection of the source type, converting each element with an
 * optional element conversion (null when the element type already matches).
 */
final class CollectionConversions {
    private CollectionConversions() {
    }

    /** From a list or set. */
    static PathConversion toList(CtyType elementType, PathConversion element) {
        return (in, path) -> {
            if (!in.length().isKnown()) {
                // A set holding unknowns may shrink once they are known, so the list length is unknown too.
                // go-cty types this result with the *source* element type, even when converting elements.
                return CtyValue.unknownVal(CtyType.list(in.type().elementType()));
            }
            List<CtyValue> elements = convertElements(in.elements(), element, path, true);
            if (elements.isEmpty()) {
                // An empty collection keeps a concrete element type rather than the dynamic pseudo-type.
                return CtyValue.listValEmpty(elementType.isDynamic()
                        ? in.type().elementType() : elementType.withoutOptionalAttributesDeep());
            }
            if (!canCollect(elements)) {
                throw new ConversionException(path, "element types must all match for conversion to list");
            }
            return CtyValue.listVal(elements);
        };
    }

    /** From a list or set. */
    static PathConversion toSet(CtyType elementType, PathConversion element) {
        return (in, path) -> {
            List<CtyValue> elements = convertElements(in.elements(), element, path, true);
            if (elements.isEmpty()) {
                return CtyValue.setValEmpty(elementType.isDynamic()
                        ? in.type().elementType() : elementType.withoutOptionalAttributesDeep());
            }
            if (!canCollect(elements)) {
                throw new ConversionException(path, "element types must all match for conversion to set");
            }
            return CtyValue.setVal(elements);
        };
    }

    /** From a map. */
    static PathConversion toMap(CtyType elementType, PathConversion element) {
        return (in, path) -> {
            Map<String, CtyValue> entries = new TreeMap<>(GoStrings.ORDER);
            for (Map.Entry<String, CtyValue> e : in.mapEntries().entrySet()) {
                CtyValue v = e.getValue();
                if (element != null) {
                    v = element.apply(v, path.index(e.getKey()));
                }
                entries.put(e.getKey(), v);
            }
            if (entries.isEmpty()) {
                // go-cty 1.12.1 keeps optional-attribute markers in this one place (fixed in later releases).
                return CtyValue.mapValEmpty(elementType.isDynamic() ? in.type().elementType() : elementType);
            }
            if (elementType.isCollectionType() || elementType.isObjectType()) {
                entries = unifyEntries(entries, path, false);
            }
            if (!canCollect(entries.values())) {
                throw new ConversionException(path, "element types must all match for conversion to map");
            }
            return CtyValue.mapVal(entries);
        };
    }

    /**
     * Converts each element (indexing the path by position) and, when asked, replaces null results by nulls of the
     * type without optional-attribute markers. That replacement drops marks on null elements, as go-cty does.
     */
    static List<CtyValue> convertElements(List<CtyValue> in, PathConversion element, CtyPath path,
                                          boolean normaliseNulls) {
        List<CtyValue> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            out.add(convertElement(in.get(i), element, path, i, normaliseNulls));
        }
        return out;
    }

    static CtyValue convertElement(CtyValue v, PathConversion element, CtyPath path, int index,
                                   boolean normaliseNulls) {
        CtyValue out = element == null ? v : element.apply(v, path.index(index));
        if (normaliseNulls) {
            out = withPlainNull(out);
        }
        return out;
    }

    static CtyValue withPlainNull(CtyValue v) {
        return v.isNull() ? CtyValue.nullVal(v.type().withoutOptionalAttributesDeep()) : v;
    }

    /**
     * go-cty's {@code CanListVal}/{@code CanSetVal}/{@code CanMapVal}: every element has the same type, except
     * that elements of the dynamic pseudo-type (nulls and unknowns) fit anywhere.
     */
    static boolean canCollect(Collection<CtyValue> values) {
        CtyType common = CtyType.DYNAMIC;
        for (CtyValue v : values) {
            if (common.isDynamic()) {
                common = v.type();
            } else if (!v.type().isDynamic() && !common.equals(v.type())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Converts all entries to their unified type (go-cty's {@code conversionUnifyCollectionElements}), so that maps
     * of structural values end up homogeneous. go-cty walks the entries in random map order; this walks them by
     * key, which only matters for which of several failures is reported.
     */
    static Map<String, CtyValue> unifyEntries(Map<String, CtyValue> entries, CtyPath path, boolean unsafe) {
        List<CtyType> types = new ArrayList<>(entries.size());
        for (CtyValue v : entries.values()) {
            types.add(v.type());
        }
        Unifier.Result unified = Unifier.unify(types, unsafe);
        if (unified == null) {
            throw new ConversionException(path, "cannot find a common base type for all elements");
        }
        Map<String, CtyValue> out = new TreeMap<>(GoStrings.ORDER);
        for (Map.Entry<String, CtyValue> e : entries.entrySet()) {
            CtyValue v = e.getValue();
            out.put(e.getKey(), v.type().equals(unified.type())
                    ? v : toUnified(v, unified.type(), unsafe, path.index(e.getKey())));
        }
        return out;
    }

    /** Like {@link #unifyEntries} for a list's elements (go-cty's {@code conversionUnifyListElements}). */
    static List<CtyValue> unifyElements(List<CtyValue> elements, CtyPath path, boolean unsafe) {
        List<CtyType> types = new ArrayList<>(elements.size());
        for (CtyValue v : elements) {
            types.add(v.type());
        }
        Unifier.Result unified = Unifier.unify(types, unsafe);
        if (unified == null) {
            throw new ConversionException(path, "cannot find a common base type for all elements");
        }
        List<CtyValue> out = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            CtyValue v = elements.get(i);
            out.add(v.type().equals(unified.type()) ? v : toUnified(v, unified.type(), unsafe, path.index(i)));
        }
        return out;
    }

    private static CtyValue toUnified(CtyValue v, CtyType unified, boolean unsafe, CtyPath path) {
        PathConversion conv = Conversions.find(v.type(), unified, unsafe);
        if (conv == null) {
            // Unification only picks a type every input converts to; go-cty would crash here.
            throw new IllegalStateException("no conversion from " + v.type().friendlyName() + " to unified type "
                    + unified.friendlyName());
        }
        return conv.apply(v, path);
    }
}
