package io.vertiform.framework.rules;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.Marks;
import io.vertiform.cty.PathError;
import io.vertiform.cty.convert.Convert;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Terraform's check of an applied new state against the planned state (objchange's AssertObjectCompatible,
 * which produces "Provider produced inconsistent result after apply"): every known planned value comes back
 * equal, unknowns resolve within their refinements, block counts hold, and each planned set element correlates
 * with an actual one and vice versa.
 */
public final class ObjectCompatibility {

    private ObjectCompatibility() {
    }

    public static List<PathError> check(Schema.Block schema, CtyValue planned, CtyValue actual) {
        List<PathError> errs = new ArrayList<>();
        object(schema, planned, actual, CtyPath.root(), errs);
        return errs;
    }

    private static void object(Schema.Block schema, CtyValue planned, CtyValue actual, CtyPath path,
                               List<PathError> errs) {
        String atRoot = path.isEmpty() ? "Root object " : "";
        if (planned.isNull() && !actual.isNull()) {
            errs.add(PathError.of(path, "%s", atRoot + "was absent, but now present"));
            return;
        }
        if (actual.isNull() && !planned.isNull()) {
            errs.add(PathError.of(path, "%s", atRoot + "was present, but now absent"));
            return;
        }
        if (planned.isNull()) {
            return;
        }
        for (Schema.Attribute a : schema.attributes()) {
            CtyValue pv = planned.getAttr(a.name());
            CtyValue av = actual.getAttr(a.name());
            CtyPath p = path.getAttr(a.name());
            boolean sensitive = a.sensitive() || pv.hasMarkDeep(Marks.SENSITIVE) || av.hasMarkDeep(Marks.SENSITIVE);
            List<PathError> more = new ArrayList<>();
            value(pv.unmarkDeep(), av.unmarkDeep(), p, more);
            if (sensitive && !more.isEmpty()) {
                errs.add(PathError.of(p, "inconsistent values for sensitive attribute"));
            } else {
                errs.addAll(more);
            }
        }
        for (Schema.NestedBlock b : schema.blockTypes()) {
            CtyValue pv = planned.getAttr(b.typeName()).unmark();
            CtyValue av = actual.getAttr(b.typeName()).unmark();
            nestedBlock(b, pv, av, path.getAttr(b.typeName()), errs);
        }
    }

    private static void nestedBlock(Schema.NestedBlock b, CtyValue pv, CtyValue av, CtyPath p, List<PathError> errs) {
        switch (b.nesting()) {
            case SINGLE, GROUP -> {
                if (!pv.isKnown() && av.isNull()) {
                    return;
                }
                object(b.block(), pv, av, p, errs);
            }
            case LIST -> {
                if (!pv.isKnown() || !av.isKnown() || pv.isNull() || av.isNull()) {
                    return;
                }
                List<CtyValue> pl = pv.elements();
                List<CtyValue> al = av.elements();
                if (pl.size() != al.size()) {
                    errs.add(PathError.of(p, "block count changed from %d to %d", pl.size(), al.size()));
                    return;
                }
                for (int i = 0; i < pl.size(); i++) {
                    object(b.block(), pl.get(i), al.get(i), p.index(i), errs);
                }
            }
            case MAP -> {
                if (!pv.isKnown() || pv.isNull() || av.isNull() || !av.isKnown()) {
                    return;
                }
                Map<String, CtyValue> pm = pv.mapEntries();
                Map<String, CtyValue> am = av.mapEntries();
                boolean object = pv.type().isObjectType();
                if (!object && pm.size() != am.size()) {
                    errs.add(PathError.of(p, "block count changed from %d to %d", pm.size(), am.size()));
                    return;
                }
                for (Map.Entry<String, CtyValue> e : pm.entrySet()) {
                    CtyValue a = am.get(e.getKey());
                    if (a == null) {
                        if (object) {
                            errs.add(PathError.of(p, "%s", "block key \"" + e.getKey() + "\" has vanished"));
                        }
                        continue;
                    }
                    object(b.block(), e.getValue(), a, object ? p.getAttr(e.getKey()) : p.index(e.getKey()), errs);
                }
                if (object) {
                    for (String k : am.keySet()) {
                        if (!pm.containsKey(k)) {
                            errs.add(PathError.of(p, "%s", "new block key \"" + k + "\" has appeared"));
                        }
                    }
                }
            }
            case SET -> {
                if (!pv.isKnown() || !av.isKnown() || pv.isNull() || av.isNull()) {
                    return;
                }
                errs.addAll(correlateSets(pv, av, p, (pe, ae) -> {
                    List<PathError> inner = new ArrayList<>();
                    object(b.block(), pe, ae, p.index(ae), inner);
                    return inner.isEmpty();
                }));
                if (pv.lengthInt() < av.lengthInt()) {
                    errs.add(PathError.of(p, "block set length changed from %d to %d", pv.lengthInt(), av.lengthInt()));
                }
            }
        }
    }

    /** assertValueCompatible: unmarked values, any type. */
    static void value(CtyValue planned, CtyValue actual, CtyPath path, List<PathError> errs) {
        if (planned.type().isDynamic()) {
            return;
        }
        if (!actual.type().conformsTo(planned.type())) {
            errs.add(PathError.of(path, "%s", "wrong final value type: "
                    + Convert.mismatchMessage(actual.type(), planned.type())));
            return;
        }
        if (!planned.isKnown()) {
            CtyValue ok = planned.range().includes(actual);
            if (ok.isKnown() && !ok.asBool()) {
                errs.add(PathError.of(path, "%s", "final value " + actual.goString()
                        + " does not conform to planning placeholder " + planned.goString()));
            }
            return;
        }
        if (actual.isNull()) {
            if (!planned.isNull()) {
                errs.add(PathError.of(path, "%s", "was " + planned.goString() + ", but now null"));
            }
            return;
        }
        if (planned.isNull()) {
            errs.add(PathError.of(path, "%s", "was null, but now " + actual.goString()));
            return;
        }
        CtyType t = planned.type();
        if (!actual.isKnown()) {
            errs.add(PathError.of(path, "was known, but now unknown"));
        } else if (t.isPrimitive()) {
            CtyValue eq = actual.ctyEquals(planned);
            if (!(eq.isKnown() && eq.asBool())) {
                errs.add(PathError.of(path, "%s", "was " + planned.goString() + ", but now " + actual.goString()));
            }
        } else if (t.isListType() || t.isTupleType()) {
            List<CtyValue> pl = planned.elements();
            List<CtyValue> al = actual.elements();
            for (int i = 0; i < pl.size(); i++) {
                if (i >= al.size()) {
                    errs.add(PathError.of(path, "element %d has vanished", i));
                    continue;
                }
                value(pl.get(i), al.get(i), path.index(i), errs);
            }
            for (int i = pl.size(); i < al.size(); i++) {
                errs.add(PathError.of(path, "new element %d has appeared", i));
            }
        } else if (t.isMapType()) {
            Map<String, CtyValue> pm = planned.mapEntries();
            Map<String, CtyValue> am = actual.mapEntries();
            for (Map.Entry<String, CtyValue> e : pm.entrySet()) {
                CtyValue a = am.get(e.getKey());
                if (a == null) {
                    errs.add(PathError.of(path, "%s", "element " + quote(e.getKey()) + " has vanished"));
                    continue;
                }
                value(e.getValue(), a, path.index(e.getKey()), errs);
            }
            for (String k : am.keySet()) {
                if (!pm.containsKey(k)) {
                    errs.add(PathError.of(path, "%s", "new element " + quote(k) + " has appeared"));
                }
            }
        } else if (t.isObjectType()) {
            for (String name : t.attributeTypes().keySet()) {
                value(planned.getAttr(name), actual.getAttr(name), path.getAttr(name), errs);
            }
        } else if (t.isSetType()) {
            errs.addAll(correlateSets(planned, actual, path, (pe, ae) -> {
                List<PathError> inner = new ArrayList<>();
                value(pe, ae, path.index(ae), inner);
                return inner.isEmpty();
            }));
            if (planned.lengthInt() < actual.lengthInt()) {
                errs.add(PathError.of(path, "length changed from %d to %d", planned.lengthInt(), actual.lengthInt()));
            }
        }
    }

    /**
     * Every planned element must be compatible with some actual element and vice versa. A wholly known planned
     * element can only match the equal actual element, found by hashing; only planned elements with unknowns are
     * compared against the rest, so the usual case is linear.
     */
    static List<PathError> correlateSets(CtyValue planned, CtyValue actual, CtyPath path,
                                         BiPredicate<CtyValue, CtyValue> compatible) {
        List<CtyValue> ps = planned.elements();
        List<CtyValue> as = actual.elements();
        boolean[] peq = new boolean[ps.size()];
        boolean[] aeq = new boolean[as.size()];
        Map<CtyValue, Integer> actualIndex = new HashMap<>();
        for (int i = 0; i < as.size(); i++) {
            actualIndex.put(as.get(i), i);
        }
        List<Integer> partial = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            CtyValue p = ps.get(i);
            Integer hit = p.isWhollyKnown() ? actualIndex.get(p) : null;
            if (hit != null && compatible.test(p, as.get(hit))) {
                peq[i] = true;
                aeq[hit] = true;
            } else {
                partial.add(i);
            }
        }
        for (int i : partial) {
            for (int j = 0; j < as.size(); j++) {
                if (compatible.test(ps.get(i), as.get(j))) {
                    peq[i] = true;
                    aeq[j] = true;
                }
            }
        }
        List<PathError> errs = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            if (!peq[i]) {
                errs.add(PathError.of(path, "%s", "planned set element " + ps.get(i).goString()
                        + " does not correlate with any element in actual"));
            }
        }
        if (!errs.isEmpty()) {
            return errs;
        }
        for (int j = 0; j < as.size(); j++) {
            if (!aeq[j]) {
                errs.add(PathError.of(path, "%s", "actual set element " + as.get(j).goString()
                        + " does not correlate with any element in plan"));
            }
        }
        return errs;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
