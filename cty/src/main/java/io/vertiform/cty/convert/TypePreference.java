package io.vertiform.cty.convert;

import io.vertiform.cty.CtyType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "more general than" preference that unification uses to pick a result type among its inputs (go-cty's
 * {@code compareTypes} and {@code sortTypes}). It is optimistic: it does not check that conversions exist, the
 * unifier does that afterwards.
 */
final class TypePreference {
    private TypePreference() {
    }

    /** Negative when {@code a} is preferred (more general), positive when {@code b} is, zero when neither. */
    static int compare(CtyType a, CtyType b) {
        // Anything can become dynamic, so dynamic is least preferred: assume it will converge on its neighbours.
        if (a.isDynamic() || b.isDynamic()) {
            if (!a.isDynamic()) {
                return -1;
            }
            if (!b.isDynamic()) {
                return 1;
            }
            return 0;
        }
        if (a.isPrimitive() && b.isPrimitive()) {
            // Every primitive value has a string spelling, so string is the supertype of the primitives.
            if (a.equals(CtyType.STRING) || b.equals(CtyType.STRING)) {
                if (!a.equals(CtyType.STRING)) {
                    return 1;
                }
                if (!b.equals(CtyType.STRING)) {
                    return -1;
                }
                return 0;
            }
        }
        if ((a.isListType() && b.isListType()) || (a.isSetType() && b.isSetType())
                || (a.isMapType() && b.isMapType())) {
            return compare(a.elementType(), b.elementType());
        }

        // Normalise the asymmetric pairs so that each rule below is written once; "swap" flips the answer back.
        int swap = 1;
        if ((a.isTupleType() && b.isListType()) || (a.isObjectType() && b.isMapType())
                || (a.isSetType() && b.isTupleType()) || (a.isSetType() && b.isListType())) {
            CtyType t = a;
            a = b;
            b = t;
            swap = -1;
        }
        if (b.isSetType() && (a.isTupleType() || a.isListType())) {
            return -swap;
        }
        if (a.isListType() && b.isTupleType()) {
            return -swap;
        }
        if (a.isMapType() && b.isObjectType()) {
            return -swap;
        }
        if (a.isObjectType() && b.isObjectType()) {
            Map<String, CtyType> attrsA = a.attributeTypes();
            Map<String, CtyType> attrsB = b.attributeTypes();
            if (attrsA.size() != attrsB.size()) {
                return 0;
            }
            boolean aSuper = false;
            boolean bSuper = false;
            for (Map.Entry<String, CtyType> e : attrsA.entrySet()) {
                CtyType other = attrsB.get(e.getKey());
                if (other == null) {
                    return 0;
                }
                int cmp = compare(e.getValue(), other);
                aSuper |= cmp < 0;
                bSuper |= cmp > 0;
            }
            return verdict(aSuper, bSuper, swap);
        }
        if (a.isTupleType() && b.isTupleType()) {
            List<CtyType> typesA = a.tupleElementTypes();
            List<CtyType> typesB = b.tupleElementTypes();
            if (typesA.size() != typesB.size()) {
                return 0;
            }
            boolean aSuper = false;
            boolean bSuper = false;
            for (int i = 0; i < typesA.size(); i++) {
                int cmp = compare(typesA.get(i), typesB.get(i));
                aSuper |= cmp < 0;
                bSuper |= cmp > 0;
            }
            return verdict(aSuper, bSuper, swap);
        }
        return 0;
    }

    private static int verdict(boolean aSuper, boolean bSuper, int swap) {
        if (aSuper && bSuper) {
            return 0;
        }
        if (aSuper) {
            return -swap;
        }
        if (bSuper) {
            return swap;
        }
        return 0;
    }

    /**
     * Indices of {@code types}, most general first: a topological sort of the preference graph that keeps input
     * order among unrelated types. Like go-cty, positions the sort cannot reach (the preference is not transitive
     * for mixed structural types, so cycles are possible) are left as index 0.
     */
    static int[] order(List<CtyType> types) {
        int n = types.size();
        List<List<Integer>> edges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            edges.add(new ArrayList<>());
        }
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                int cmp = compare(types.get(i), types.get(j));
                if (cmp < 0) {
                    edges.get(i).add(j);
                } else if (cmp > 0) {
                    edges.get(j).add(i);
                }
            }
        }
        int[] inDegree = new int[n];
        for (List<Integer> outs : edges) {
            for (int j : outs) {
                inDegree[j]++;
            }
        }
        int[] result = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (inDegree[i] == 0) {
                result[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            for (int j : edges.get(result[head])) {
                if (--inDegree[j] == 0) {
                    result[tail++] = j;
                }
            }
        }
        return result;
    }
}
