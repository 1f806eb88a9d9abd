package io.vertiform.framework.rules;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terraform core's proposed new state (objchange's ProposedNew): the configuration, with computed attributes the
 * configuration leaves null taken from the prior state. Nested blocks and nested attributes correlate with their
 * prior counterparts by index, key, or — for sets — by their non-computed content (hashed here, where
 * Terraform compares pairwise). This is what Terraform sends in PlanResourceChange; test harnesses playing
 * Terraform compute it with this class.
 */
public final class ProposedNew {

    private ProposedNew() {
    }

    /** A null configuration (the resource left the configuration) proposes null: a destroy. */
    public static CtyValue of(Schema.Block schema, CtyValue prior, CtyValue config) {
        if (config.isNull()) {
            return CtyValue.nullVal(SchemaTypes.block(schema));
        }
        if (prior.isNull()) {
            prior = allNull(schema);
        }
        return block(schema, prior, config);
    }

    private static CtyValue allNull(Schema.Block schema) {
        Map<String, CtyValue> attrs = new LinkedHashMap<>();
        for (Schema.Attribute a : schema.attributes()) {
            attrs.put(a.name(), CtyValue.nullVal(SchemaTypes.attribute(a)));
        }
        for (Schema.NestedBlock b : schema.blockTypes()) {
            CtyType t = SchemaTypes.nestedBlock(b);
            attrs.put(b.typeName(), switch (b.nesting()) {
                case SINGLE -> CtyValue.nullVal(t);
                case GROUP -> allNull(b.block());
                case LIST -> t.isListType() ? CtyValue.listValEmpty(t.elementType()) : CtyValue.EMPTY_TUPLE_VAL;
                case SET -> CtyValue.setValEmpty(t.elementType());
                case MAP -> t.isMapType() ? CtyValue.mapValEmpty(t.elementType()) : CtyValue.EMPTY_OBJECT_VAL;
            });
        }
        return CtyValue.objectVal(attrs);
    }

    private static CtyValue block(Schema.Block schema, CtyValue prior, CtyValue config) {
        if (config.isNull() || !config.isKnown()) {
            return prior;
        }
        Map<String, CtyValue> out = attributes(schema.attributes(), prior, config);
        for (Schema.NestedBlock b : schema.blockTypes()) {
            CtyValue priorV = prior.isNull() || !prior.isKnown() ? CtyValue.nullVal(SchemaTypes.nestedBlock(b))
                    : prior.getAttr(b.typeName());
            out.put(b.typeName(), nestedBlock(b, priorV, config.getAttr(b.typeName())));
        }
        return CtyValue.objectVal(out);
    }

    private static Map<String, CtyValue> attributes(List<Schema.Attribute> attrs, CtyValue prior, CtyValue config) {
        Map<String, CtyValue> out = new LinkedHashMap<>();
        for (Schema.Attribute a : attrs) {
            CtyType t = SchemaTypes.attribute(a);
            CtyValue priorV = prior.isNull() || !prior.isKnown() ? CtyValue.nullVal(t) : prior.getAttr(a.name());
            CtyValue configV = config.getAttr(a.name());
            CtyValue v;
            if (a.computed() && !a.optional() && !a.required()) {
                v = priorV;
            } else if (a.computed() && configV.isNull()) {
                v = priorV;
            } else if (a.nestedType() != null) {
                v = nestedType(a.nestedType(), priorV, configV);
            } else {
                v = configV;
            }
            out.put(a.name(), v);
        }
        return out;
    }

    private static CtyValue nestedObject(Schema.NestedType n, CtyValue prior, CtyValue config) {
        if (config.isNull() || !config.isKnown()) {
            return config;
        }
        return CtyValue.objectVal(attributes(n.attributes(), prior, config));
    }

    private static CtyValue nestedType(Schema.NestedType n, CtyValue prior, CtyValue config) {
        if (!config.isKnown() || config.isNull()) {
            return config;
        }
        CtyType ot = SchemaTypes.nestedObject(n);
        switch (n.nesting()) {
            case SINGLE:
                return nestedObject(n, prior, config);
            case LIST: {
                List<CtyValue> elems = config.elements();
                if (elems.isEmpty()) {
                    return config;
                }
                List<CtyValue> out = new ArrayList<>();
                for (int i = 0; i < elems.size(); i++) {
                    CtyValue pe = indexOrNull(prior, i, ot);
                    out.add(pe == null ? elems.get(i) : nestedObject(n, pe, elems.get(i)));
                }
                return CtyValue.listVal(out);
            }
            case MAP: {
                Map<String, CtyValue> entries = config.mapEntries();
                if (entries.isEmpty()) {
                    return config;
                }
                Map<String, CtyValue> out = new LinkedHashMap<>();
                entries.forEach((k, e) -> {
                    CtyValue pe = keyOrNull(prior, k);
                    out.put(k, pe == null ? e : nestedObject(n, pe, e));
                });
                return CtyValue.mapVal(out);
            }
            case SET:
            default: {
                List<CtyValue> elems = config.elements();
                if (elems.isEmpty()) {
                    return config;
                }
                Correlation c = new Correlation(prior, e -> compareNested(n, e));
                List<CtyValue> out = new ArrayList<>();
                for (CtyValue e : elems) {
                    CtyValue pe = c.claim(compareNested(n, e));
                    out.add(nestedObject(n, pe == null ? CtyValue.nullVal(ot) : pe, e));
                }
                return CtyValue.setVal(out);
            }
        }
    }

    private static CtyValue nestedBlock(Schema.NestedBlock b, CtyValue prior, CtyValue config) {
        if (!config.isKnown()) {
            return config;
        }
        CtyType et = SchemaTypes.block(b.block());
        switch (b.nesting()) {
            case SINGLE:
                return config.isNull() ? config : block(b.block(), prior, config);
            case GROUP:
                return block(b.block(), prior, config);
            case LIST: {
                if (config.isNull() || config.lengthInt() == 0) {
                    return config;
                }
                List<CtyValue> elems = config.elements();
                List<CtyValue> out = new ArrayList<>();
                for (int i = 0; i < elems.size(); i++) {
                    CtyValue pe = indexOrNull(prior, i, et);
                    out.add(pe == null ? elems.get(i) : block(b.block(), pe, elems.get(i)));
                }
                return config.type().isTupleType() ? CtyValue.tupleVal(out) : CtyValue.listVal(out);
            }
            case MAP: {
                if (config.isNull() || config.mapEntries().isEmpty()) {
                    return config;
                }
                Map<String, CtyValue> out = new LinkedHashMap<>();
                config.mapEntries().forEach((k, e) -> {
                    CtyValue pe = keyOrNull(prior, k);
                    out.put(k, pe == null ? e : block(b.block(), pe, e));
                });
                return config.type().isObjectType() ? CtyValue.objectVal(out) : CtyValue.mapVal(out);
            }
            case SET:
            default: {
                if (config.isNull() || config.lengthInt() == 0) {
                    return config;
                }
                Correlation c = new Correlation(prior, e -> compareBlock(b.block(), e));
                List<CtyValue> out = new ArrayList<>();
                for (CtyValue e : config.elements()) {
                    CtyValue pe = c.claim(compareBlock(b.block(), e));
                    out.add(block(b.block(), pe == null ? CtyValue.nullVal(et) : pe, e));
                }
                return CtyValue.setVal(out);
            }
        }
    }

    private static CtyValue indexOrNull(CtyValue coll, int i, CtyType t) {
        if (!coll.isKnown()) {
            return null;
        }
        if (coll.isNull()) {
            return CtyValue.nullVal(t);
        }
        List<CtyValue> elems = coll.elements();
        return i < elems.size() ? elems.get(i) : null;
    }

    private static CtyValue keyOrNull(CtyValue coll, String k) {
        if (!coll.isKnown() || coll.isNull()) {
            return null;
        }
        return coll.mapEntries().get(k);
    }

    /** Prior set elements by their compare value; each claimable once. */
    private static final class Correlation {
        private final Map<CtyValue, ArrayDeque<CtyValue>> byKey = new HashMap<>();

        Correlation(CtyValue prior, java.util.function.UnaryOperator<CtyValue> key) {
            if (prior.isKnown() && !prior.isNull()) {
                for (CtyValue e : prior.elements()) {
                    byKey.computeIfAbsent(key.apply(e), k -> new ArrayDeque<>()).add(e);
                }
            }
        }

        CtyValue claim(CtyValue key) {
            ArrayDeque<CtyValue> q = byKey.get(key);
            return q == null ? null : q.poll();
        }
    }

    /** A set element with every computed attribute null: what configuration and prior agree on. */
    static CtyValue compareBlock(Schema.Block schema, CtyValue v) {
        if (v.isNull() || !v.isKnown()) {
            return v;
        }
        Map<String, CtyValue> out = new LinkedHashMap<>();
        for (Schema.Attribute a : schema.attributes()) {
            CtyType t = SchemaTypes.attribute(a);
            out.put(a.name(), a.computed() ? CtyValue.nullVal(t) : v.getAttr(a.name()));
        }
        for (Schema.NestedBlock b : schema.blockTypes()) {
            CtyValue bv = v.getAttr(b.typeName());
            out.put(b.typeName(), switch (b.nesting()) {
                case SINGLE, GROUP -> compareBlock(b.block(), bv);
                case LIST, SET -> {
                    if (bv.isNull() || !bv.isKnown() || bv.lengthInt() == 0) {
                        yield bv;
                    }
                    List<CtyValue> elems = new ArrayList<>();
                    for (CtyValue e : bv.elements()) {
                        elems.add(compareBlock(b.block(), e));
                    }
                    yield bv.type().isSetType() ? CtyValue.setVal(elems) : bv.type().isTupleType()
                            ? CtyValue.tupleVal(elems) : CtyValue.listVal(elems);
                }
                case MAP -> {
                    if (bv.isNull() || !bv.isKnown() || bv.mapEntries().isEmpty()) {
                        yield bv;
                    }
                    Map<String, CtyValue> m = new LinkedHashMap<>();
                    bv.mapEntries().forEach((k, e) -> m.put(k, compareBlock(b.block(), e)));
                    yield bv.type().isObjectType() ? CtyValue.objectVal(m) : CtyValue.mapVal(m);
                }
            });
        }
        return CtyValue.objectVal(out);
    }

    private static CtyValue compareNested(Schema.NestedType n, CtyValue v) {
        if (v.isNull() || !v.isKnown()) {
            return v;
        }
        Map<String, CtyValue> out = new LinkedHashMap<>();
        for (Schema.Attribute a : n.attributes()) {
            out.put(a.name(), a.computed() ? CtyValue.nullVal(SchemaTypes.attribute(a)) : v.getAttr(a.name()));
        }
        return CtyValue.objectVal(out);
    }
}
