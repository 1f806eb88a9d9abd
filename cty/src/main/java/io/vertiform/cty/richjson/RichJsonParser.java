package io.vertiform.cty.richjson;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.GoStrings;
import io.vertiform.cty.json.TypeJson;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Tree → value, mirroring the Go oracle's richjson/parse.go rule for rule (including its error texts). */
final class RichJsonParser {
    private RichJsonParser() {
    }

    static CtyValue parse(Object node, CtyType type, CtyPath path) {
        CtyType plain = type.withoutOptionalAttributesDeep();
        if (node instanceof Map<?, ?> obj) {
            switch (wrapperKind(obj.keySet())) {
                case MARKS:
                    return parseMarked(obj, type, path);
                case UNKNOWN:
                    if (!Boolean.TRUE.equals(obj.get("$unknown"))) {
                        throw new RichJsonException(path, "$unknown must be true");
                    }
                    CtyValue unknown = CtyValue.unknownVal(plain);
                    if (obj.containsKey("$refine")) {
                        return RefinementJson.apply(unknown, obj.get("$refine"), path);
                    }
                    return unknown;
                case NONE:
                    break;
            }
        }
        if (type.isDynamic()) {
            return parseDynamic(node, path);
        }
        if (node == null) {
            return CtyValue.nullVal(plain);
        }
        switch (type.kind()) {
            case STRING:
                if (!(node instanceof String s)) {
                    throw new RichJsonException(path, "a string is required");
                }
                return CtyValue.stringVal(s);
            case NUMBER:
                return parseNumber(node, path);
            case BOOL:
                if (!(node instanceof Boolean b)) {
                    throw new RichJsonException(path, "a bool is required");
                }
                return CtyValue.boolVal(b);
            case LIST:
            case SET:
                return parseCollection(node, type, path);
            case MAP:
                return parseMap(node, type, path);
            case TUPLE:
                return parseTuple(node, type, path);
            case OBJECT:
                return parseObject(node, type, path);
            default:
                throw new RichJsonException(path, "unsupported type " + type.friendlyName());
        }
    }

    enum Wrapper { NONE, UNKNOWN, MARKS }

    /**
     * Which wrapper a JSON object's key set spells. Maps and objects with exactly these key sets cannot be
     * written (the printer refuses them), which keeps reading unambiguous.
     */
    static Wrapper wrapperKind(Set<?> keys) {
        if (keys.contains("$unknown")) {
            for (Object k : keys) {
                if (!"$unknown".equals(k) && !"$refine".equals(k)) {
                    return Wrapper.NONE;
                }
            }
            return Wrapper.UNKNOWN;
        }
        if (keys.size() == 2 && keys.contains("$marks") && keys.contains("$value")) {
            return Wrapper.MARKS;
        }
        return Wrapper.NONE;
    }

    private static CtyValue parseMarked(Map<?, ?> obj, CtyType type, CtyPath path) {
        if (!(obj.get("$marks") instanceof List<?> list)) {
            throw new RichJsonException(path, "$marks must be an array of strings");
        }
        Set<Object> marks = new HashSet<>();
        for (Object m : list) {
            if (!(m instanceof String name)) {
                throw new RichJsonException(path, "$marks must be an array of strings");
            }
            marks.add(MarkNames.fromName(name));
        }
        CtyValue inner = parse(obj.get("$value"), type, path);
        return marks.isEmpty() ? inner : inner.withMarks(marks);
    }

    private static CtyValue parseDynamic(Object node, CtyPath path) {
        if (node == null) {
            return CtyValue.nullVal(CtyType.DYNAMIC);
        }
        if (!(node instanceof Map<?, ?> obj) || obj.size() != 2 || !obj.containsKey("value")
                || !obj.containsKey("type")) {
            throw new RichJsonException(path,
                    "a dynamic value must be null, {\"$unknown\":true} or {\"value\":...,\"type\":...}");
        }
        CtyType concrete;
        try {
            concrete = TypeJson.unmarshal(JsonTree.write(obj.get("type")));
        } catch (RuntimeException e) {
            throw new RichJsonException(path, "invalid type: " + e.getMessage(), e);
        }
        if (concrete.isDynamic()) {
            throw new RichJsonException(path, "the type of a dynamic value must not be \"dynamic\"");
        }
        return parse(obj.get("value"), concrete, path);
    }

    private static CtyValue parseNumber(Object node, CtyPath path) {
        if (node instanceof JsonNumber n) {
            try {
                return CtyValue.parseNumberVal(n.text());
            } catch (NumberFormatException e) {
                throw new RichJsonException(path, "a number is required");
            }
        }
        if ("+Inf".equals(node)) {
            return CtyValue.numberVal(BigFloat.POSITIVE_INFINITY);
        }
        if ("-Inf".equals(node)) {
            return CtyValue.numberVal(BigFloat.NEGATIVE_INFINITY);
        }
        throw new RichJsonException(path, "a number is required");
    }

    private static CtyValue parseCollection(Object node, CtyType type, CtyPath path) {
        if (!(node instanceof List<?> arr)) {
            throw new RichJsonException(path, "a JSON array is required for " + type.friendlyName());
        }
        CtyType elementType = type.elementType();
        if (arr.isEmpty()) {
            CtyType plainElement = elementType.withoutOptionalAttributesDeep();
            return type.isListType() ? CtyValue.listValEmpty(plainElement) : CtyValue.setValEmpty(plainElement);
        }
        List<CtyValue> elements = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            elements.add(parse(arr.get(i), elementType, path.index(i)));
        }
        String kind = type.isListType() ? "list" : "set";
        if (!consistent(elements)) {
            throw new RichJsonException(path, "inconsistent " + kind + " element types");
        }
        return type.isListType() ? CtyValue.listVal(elements) : CtyValue.setVal(elements);
    }

    /**
     * go-cty's CanListVal/CanSetVal/CanMapVal rule: the first element whose type is not dynamic fixes the element
     * type; later elements must equal it or be of the dynamic type (a null or unknown placeholder).
     */
    private static boolean consistent(Iterable<CtyValue> elements) {
        CtyType elementType = CtyType.DYNAMIC;
        for (CtyValue v : elements) {
            CtyType t = v.type();
            if (elementType.isDynamic()) {
                elementType = t;
            } else if (!t.isDynamic() && !elementType.equals(t)) {
                return false;
            }
        }
        return true;
    }

    private static CtyValue parseMap(Object node, CtyType type, CtyPath path) {
        if (!(node instanceof Map<?, ?> obj)) {
            throw new RichJsonException(path, "a JSON object is required for " + type.friendlyName());
        }
        CtyType elementType = type.elementType();
        if (obj.isEmpty()) {
            return CtyValue.mapValEmpty(elementType.withoutOptionalAttributesDeep());
        }
        Map<String, CtyValue> elements = new TreeMap<>(GoStrings.ORDER);
        for (Map.Entry<?, ?> e : obj.entrySet()) {
            String key = (String) e.getKey();
            String normalized = Normalizer.normalize(key, Normalizer.Form.NFC);
            if (elements.containsKey(normalized)) {
                throw new RichJsonException(path,
                        "map keys " + GoStrings.quote(normalized) + " collide after NFC normalization");
            }
            elements.put(normalized, parse(e.getValue(), elementType, path.index(key)));
        }
        if (!consistent(elements.values())) {
            throw new RichJsonException(path, "inconsistent map element types");
        }
        return CtyValue.mapVal(elements);
    }

    private static CtyValue parseTuple(Object node, CtyType type, CtyPath path) {
        if (!(node instanceof List<?> arr)) {
            throw new RichJsonException(path, "a JSON array is required for " + type.friendlyName());
        }
        List<CtyType> types = type.tupleElementTypes();
        if (arr.size() != types.size()) {
            throw new RichJsonException(path, "a tuple of length " + types.size() + " is required");
        }
        List<CtyValue> elements = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            elements.add(parse(arr.get(i), types.get(i), path.index(i)));
        }
        return CtyValue.tupleVal(elements);
    }

    private static CtyValue parseObject(Object node, CtyType type, CtyPath path) {
        if (!(node instanceof Map<?, ?> obj)) {
            throw new RichJsonException(path, "a JSON object is required for " + type.friendlyName());
        }
        Map<String, CtyType> attributeTypes = type.attributeTypes();
        for (Object k : obj.keySet()) {
            if (!attributeTypes.containsKey((String) k)) {
                throw new RichJsonException(path, "unsupported attribute " + GoStrings.quote((String) k));
            }
        }
        Map<String, CtyValue> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, CtyType> e : attributeTypes.entrySet()) {
            String name = e.getKey();
            if (!obj.containsKey(name)) {
                if (!type.attributeOptional(name)) {
                    throw new RichJsonException(path, "attribute " + GoStrings.quote(name) + " is required");
                }
                attributes.put(name, CtyValue.nullVal(e.getValue().withoutOptionalAttributesDeep()));
                continue;
            }
            attributes.put(name, parse(obj.get(name), e.getValue(), path.getAttr(name)));
        }
        return CtyValue.objectVal(attributes);
    }
}
