package io.vertiform.tests.cty;

import io.vertiform.cty.richjson.JsonNumber;
import io.vertiform.testkit.random.SeededRandom;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Random values of a {@link GenType}, as rich JSON trees (see cty/README.md): nulls and unknowns at any depth,
 * marks, concretely-typed values in dynamic slots.
 *
 * <p>cty collections are homogeneous: all elements of a list, set or map must have the same type. When the element
 * type contains dynamic slots, every element is generated against one "shape" (the element type with each dynamic
 * slot replaced by one concrete type), and placeholders whose type would still contain dynamic (nulls, unknowns,
 * empty collections of such types) are avoided, except for the go-cty quirk of dynamic nulls and unknowns among
 * concrete elements, which appears at {@link Options#quirkRate()}.
 */
final class ValueGen {

    record Options(double nullRate, double unknownRate, double markRate, double quirkRate, double infinityRate) {
    }

    private static final String[] MARKS = {"sensitive", "a", "b", "ephemeral"};

    private final SeededRandom r;
    private final TypeGen types;
    private final Options o;

    ValueGen(SeededRandom r, Options options) {
        this.r = r;
        this.types = new TypeGen(r);
        this.o = options;
    }

    Object value(GenType t) {
        return value(t, null, false);
    }

    private Object value(GenType t, GenType shape, boolean strict) {
        boolean placeholders = !strict || !t.containsDynamic()
                || (t.kind() == GenType.Kind.DYNAMIC && r.chance(o.quirkRate()));
        if (placeholders && r.chance(o.nullRate())) {
            return null;
        }
        if (placeholders && r.chance(o.unknownRate())) {
            return unknown();
        }
        if (r.chance(o.markRate())) {
            Map<String, Object> marked = new LinkedHashMap<>();
            List<Object> marks = new ArrayList<>();
            marks.add(r.pick(MARKS));
            if (r.chance(0.3)) {
                marks.add(r.pick(MARKS));
            }
            marked.put("$marks", marks);
            marked.put("$value", known(t, shape, strict));
            return marked;
        }
        return known(t, shape, strict);
    }

    static Map<String, Object> unknown() {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("$unknown", Boolean.TRUE);
        return u;
    }

    private Object known(GenType t, GenType shape, boolean strict) {
        switch (t.kind()) {
            case STRING:
                return TextGen.string(r);
            case NUMBER:
                if (r.chance(o.infinityRate())) {
                    return r.pick("+Inf", "-Inf");
                }
                return new JsonNumber(NumberGen.number(r));
            case BOOL:
                return r.nextBoolean();
            case DYNAMIC: {
                GenType concrete = shape != null ? shape : types.type(2, false);
                Map<String, Object> wrapper = new LinkedHashMap<>();
                wrapper.put("value", value(concrete, null, false));
                wrapper.put("type", concrete.toJson());
                return wrapper;
            }
            case LIST:
            case SET:
                return sequence(t, shape, strict);
            case MAP:
                return map(t, shape, strict);
            case TUPLE: {
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < t.elements().size(); i++) {
                    out.add(value(t.elements().get(i), shape == null ? null : shape.elements().get(i), strict));
                }
                return out;
            }
            case OBJECT:
                return object(t, shape, strict);
            default:
                throw new IllegalStateException(t.kind().toString());
        }
    }

    private Object sequence(GenType t, GenType shape, boolean strict) {
        GenType elemShape = elementShape(t, shape);
        int size = sizeFor(t, strict);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(value(t.element(), elemShape, elemShape != null || strict));
        }
        return out;
    }

    private Object map(GenType t, GenType shape, boolean strict) {
        GenType elemShape = elementShape(t, shape);
        int size = sizeFor(t, strict);
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> normalized = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String key = TextGen.mapKey(r);
            if (normalized.add(Normalizer.normalize(key, Normalizer.Form.NFC))) {
                out.put(key, value(t.element(), elemShape, elemShape != null || strict));
            }
        }
        if (out.size() == 2 && out.containsKey("$marks") && out.containsKey("$value")) {
            out.remove("$marks");
        }
        return out;
    }

    private Object object(GenType t, GenType shape, boolean strict) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, GenType> a : t.attributes().entrySet()) {
            String name = a.getKey();
            GenType at = a.getValue();
            boolean mayOmit = t.optional().contains(name) && !(strict && at.containsDynamic());
            if (mayOmit && r.chance(0.3)) {
                continue;
            }
            out.put(name, value(at, shape == null ? null : shape.attributes().get(name), strict));
        }
        return out;
    }

    /** Non-null when the elements need one common concrete shape (their type contains dynamic slots). */
    private GenType elementShape(GenType t, GenType shape) {
        if (!t.element().containsDynamic()) {
            return null;
        }
        return shape != null ? shape.element() : concretize(t.element());
    }

    private int sizeFor(GenType t, boolean strict) {
        int min = strict && t.containsDynamic() ? 1 : 0;
        return r.chance(0.15) ? min : r.intBetween(Math.max(min, 1), 4);
    }

    /** The type with every dynamic slot replaced by a random dynamic-free type. */
    GenType concretize(GenType t) {
        return switch (t.kind()) {
            case DYNAMIC -> types.type(2, false);
            case LIST, SET, MAP -> GenType.collection(t.kind(), concretize(t.element()));
            case TUPLE -> {
                List<GenType> elems = new ArrayList<>();
                for (GenType e : t.elements()) {
                    elems.add(concretize(e));
                }
                yield GenType.tuple(elems);
            }
            case OBJECT -> {
                Map<String, GenType> attrs = new LinkedHashMap<>();
                t.attributes().forEach((k, v) -> attrs.put(k, concretize(v)));
                yield GenType.object(attrs, t.optional());
            }
            default -> t;
        };
    }
}
