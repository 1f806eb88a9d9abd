package io.vertiform.framework.engine;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.schema.AttributeSpec;
import io.vertiform.framework.schema.BlockSpec;
import io.vertiform.framework.schema.NestedAttributes;
import io.vertiform.framework.schema.NestedBlockSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Walks a planned value together with the configuration and prior state it came from, guided by the schema,
 * and rebuilds it from what a {@link Visitor} returns. List elements correspond by index, map elements by key,
 * set elements by {@link CompareKeys} (hashing, linear time). Unknown and null values are not descended into.
 */
final class PlanWalk {

    /** Per-attribute and per-block callbacks; each returns the (possibly new) planned value. */
    interface Visitor {
        /**
         * Called for every attribute before descending into its nested attributes; {@code parent} is the planned
         * object holding it.
         */
        CtyValue attribute(AttributeSpec a, CtyPath path, CtyValue parent, CtyValue config, CtyValue prior,
                           CtyValue planned);

        /** Called for every nested block type after its elements were walked. */
        default CtyValue block(NestedBlockSpec b, CtyPath path, CtyValue config, CtyValue prior, CtyValue planned) {
            return planned;
        }
    }

    private PlanWalk() {
    }

    static CtyValue walk(BlockSpec spec, CtyValue config, CtyValue prior, CtyValue planned, Visitor visitor) {
        return body(spec, CtyPath.root(), config, prior, planned, visitor);
    }

    private static CtyValue body(BlockSpec spec, CtyPath path, CtyValue config, CtyValue prior, CtyValue planned,
                                 Visitor v) {
        if (planned.isNull() || !planned.isKnown()) {
            return planned;
        }
        Map<String, CtyValue> out = new TreeMap<>(planned.mapEntries());
        attributes(spec.attributes(), path, config, prior, planned, v, out);
        for (NestedBlockSpec b : spec.blocks()) {
            CtyType t = b.impliedType();
            CtyPath p = path.getAttr(b.typeName());
            CtyValue cv = Aligned.attr(config, b.typeName(), t);
            CtyValue sv = Aligned.attr(prior, b.typeName(), t);
            CtyValue pv = planned.getAttr(b.typeName());
            CtyValue nv = blockValue(b, p, cv, sv, pv, v);
            out.put(b.typeName(), v.block(b, p, cv, sv, nv));
        }
        return CtyValue.objectVal(out);
    }

    private static void attributes(List<AttributeSpec> attrs, CtyPath path, CtyValue config, CtyValue prior,
                                   CtyValue planned, Visitor v, Map<String, CtyValue> out) {
        for (AttributeSpec a : attrs) {
            CtyType t = a.impliedType();
            CtyPath p = path.getAttr(a.name());
            CtyValue cv = Aligned.attr(config, a.name(), t);
            CtyValue sv = Aligned.attr(prior, a.name(), t);
            CtyValue nv = v.attribute(a, p, planned, cv, sv, planned.getAttr(a.name()));
            if (a.isNested()) {
                nv = nested(a.nested(), p, cv, sv, nv, v);
            }
            out.put(a.name(), nv);
        }
    }

    private static CtyValue nestedObject(NestedAttributes n, CtyPath path, CtyValue config, CtyValue prior,
                                         CtyValue planned, Visitor v) {
        if (planned.isNull() || !planned.isKnown()) {
            return planned;
        }
        Map<String, CtyValue> out = new TreeMap<>(planned.mapEntries());
        attributes(n.attributes(), path, config, prior, planned, v, out);
        return CtyValue.objectVal(out);
    }

    private static CtyValue nested(NestedAttributes n, CtyPath path, CtyValue config, CtyValue prior,
                                   CtyValue planned, Visitor v) {
        if (planned.isNull() || !planned.isKnown()) {
            return planned;
        }
        CtyType ot = n.objectType();
        switch (n.nesting()) {
            case SINGLE:
                return nestedObject(n, path, config, prior, planned, v);
            case LIST: {
                List<CtyValue> elems = planned.elements();
                List<CtyValue> out = new ArrayList<>(elems.size());
                for (int i = 0; i < elems.size(); i++) {
                    out.add(nestedObject(n, path.index(i), Aligned.element(config, i, ot),
                            Aligned.element(prior, i, ot), elems.get(i), v));
                }
                return Aligned.rebuildSequence(planned, out);
            }
            case MAP: {
                Map<String, CtyValue> out = new LinkedHashMap<>();
                planned.mapEntries().forEach((k, e) -> out.put(k, nestedObject(n, path.index(k),
                        Aligned.entry(config, k, ot), Aligned.entry(prior, k, ot), e, v)));
                return Aligned.rebuildMapping(planned, out);
            }
            case SET:
            default: {
                SetCorrelation cfg = new SetCorrelation(Aligned.elements(config), e -> CompareKeys.ofNested(n, e));
                SetCorrelation pri = new SetCorrelation(Aligned.elements(prior), e -> CompareKeys.ofNested(n, e));
                List<CtyValue> out = new ArrayList<>();
                for (CtyValue e : planned.elements()) {
                    CtyValue ce = orNull(cfg.claim(e), ot);
                    CtyValue pe = orNull(pri.claim(e), ot);
                    out.add(nestedObject(n, path.index(e), ce, pe, e, v));
                }
                return Aligned.rebuildSequence(planned, out);
            }
        }
    }

    private static CtyValue blockValue(NestedBlockSpec b, CtyPath path, CtyValue config, CtyValue prior,
                                       CtyValue planned, Visitor v) {
        if (planned.isNull() || !planned.isKnown()) {
            return planned;
        }
        BlockSpec body = b.body();
        CtyType et = body.impliedType();
        switch (b.nesting()) {
            case SINGLE:
            case GROUP:
                return body(body, path, config, prior, planned, v);
            case LIST: {
                List<CtyValue> elems = planned.elements();
                List<CtyValue> out = new ArrayList<>(elems.size());
                for (int i = 0; i < elems.size(); i++) {
                    out.add(body(body, path.index(i), Aligned.element(config, i, et), Aligned.element(prior, i, et),
                            elems.get(i), v));
                }
                return Aligned.rebuildSequence(planned, out);
            }
            case MAP: {
                Map<String, CtyValue> out = new LinkedHashMap<>();
                planned.mapEntries().forEach((k, e) -> out.put(k, body(body, path.index(k),
                        Aligned.entry(config, k, et), Aligned.entry(prior, k, et), e, v)));
                return Aligned.rebuildMapping(planned, out);
            }
            case SET:
            default: {
                SetCorrelation cfg = new SetCorrelation(Aligned.elements(config), e -> CompareKeys.ofBlock(body, e));
                SetCorrelation pri = new SetCorrelation(Aligned.elements(prior), e -> CompareKeys.ofBlock(body, e));
                List<CtyValue> out = new ArrayList<>();
                for (CtyValue e : planned.elements()) {
                    CtyValue ce = orNull(cfg.claim(e), et);
                    CtyValue pe = orNull(pri.claim(e), et);
                    out.add(body(body, path.index(e), ce, pe, e, v));
                }
                return Aligned.rebuildSequence(planned, out);
            }
        }
    }

    private static CtyValue orNull(CtyValue v, CtyType t) {
        return v == null ? CtyValue.nullVal(t) : v;
    }
}
