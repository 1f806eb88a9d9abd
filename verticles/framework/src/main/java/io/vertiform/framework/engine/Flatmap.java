package io.vertiform.framework.engine;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.schema.AttributeSpec;
import io.vertiform.framework.schema.BlockSpec;
import io.vertiform.framework.schema.Nesting;
import io.vertiform.framework.schema.NestedBlockSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Legacy SDKv1 flatmap state ({@code "tags.%" = "1"}, {@code "tags.Name" = "x"}, {@code "rule.#" = "2"},
 * {@code "rule.0.port" = "80"}, set elements under hash keys) to a cty value of a block's type, as Terraform's
 * hcl2shim did. Single and group blocks were stored as one-element lists. The value
 * {@value #UNKNOWN} marks an unknown.
 */
final class Flatmap {

    static final String UNKNOWN = "74D93920-ED26-11E3-AC10-0800200C9A66";

    private Flatmap() {
    }

    static CtyValue decode(Map<String, String> m, BlockSpec schema) {
        return block(m, "", schema);
    }

    private static CtyValue block(Map<String, String> m, String prefix, BlockSpec schema) {
        Map<String, CtyValue> out = new LinkedHashMap<>();
        for (AttributeSpec a : schema.attributes()) {
            out.put(a.name(), value(m, prefix + a.name(), a.impliedType()));
        }
        for (NestedBlockSpec b : schema.blocks()) {
            String key = prefix + b.typeName();
            if (b.nesting() == Nesting.SINGLE || b.nesting() == Nesting.GROUP) {
                String count = m.get(key + ".#");
                boolean present = count != null && !count.equals("0");
                CtyValue v = present ? block(m, key + ".0.", b.body()) : null;
                if (v == null) {
                    v = b.nesting() == Nesting.GROUP ? block(m, key + ".0.", b.body())
                            : CtyValue.nullVal(b.impliedType());
                }
                out.put(b.typeName(), v);
            } else if (b.nesting() == Nesting.MAP) {
                Map<String, CtyValue> entries = new LinkedHashMap<>();
                for (String k : childKeys(m, key + ".", "%")) {
                    entries.put(k, block(m, key + "." + k + ".", b.body()));
                }
                out.put(b.typeName(), entries.isEmpty() ? CtyValue.mapValEmpty(b.body().impliedType())
                        : CtyValue.mapVal(entries));
            } else {
                List<CtyValue> elems = new ArrayList<>();
                for (String k : indexKeys(m, key, b.nesting() == Nesting.LIST)) {
                    elems.add(block(m, key + "." + k + ".", b.body()));
                }
                CtyType et = b.body().impliedType();
                out.put(b.typeName(), b.nesting() == Nesting.LIST
                        ? (elems.isEmpty() ? CtyValue.listValEmpty(et) : CtyValue.listVal(elems))
                        : (elems.isEmpty() ? CtyValue.setValEmpty(et) : CtyValue.setVal(elems)));
            }
        }
        return CtyValue.objectVal(out);
    }

    private static CtyValue value(Map<String, String> m, String key, CtyType t) {
        if (t.isPrimitive()) {
            String s = m.get(key);
            if (s == null) {
                return CtyValue.nullVal(t);
            }
            if (s.equals(UNKNOWN)) {
                return CtyValue.unknownVal(t);
            }
            return switch (t.kind()) {
                case STRING -> CtyValue.stringVal(s);
                case NUMBER -> CtyValue.parseNumberVal(s);
                case BOOL -> CtyValue.boolVal(parseBool(s, key));
                default -> throw new IllegalStateException();
            };
        }
        if (t.isListType() || t.isSetType()) {
            String count = m.get(key + ".#");
            if (count == null) {
                return CtyValue.nullVal(t);
            }
            if (count.equals(UNKNOWN)) {
                return CtyValue.unknownVal(t);
            }
            List<CtyValue> elems = new ArrayList<>();
            for (String k : indexKeys(m, key, t.isListType())) {
                elems.add(value(m, key + "." + k, t.elementType()));
            }
            if (elems.isEmpty()) {
                return t.isListType() ? CtyValue.listValEmpty(t.elementType()) : CtyValue.setValEmpty(t.elementType());
            }
            return t.isListType() ? CtyValue.listVal(elems) : CtyValue.setVal(elems);
        }
        if (t.isMapType()) {
            String count = m.get(key + ".%");
            if (count == null) {
                return CtyValue.nullVal(t);
            }
            if (count.equals(UNKNOWN)) {
                return CtyValue.unknownVal(t);
            }
            Map<String, CtyValue> entries = new LinkedHashMap<>();
            for (String k : childKeys(m, key + ".", "%")) {
                entries.put(k, value(m, key + "." + k, t.elementType()));
            }
            return entries.isEmpty() ? CtyValue.mapValEmpty(t.elementType()) : CtyValue.mapVal(entries);
        }
        if (t.isObjectType()) {
            Map<String, CtyValue> attrs = new LinkedHashMap<>();
            boolean any = false;
            for (Map.Entry<String, CtyType> e : t.attributeTypes().entrySet()) {
                CtyValue v = value(m, key + "." + e.getKey(), e.getValue());
                any |= !v.isNull();
                attrs.put(e.getKey(), v);
            }
            return any ? CtyValue.objectVal(attrs) : CtyValue.nullVal(t);
        }
        throw new IllegalArgumentException(key + ": flatmap state cannot hold " + t.friendlyName() + " values");
    }

    /** Element keys of a list ("0".."n-1", from the count) or a set (whatever hash keys are present). */
    private static List<String> indexKeys(Map<String, String> m, String key, boolean list) {
        String count = m.get(key + ".#");
        List<String> out = new ArrayList<>();
        if (count == null || count.equals(UNKNOWN)) {
            return out;
        }
        if (list) {
            int n = Integer.parseInt(count);
            for (int i = 0; i < n; i++) {
                out.add(Integer.toString(i));
            }
            return out;
        }
        out.addAll(childKeys(m, key + ".", "#"));
        return out;
    }

    /** The distinct next path segments below {@code prefix}, except the count marker. */
    private static TreeSet<String> childKeys(Map<String, String> m, String prefix, String countMarker) {
        TreeSet<String> keys = new TreeSet<>();
        for (String full : m.keySet()) {
            if (full.startsWith(prefix)) {
                String rest = full.substring(prefix.length());
                int dot = rest.indexOf('.');
                String seg = dot < 0 ? rest : rest.substring(0, dot);
                if (!seg.equals(countMarker)) {
                    keys.add(seg);
                }
            }
        }
        return keys;
    }

    private static boolean parseBool(String s, String key) {
        return switch (s) {
            case "true", "1", "t", "T", "TRUE", "True" -> true;
            case "false", "0", "f", "F", "FALSE", "False" -> false;
            default -> throw new IllegalArgumentException(key + ": \"" + s + "\" is not a bool");
        };
    }
}
