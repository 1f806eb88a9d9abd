package io.vertiform.tests.cty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cty type as the generators see it. Deliberately independent of {@code io.vertiform.cty.CtyType}: requests are
 * built from this model as plain JSON, so a bug in our type model cannot hide itself by shaping the input.
 */
record GenType(Kind kind, GenType element, List<GenType> elements, Map<String, GenType> attributes,
               Set<String> optional) {

    enum Kind { STRING, NUMBER, BOOL, DYNAMIC, LIST, SET, MAP, TUPLE, OBJECT }

    static final GenType STRING = new GenType(Kind.STRING, null, null, null, null);
    static final GenType NUMBER = new GenType(Kind.NUMBER, null, null, null, null);
    static final GenType BOOL = new GenType(Kind.BOOL, null, null, null, null);
    static final GenType DYNAMIC = new GenType(Kind.DYNAMIC, null, null, null, null);

    static GenType collection(Kind kind, GenType element) {
        return new GenType(kind, element, null, null, null);
    }

    static GenType tuple(List<GenType> elements) {
        return new GenType(Kind.TUPLE, null, List.copyOf(elements), null, null);
    }

    static GenType object(Map<String, GenType> attributes, Set<String> optional) {
        return new GenType(Kind.OBJECT, null, null, Collections.unmodifiableMap(new LinkedHashMap<>(attributes)),
                Collections.unmodifiableSet(new TreeSet<>(optional)));
    }

    boolean isPrimitive() {
        return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.BOOL;
    }

    boolean isCollection() {
        return kind == Kind.LIST || kind == Kind.SET || kind == Kind.MAP;
    }

    boolean containsDynamic() {
        return switch (kind) {
            case DYNAMIC -> true;
            case LIST, SET, MAP -> element.containsDynamic();
            case TUPLE -> elements.stream().anyMatch(GenType::containsDynamic);
            case OBJECT -> attributes.values().stream().anyMatch(GenType::containsDynamic);
            default -> false;
        };
    }

    int depth() {
        return switch (kind) {
            case LIST, SET, MAP -> 1 + element.depth();
            case TUPLE -> 1 + elements.stream().mapToInt(GenType::depth).max().orElse(0);
            case OBJECT -> 1 + attributes.values().stream().mapToInt(GenType::depth).max().orElse(0);
            default -> 0;
        };
    }

    /** The type as a JSON tree in go-cty's type JSON form (attributes in generation order, not sorted). */
    Object toJson() {
        return switch (kind) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOL -> "bool";
            case DYNAMIC -> "dynamic";
            case LIST -> List.of("list", element.toJson());
            case SET -> List.of("set", element.toJson());
            case MAP -> List.of("map", element.toJson());
            case TUPLE -> {
                List<Object> elems = new ArrayList<>();
                for (GenType t : elements) {
                    elems.add(t.toJson());
                }
                yield List.of("tuple", elems);
            }
            case OBJECT -> {
                Map<String, Object> attrs = new LinkedHashMap<>();
                attributes.forEach((k, v) -> attrs.put(k, v.toJson()));
                List<Object> out = new ArrayList<>(List.of("object", attrs));
                if (!optional.isEmpty()) {
                    out.add(new ArrayList<>(optional));
                }
                yield out;
            }
        };
    }
}
