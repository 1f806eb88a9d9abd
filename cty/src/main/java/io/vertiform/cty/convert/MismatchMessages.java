package io.vertiform.cty.convert;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.GoStrings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * English explanations of why one type does not convert to another (go-cty 1.12.1's {@code MismatchMessage}),
 * used as the error text when no conversion exists. Where go-cty picks one of several problems in random map
 * order, this picks the first by attribute name.
 */
final class MismatchMessages {
    private MismatchMessages() {
    }

    static String of(CtyType got, CtyType want) {
        if (got.isObjectType() && want.isObjectType()) {
            return objects(got, want);
        }
        if (got.isTupleType() && want.isListType() && want.elementType().isDynamic()) {
            // The only way this fails is that no single element type fits all elements.
            return "all list elements must have the same type";
        }
        if (got.isTupleType() && want.isSetType() && want.elementType().isDynamic()) {
            return "all set elements must have the same type";
        }
        if (got.isObjectType() && want.isMapType() && want.elementType().isDynamic()) {
            return "all map elements must have the same type";
        }
        if ((got.isTupleType() || got.isObjectType()) && want.isCollectionType()) {
            return collectionsFromStructural(got, want);
        }
        if (got.isCollectionType() && want.isCollectionType()) {
            return collectionsFromCollections(got, want);
        }
        return required(want);
    }

    private static String required(CtyType want) {
        return want.friendlyNameForConstraint() + " required";
    }

    private static String objects(CtyType got, CtyType want) {
        // "got" may have extra attributes. Missing ones are reported first; otherwise one attribute whose type
        // has no conversion at all, else one with only an unsafe conversion.
        Map<String, CtyType> gotAttrs = got.attributeTypes();
        List<String> missing = new ArrayList<>();
        String unsafeMismatch = null;
        String safeMismatch = null;
        for (Map.Entry<String, CtyType> e : want.attributeTypes().entrySet()) {
            String name = e.getKey();
            CtyType gotType = gotAttrs.get(name);
            if (gotType == null) {
                if (!want.optionalAttributes().contains(name)) {
                    missing.add(name);
                }
                continue;
            }
            if (gotType.equals(e.getValue()) || unsafeMismatch != null) {
                continue;
            }
            if (Conversions.find(gotType, e.getValue(), true) == null) {
                unsafeMismatch = attributeProblem(name, gotType, e.getValue());
            }
            if (safeMismatch == null && Conversions.find(gotType, e.getValue(), false) == null) {
                safeMismatch = attributeProblem(name, gotType, e.getValue());
            }
        }
        if (!missing.isEmpty()) {
            return missingAttributes(missing);
        }
        if (unsafeMismatch != null) {
            return unsafeMismatch;
        }
        if (safeMismatch != null) {
            return safeMismatch;
        }
        return "incorrect object attributes";
    }

    private static String attributeProblem(String name, CtyType got, CtyType want) {
        return "attribute " + GoStrings.quote(name) + ": " + of(got, want);
    }

    private static String missingAttributes(List<String> names) {
        // Attribute maps are already in Go's sorted order.
        if (names.size() == 1) {
            return "attribute " + GoStrings.quote(names.get(0)) + " is required";
        }
        if (names.size() == 2) {
            return "attributes " + GoStrings.quote(names.get(0)) + " and " + GoStrings.quote(names.get(1))
                    + " are required";
        }
        StringBuilder sb = new StringBuilder("attributes ");
        for (String name : names.subList(0, names.size() - 1)) {
            sb.append(GoStrings.quote(name)).append(", ");
        }
        sb.append("and ").append(GoStrings.quote(names.get(names.size() - 1))).append(" are required");
        return sb.toString();
    }

    private static String collectionsFromStructural(CtyType got, CtyType want) {
        if ((want.isListType() || want.isSetType()) && !got.isTupleType()) {
            return required(want);
        }
        if (want.isMapType() && !got.isObjectType()) {
            return required(want);
        }
        CtyType wantElement = want.elementType();
        if (got.isTupleType()) {
            List<CtyType> elements = got.tupleElementTypes();
            for (int i = 0; i < elements.size(); i++) {
                CtyType t = elements.get(i);
                if (!t.equals(wantElement) && Conversions.find(t, wantElement, true) == null) {
                    return "element " + i + ": " + of(t, wantElement);
                }
            }
        } else {
            for (Map.Entry<String, CtyType> e : got.attributeTypes().entrySet()) {
                CtyType t = e.getValue();
                if (!t.equals(wantElement) && Conversions.find(t, wantElement, true) == null) {
                    return "element " + GoStrings.quote(e.getKey()) + ": " + of(t, wantElement);
                }
            }
        }
        // Only reached when every element converts, i.e. when called without a failed conversion.
        return "all elements must be " + wantElement.friendlyNameForConstraint();
    }

    private static String collectionsFromCollections(CtyType got, CtyType want) {
        if (want.isListType() && !(got.isListType() || got.isSetType())) {
            return required(want);
        }
        if (want.isSetType() && !(got.isListType() || got.isSetType())) {
            return required(want);
        }
        if (want.isMapType() && !got.isMapType()) {
            return required(want);
        }
        String noun = want.isListType() ? "list element type" : want.isSetType() ? "set element type"
                : "map element type";
        return "incorrect " + noun + ": " + of(got.elementType(), want.elementType());
    }
}
