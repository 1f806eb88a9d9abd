package io.vertiform.cty;

import java.util.List;
import java.util.Map;

/** go-cty's {@code TestConformance} walk, with go-cty's error texts. */
final class TypeConformance {
    private TypeConformance() {
    }

    static boolean conforms(CtyType given, CtyType want) {
        if (want.isDynamic() || given.equals(want)) {
            return true;
        }
        if (given.isObjectType() && want.isObjectType()) {
            Map<String, CtyType> g = given.attributeTypes();
            Map<String, CtyType> w = want.attributeTypes();
            if (!g.keySet().equals(w.keySet())) {
                return false;
            }
            return w.entrySet().stream().allMatch(e -> conforms(g.get(e.getKey()), e.getValue()));
        }
        if (given.isTupleType() && want.isTupleType()) {
            List<CtyType> g = given.tupleElementTypes();
            List<CtyType> w = want.tupleElementTypes();
            if (g.size() != w.size()) {
                return false;
            }
            for (int i = 0; i < g.size(); i++) {
                if (!conforms(g.get(i), w.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (given.kind() == want.kind() && given.isCollectionType()) {
            return conforms(given.elementType(), want.elementType());
        }
        return false;
    }

    static void test(CtyType given, CtyType want, CtyPath path, List<PathError> errs) {
        if (want.isDynamic() || given.equals(want)) {
            return;
        }
        if (given.isObjectType() && want.isObjectType()) {
            Map<String, CtyType> g = given.attributeTypes();
            Map<String, CtyType> w = want.attributeTypes();
            for (String k : g.keySet()) {
                if (!w.containsKey(k)) {
                    errs.add(PathError.of(path, "unsupported attribute %s", GoStrings.quote(k)));
                }
            }
            for (String k : w.keySet()) {
                if (!g.containsKey(k)) {
                    errs.add(PathError.of(path, "missing required attribute %s", GoStrings.quote(k)));
                }
            }
            for (Map.Entry<String, CtyType> e : w.entrySet()) {
                CtyType gt = g.get(e.getKey());
                if (gt != null) {
                    test(gt, e.getValue(), path.getAttr(e.getKey()), errs);
                }
            }
            return;
        }
        if (given.isTupleType() && want.isTupleType()) {
            List<CtyType> g = given.tupleElementTypes();
            List<CtyType> w = want.tupleElementTypes();
            if (g.size() != w.size()) {
                errs.add(PathError.of(path, "%d elements are required, but got %d", w.size(), g.size()));
                return;
            }
            for (int i = 0; i < w.size(); i++) {
                test(g.get(i), w.get(i), path.index(i), errs);
            }
            return;
        }
        if (given.isListType() && want.isListType()) {
            test(given.elementType(), want.elementType(), path.index(CtyValue.unknownVal(CtyType.NUMBER)), errs);
            return;
        }
        if (given.isMapType() && want.isMapType()) {
            test(given.elementType(), want.elementType(), path.index(CtyValue.unknownVal(CtyType.STRING)), errs);
            return;
        }
        if (given.isSetType() && want.isSetType()) {
            test(given.elementType(), want.elementType(), path.index(CtyValue.unknownVal(given.elementType())), errs);
            return;
        }
        errs.add(PathError.of(path, "%s required, but received %s", want.friendlyName(), given.friendlyName()));
    }
}
