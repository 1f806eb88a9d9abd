package io.vertiform.cty.convert;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.GoStrings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Type unification (go-cty's {@code unify}): the most general type all inputs convert to, plus the conversion each
 * input needs (null where it already has that type).
 *
 * <p>Inputs all of one structural kind are handled first, because a new type may serve better than any input (two
 * object types with the same attribute names unify attribute-wise; otherwise objects unify as a map, tuples as a
 * list). Mixed inputs fall back to picking the most preferred input type every other input converts to.
 */
final class Unifier {

    /** A unified type and the per-input conversions, null entries meaning "already of that type". */
    record Result(CtyType type, Conversion[] conversions) {
    }

    private Unifier() {
    }

    /** Null when there is no common type (go-cty's NilType), including for no inputs at all. */
    static Result unify(List<CtyType> types, boolean unsafe) {
        if (types.isEmpty()) {
            return null;
        }
        if (allEqualWithoutOptionalAttributes(types)) {
            // Fast path with exactly the outcome of the general algorithm: every structural branch rebuilds the
            // same type. Optional-attribute markers are excluded because unification strips them.
            return new Result(types.get(0), new Conversion[types.size()]);
        }
        Result byKind = unifyByKind(types, unsafe);
        if (byKind != NO_KIND_RULE) {
            return byKind;
        }
        return unifyByPreference(types, unsafe);
    }

    /** Sentinel: no kind-specific rule decided the outcome, so the preference search runs. */
    private static final Result NO_KIND_RULE = new Result(CtyType.DYNAMIC, new Conversion[0]);

    private static Result unifyByKind(List<CtyType> types, boolean unsafe) {
        int maps = 0;
        int lists = 0;
        int sets = 0;
        int objects = 0;
        int tuples = 0;
        int dynamics = 0;
        for (CtyType t : types) {
            switch (t.kind()) {
                case MAP -> maps++;
                case LIST -> lists++;
                case SET -> sets++;
                case OBJECT -> objects++;
                case TUPLE -> tuples++;
                case DYNAMIC -> dynamics++;
                default -> {
                }
            }
        }
        int n = types.size();
        boolean hasDynamic = dynamics > 0;
        if (maps > 0 && maps + dynamics == n) {
            return unifyCollections(CtyType::map, types, unsafe, hasDynamic);
        }
        if (maps > 0 && maps + objects + dynamics == n) {
            // Objects often carry map-shaped data; try unifying them as maps before the general search.
            Result r = unifyStructuralAs(types, unsafe, CtyType::isObjectType, Unifier::unifyObjectsToMap,
                    CtyType::isMapType);
            return r != null ? r : NO_KIND_RULE;
        }
        if (lists > 0 && lists + dynamics == n) {
            return unifyCollections(CtyType::list, types, unsafe, hasDynamic);
        }
        if (lists > 0 && lists + tuples + dynamics == n) {
            // Tuples are often lists in disguise.
            Result r = unifyStructuralAs(types, unsafe, CtyType::isTupleType, Unifier::unifyTuplesToList,
                    CtyType::isListType);
            return r != null ? r : NO_KIND_RULE;
        }
        if (sets > 0 && sets + dynamics == n) {
            return unifyCollections(CtyType::set, types, unsafe, hasDynamic);
        }
        if (objects > 0 && objects + dynamics == n) {
            return hasDynamic ? allAsDynamic(n) : unifyObjects(types, unsafe);
        }
        if (tuples > 0 && tuples + dynamics == n) {
            return hasDynamic ? allAsDynamic(n) : unifyTuples(types, unsafe);
        }
        if (objects > 0 && tuples > 0) {
            return null; // incompatible kinds
        }
        return NO_KIND_RULE;
    }

    private static Result unifyByPreference(List<CtyType> types, boolean unsafe) {
        Conversion[] convs = new Conversion[types.size()];
        candidates:
        for (int wantIndex : TypePreference.order(types)) {
            CtyType want = types.get(wantIndex);
            for (int i = 0; i < types.size(); i++) {
                convs[i] = null;
                if (i == wantIndex || types.get(i).equals(want)) {
                    continue;
                }
                convs[i] = publicConversion(types.get(i), want, unsafe);
                if (convs[i] == null) {
                    continue candidates;
                }
            }
            return new Result(want, convs);
        }
        return null;
    }

    /**
     * Unifies the inputs of one structural kind ({@code isStructural}) as a collection type first, then the whole
     * input list with that collection type in their place. The conversion for each structural input is its
     * conversion to the collection type followed, when needed, by the collection's own conversion.
     */
    private static Result unifyStructuralAs(List<CtyType> types, boolean unsafe,
                                            Predicate<CtyType> isStructural,
                                            BiFunction<List<CtyType>, Boolean, Result> asCollection,
                                            Predicate<CtyType> isCollection) {
        List<CtyType> structural = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            if (isStructural.test(types.get(i))) {
                structural.add(types.get(i));
                indices.add(i);
            }
        }
        Result inner = asCollection.apply(structural, unsafe);
        if (inner == null || !isCollection.test(inner.type())) {
            return null;
        }
        List<CtyType> replaced = new ArrayList<>(types);
        for (int idx : indices) {
            replaced.set(idx, inner.type());
        }
        Result outer = unify(replaced, unsafe);
        if (outer == null || !isCollection.test(outer.type())) {
            return null;
        }
        Conversion[] convs = outer.conversions().clone();
        for (int k = 0; k < indices.size(); k++) {
            int idx = indices.get(k);
            Conversion toCollection = inner.conversions()[k];
            Conversion collectionConv = convs[idx];
            if (collectionConv == null) {
                convs[idx] = toCollection;
            } else {
                // go-cty 1.12.1 runs the second step on the original input rather than on the first step's
                // result (the first step only serves as a check); kept for identical behaviour.
                convs[idx] = in -> {
                    toCollection.convert(in);
                    return collectionConv.convert(in);
                };
            }
        }
        return new Result(outer.type(), convs);
    }

    private static Result unifyCollections(Function<CtyType, CtyType> collection, List<CtyType> types,
                                           boolean unsafe, boolean hasDynamic) {
        if (hasDynamic) {
            // The path through here once the dynamic inputs become known is unpredictable.
            return allAsDynamic(types.size());
        }
        List<CtyType> elementTypes = new ArrayList<>(types.size());
        for (CtyType t : types) {
            elementTypes.add(t.elementType());
        }
        Result element = unify(elementTypes, unsafe);
        if (element == null) {
            return null;
        }
        return withConversionsTo(collection.apply(element.type()), types, unsafe, () -> null);
    }

    private static Result unifyObjects(List<CtyType> types, boolean unsafe) {
        // Stricter than conversion: only identical attribute name sets unify as an object; anything else is
        // tried as a map (unifying with a subset object type would be surprising).
        Map<String, CtyType> first = types.get(0).attributeTypes();
        for (CtyType t : types.subList(1, types.size())) {
            Map<String, CtyType> attrs = t.attributeTypes();
            if (attrs.size() != first.size() || !first.keySet().containsAll(attrs.keySet())) {
                return unifyObjectsToMap(types, unsafe);
            }
        }
        Map<String, CtyType> attrs = new TreeMap<>(GoStrings.ORDER);
        for (String name : first.keySet()) {
            List<CtyType> across = new ArrayList<>(types.size());
            for (CtyType t : types) {
                across.add(t.attributeType(name));
            }
            Result r = unify(across, unsafe);
            if (r == null) {
                return null;
            }
            attrs.put(name, r.type());
        }
        return withConversionsTo(CtyType.object(attrs), types, unsafe, () -> unifyObjectsToMap(types, unsafe));
    }

    private static Result unifyObjectsToMap(List<CtyType> types, boolean unsafe) {
        List<CtyType> attrTypes = new ArrayList<>();
        for (CtyType t : types) {
            attrTypes.addAll(t.attributeTypes().values());
        }
        Result element = unify(attrTypes, unsafe);
        if (element == null) {
            return null;
        }
        return withConversionsTo(CtyType.map(element.type()), types, unsafe, () -> null);
    }

    private static Result unifyTuples(List<CtyType> types, boolean unsafe) {
        int length = types.get(0).tupleLength();
        for (CtyType t : types.subList(1, types.size())) {
            if (t.tupleLength() != length) {
                return unifyTuplesToList(types, unsafe);
            }
        }
        List<CtyType> elements = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            List<CtyType> across = new ArrayList<>(types.size());
            for (CtyType t : types) {
                across.add(t.tupleElementTypes().get(i));
            }
            Result r = unify(across, unsafe);
            if (r == null) {
                return null;
            }
            elements.add(r.type());
        }
        return withConversionsTo(CtyType.tuple(elements), types, unsafe, () -> unifyTuplesToList(types, unsafe));
    }

    private static Result unifyTuplesToList(List<CtyType> types, boolean unsafe) {
        List<CtyType> elementTypes = new ArrayList<>();
        for (CtyType t : types) {
            elementTypes.addAll(t.tupleElementTypes());
        }
        Result element = unify(elementTypes, unsafe);
        if (element == null) {
            return null;
        }
        return withConversionsTo(CtyType.list(element.type()), types, unsafe, () -> null);
    }

    /** The conversions of every input to {@code target}; {@code fallback} decides when one is missing. */
    private static Result withConversionsTo(CtyType target, List<CtyType> types, boolean unsafe,
                                            Supplier<Result> fallback) {
        Conversion[] convs = new Conversion[types.size()];
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).equals(target)) {
                continue;
            }
            convs[i] = publicConversion(types.get(i), target, unsafe);
            if (convs[i] == null) {
                return fallback.get();
            }
        }
        return new Result(target, convs);
    }

    private static Result allAsDynamic(int n) {
        Conversion[] convs = new Conversion[n];
        // go-cty's conversions here discard the input and answer the unknown of unknown type.
        Arrays.fill(convs, (Conversion) in -> CtyValue.DYNAMIC_VAL);
        return new Result(CtyType.DYNAMIC, convs);
    }

    private static Conversion publicConversion(CtyType in, CtyType out, boolean unsafe) {
        PathConversion c = Conversions.find(in, out, unsafe);
        return c == null ? null : c.atRoot();
    }

    private static boolean allEqualWithoutOptionalAttributes(List<CtyType> types) {
        CtyType first = types.get(0);
        for (CtyType t : types) {
            if (!t.equals(first)) {
                return false;
            }
        }
        return !hasOptionalAttributes(first);
    }

    private static boolean hasOptionalAttributes(CtyType t) {
        return switch (t.kind()) {
            case STRING, NUMBER, BOOL, DYNAMIC -> false;
            case LIST, SET, MAP -> hasOptionalAttributes(t.elementType());
            case TUPLE -> t.tupleElementTypes().stream().anyMatch(Unifier::hasOptionalAttributes);
            case OBJECT -> !t.optionalAttributes().isEmpty()
                    || t.attributeTypes().values().stream().anyMatch(Unifier::hasOptionalAttributes);
        };
    }
}
