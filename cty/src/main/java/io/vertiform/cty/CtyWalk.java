package io.vertiform.cty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * Depth-first traversal and rebuilding of values (go-cty's {@code Walk}, {@code Transform} and
 * {@code TransformWithTransformer}). Object attributes and map keys are visited in name order, set elements in set
 * order (their path step is an index step whose key is the element itself).
 */
public final class CtyWalk {
    private CtyWalk() {
    }

    /** Enter/exit callbacks for {@link #transform(CtyValue, Transformer)}. */
    public interface Transformer {
        /** Called before the children are visited; its result is what gets descended into. */
        CtyValue enter(CtyPath path, CtyValue value);

        /** Called after the children were rebuilt; its result replaces the value. */
        CtyValue exit(CtyPath path, CtyValue value);
    }

    /**
     * Calls {@code visitor} for the value and, pre-order, every nested value; returning false skips the children
     * of that value. Nulls and unknowns have no children. Exceptions from the visitor propagate.
     */
    public static void walk(CtyValue value, BiPredicate<CtyPath, CtyValue> visitor) {
        walk(CtyPath.root(), value, visitor);
    }

    private static void walk(CtyPath path, CtyValue value, BiPredicate<CtyPath, CtyValue> visitor) {
        if (!visitor.test(path, value) || !value.canIterateElements()) {
            return;
        }
        CtyValue raw = value.unmark();
        CtyType t = raw.type();
        if (t.isObjectType()) {
            for (Map.Entry<String, CtyValue> e : raw.mapEntries().entrySet()) {
                walk(path.getAttr(e.getKey()), e.getValue(), visitor);
            }
        } else if (t.isMapType()) {
            for (Map.Entry<String, CtyValue> e : raw.mapEntries().entrySet()) {
                walk(path.index(e.getKey()), e.getValue(), visitor);
            }
        } else if (t.isSetType()) {
            for (CtyValue e : raw.elements()) {
                walk(path.index(e), e, visitor);
            }
        } else {
            List<CtyValue> elems = raw.elements();
            for (int i = 0; i < elems.size(); i++) {
                walk(path.index(i), elems.get(i), visitor);
            }
        }
    }

    /** Rebuilds the value bottom-up, replacing every value (children first) with {@code fn}'s result. */
    public static CtyValue transform(CtyValue value, BiFunction<CtyPath, CtyValue, CtyValue> fn) {
        return transform(value, new Transformer() {
            @Override
            public CtyValue enter(CtyPath path, CtyValue v) {
                return v;
            }

            @Override
            public CtyValue exit(CtyPath path, CtyValue v) {
                return fn.apply(path, v);
            }
        });
    }

    /**
     * Rebuilds the value with enter/exit callbacks. Collections are rebuilt with the usual factories, so a callback
     * that changes element types inconsistently gets an {@link IllegalArgumentException}; marks of a rebuilt
     * container are kept (and, as in go-cty, an object's own marks are passed on to its attributes).
     */
    public static CtyValue transform(CtyValue value, Transformer transformer) {
        return transform(CtyPath.root(), value, transformer);
    }

    private static CtyValue transform(CtyPath path, CtyValue value, Transformer t) {
        CtyValue val = t.enter(path, value);
        CtyValue raw = val.unmark();
        CtyType ty = val.type();
        CtyValue newVal;
        if (val.isNull() || !val.isKnown()) {
            newVal = val;
        } else if (ty.isListType() || ty.isSetType() || ty.isTupleType()) {
            List<CtyValue> elems = raw.elements();
            if (elems.isEmpty()) {
                newVal = val;
            } else {
                List<CtyValue> out = new ArrayList<>(elems.size());
                for (int i = 0; i < elems.size(); i++) {
                    CtyValue e = elems.get(i);
                    CtyPath p = ty.isSetType() ? path.index(e) : path.index(i);
                    out.add(transform(p, e, t));
                }
                CtyValue rebuilt = ty.isListType() ? CtyValue.listVal(out)
                        : ty.isSetType() ? CtyValue.setVal(out) : CtyValue.tupleVal(out);
                newVal = rebuilt.withMarks(val.marks());
            }
        } else if (ty.isMapType()) {
            Map<String, CtyValue> entries = raw.mapEntries();
            if (entries.isEmpty()) {
                newVal = val;
            } else {
                Map<String, CtyValue> out = new TreeMap<>(GoStrings.ORDER);
                for (Map.Entry<String, CtyValue> e : entries.entrySet()) {
                    out.put(e.getKey(), transform(path.index(e.getKey()), e.getValue(), t));
                }
                newVal = CtyValue.mapVal(out).withMarks(val.marks());
            }
        } else if (ty.isObjectType()) {
            if (ty.attributeTypes().isEmpty()) {
                newVal = val;
            } else {
                Map<String, CtyValue> out = new TreeMap<>(GoStrings.ORDER);
                for (String name : ty.attributeTypes().keySet()) {
                    out.put(name, transform(path.getAttr(name), val.getAttr(name), t));
                }
                newVal = CtyValue.objectVal(out).withMarks(val.marks());
            }
        } else {
            newVal = val;
        }
        return t.exit(path, newVal);
    }
}
