package io.vertiform.testkit.provider;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.framework.rules.SchemaTypes;
import io.vertiform.framework.schema.JavaValues;
import io.vertiform.framework.value.TypedValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configuration as Terraform decodes it, from plain Java: a map per block ({@code "name" -> value}), lists of maps
 * for repeated blocks, maps of maps for labelled blocks; values are Java scalars, collections or
 * {@link CtyValue}s (use {@code CtyValue.unknownVal(...)} for values known only after apply). Absent attributes
 * become null, absent blocks empty (or, for groups, all-null). Mistakes Terraform would reject are
 * {@link IllegalArgumentException}s with Terraform's wording.
 */
public final class Configs {

    private Configs() {
    }

    public static CtyValue decode(Schema.Block schema, Map<String, ?> given) {
        return block(schema, given == null ? Map.of() : given, "");
    }

    private static CtyValue block(Schema.Block schema, Map<String, ?> given, String where) {
        Map<String, CtyValue> out = new LinkedHashMap<>();
        List<String> known = new ArrayList<>();
        for (Schema.Attribute a : schema.attributes()) {
            known.add(a.name());
            Object v = given.get(a.name());
            String path = where + a.name();
            if (v == null || (v instanceof CtyValue c && c.isNull())) {
                if (a.required()) {
                    throw new IllegalArgumentException("Missing required argument: The argument \"" + path
                            + "\" is required, but no definition was found.");
                }
                out.put(a.name(), CtyValue.nullVal(SchemaTypes.attribute(a)));
                continue;
            }
            if (a.computed() && !a.optional()) {
                throw new IllegalArgumentException("Value for unconfigurable attribute: Can't configure a value for \""
                        + path + "\": its value will be decided automatically based on the result of applying this "
                        + "configuration.");
            }
            out.put(a.name(), a.nestedType() == null ? value(v, a.type(), path) : nested(a.nestedType(), v, path));
        }
        for (Schema.NestedBlock b : schema.blockTypes()) {
            known.add(b.typeName());
            out.put(b.typeName(), blocks(b, given.get(b.typeName()), where + b.typeName()));
        }
        for (String k : given.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("Unsupported argument: An argument named \"" + where + k
                        + "\" is not expected here.");
            }
        }
        return CtyValue.objectVal(out);
    }

    /** Scalars and cty values convert as Terraform converts expression results; collections map element-wise. */
    private static CtyValue value(Object v, CtyType type, String path) {
        CtyValue scalar = JavaValues.toCty(v);
        try {
            return scalar != null ? Convert.convert(scalar, type) : TypedValues.encode(v, type);
        } catch (ConversionException | io.vertiform.framework.value.ValueMappingException e) {
            throw new IllegalArgumentException("Incorrect attribute value type: Inappropriate value for attribute \""
                    + path + "\": " + e.getMessage() + ".", e);
        }
    }

    private static CtyValue nested(Schema.NestedType n, Object v, String where) {
        if (v instanceof CtyValue c) {
            return TypedValues.encode(c, SchemaTypes.nestedType(n));
        }
        Schema.Block asBlock = new Schema.Block(0, n.attributes(), List.of(), "", null, false, "", false);
        CtyType ot = SchemaTypes.nestedObject(n);
        switch (n.nesting()) {
            case SINGLE:
                return block(asBlock, map(v, where), where + ".");
            case LIST:
            case SET: {
                List<CtyValue> elems = new ArrayList<>();
                int i = 0;
                for (Object e : list(v, where)) {
                    elems.add(block(asBlock, map(e, where), where + "[" + i++ + "]."));
                }
                if (elems.isEmpty()) {
                    return n.nesting() == Schema.NestedType.NestingMode.LIST ? CtyValue.listValEmpty(ot)
                            : CtyValue.setValEmpty(ot);
                }
                return n.nesting() == Schema.NestedType.NestingMode.LIST ? CtyValue.listVal(elems)
                        : CtyValue.setVal(elems);
            }
            case MAP:
            default: {
                Map<String, CtyValue> entries = new LinkedHashMap<>();
                map(v, where).forEach((k, e) -> entries.put(k, block(asBlock, map(e, where), where + "[\"" + k + "\"].")));
                return entries.isEmpty() ? CtyValue.mapValEmpty(ot) : CtyValue.mapVal(entries);
            }
        }
    }

    private static CtyValue blocks(Schema.NestedBlock b, Object v, String where) {
        CtyType t = SchemaTypes.nestedBlock(b);
        if (v instanceof CtyValue c) {
            return c;
        }
        switch (b.nesting()) {
            case SINGLE:
                if (v == null) {
                    if (b.minItems() > 0) {
                        throw new IllegalArgumentException("Missing required block: A block of type \"" + where
                                + "\" is required here.");
                    }
                    return CtyValue.nullVal(t);
                }
                return block(b.block(), map(v, where), where + ".");
            case GROUP:
                return block(b.block(), v == null ? Map.of() : map(v, where), where + ".");
            case LIST:
            case SET: {
                List<CtyValue> elems = new ArrayList<>();
                int i = 0;
                for (Object e : v == null ? List.of() : list(v, where)) {
                    elems.add(block(b.block(), map(e, where), where + "[" + i++ + "]."));
                }
                if (elems.size() < b.minItems()) {
                    throw new IllegalArgumentException("Insufficient " + where + " blocks: At least " + b.minItems()
                            + " \"" + where + "\" blocks are required.");
                }
                if (b.maxItems() > 0 && elems.size() > b.maxItems()) {
                    throw new IllegalArgumentException("Too many " + where + " blocks: No more than " + b.maxItems()
                            + " \"" + where + "\" blocks are allowed");
                }
                CtyType et = SchemaTypes.block(b.block());
                if (b.nesting() == Schema.NestedBlock.NestingMode.SET) {
                    return elems.isEmpty() ? CtyValue.setValEmpty(et) : CtyValue.setVal(elems);
                }
                if (t.isDynamic()) {
                    return CtyValue.tupleVal(elems);
                }
                return elems.isEmpty() ? CtyValue.listValEmpty(et) : CtyValue.listVal(elems);
            }
            case MAP:
            default: {
                Map<String, CtyValue> entries = new LinkedHashMap<>();
                if (v != null) {
                    map(v, where).forEach((k, e) -> entries.put(k, block(b.block(), map(e, where),
                            where + "[\"" + k + "\"].")));
                }
                if (t.isDynamic()) {
                    return CtyValue.objectVal(entries);
                }
                return entries.isEmpty() ? CtyValue.mapValEmpty(SchemaTypes.block(b.block())) : CtyValue.mapVal(entries);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object v, String where) {
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException(where + ": expected a map of attributes, got " + v);
    }

    private static Collection<?> list(Object v, String where) {
        if (v instanceof Collection<?> c) {
            return c;
        }
        throw new IllegalArgumentException(where + ": expected a list of blocks, got " + v);
    }
}
