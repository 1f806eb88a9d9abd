package io.vertiform.framework.engine;

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

/**
 * The identity of a set element for correlation: the element with every computed (and write-only) attribute
 * replaced by null, recursively. Configuration, prior state and plan agree on these parts, as Terraform's own
 * proposed-new-state logic assumes.
 */
final class CompareKeys {

    private CompareKeys() {
    }

    static CtyValue ofBlock(BlockSpec spec, CtyValue v) {
        if (v == null || v.isNull() || !v.isKnown()) {
            return v;
        }
        Map<String, CtyValue> out = new LinkedHashMap<>();
        for (AttributeSpec a : spec.attributes()) {
            out.put(a.name(), attribute(a, v.getAttr(a.name())));
        }
        for (NestedBlockSpec b : spec.blocks()) {
            out.put(b.typeName(), block(b, v.getAttr(b.typeName())));
        }
        return CtyValue.objectVal(out);
    }

    static CtyValue ofNested(NestedAttributes n, CtyValue v) {
        if (v == null || v.isNull() || !v.isKnown()) {
            return v;
        }
        Map<String, CtyValue> out = new LinkedHashMap<>();
        for (AttributeSpec a : n.attributes()) {
            out.put(a.name(), attribute(a, v.getAttr(a.name())));
        }
        return CtyValue.objectVal(out);
    }

    private static CtyValue attribute(AttributeSpec a, CtyValue v) {
        if (a.computed() || a.writeOnly()) {
            return CtyValue.nullVal(a.impliedType());
        }
        if (!a.isNested() || v.isNull() || !v.isKnown()) {
            return v;
        }
        NestedAttributes n = a.nested();
        return switch (n.nesting()) {
            case SINGLE, GROUP -> ofNested(n, v);
            case LIST, SET -> {
                List<CtyValue> elems = new ArrayList<>();
                for (CtyValue e : v.elements()) {
                    elems.add(ofNested(n, e));
                }
                yield elems.isEmpty() ? v : (n.nesting() == io.vertiform.framework.schema.Nesting.SET
                        ? CtyValue.setVal(elems) : CtyValue.listVal(elems));
            }
            case MAP -> {
                Map<String, CtyValue> m = new LinkedHashMap<>();
                v.mapEntries().forEach((k, e) -> m.put(k, ofNested(n, e)));
                yield m.isEmpty() ? v : CtyValue.mapVal(m);
            }
        };
    }

    private static CtyValue block(NestedBlockSpec b, CtyValue v) {
        if (v.isNull() || !v.isKnown()) {
            return v;
        }
        CtyType t = v.type();
        switch (b.nesting()) {
            case SINGLE:
            case GROUP:
                return ofBlock(b.body(), v);
            case LIST:
            case SET: {
                List<CtyValue> elems = new ArrayList<>();
                for (CtyValue e : v.elements()) {
                    elems.add(ofBlock(b.body(), e));
                }
                if (elems.isEmpty()) {
                    return v;
                }
                return t.isSetType() ? CtyValue.setVal(elems) : t.isTupleType() ? CtyValue.tupleVal(elems)
                        : CtyValue.listVal(elems);
            }
            case MAP:
            default: {
                Map<String, CtyValue> m = new LinkedHashMap<>();
                v.mapEntries().forEach((k, e) -> m.put(k, ofBlock(b.body(), e)));
                if (m.isEmpty()) {
                    return v;
                }
                return t.isObjectType() ? CtyValue.objectVal(m) : CtyValue.mapVal(m);
            }
        }
    }
}
