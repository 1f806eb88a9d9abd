package io.vertiform.tests.cty;

import io.vertiform.testkit.random.SeededRandom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conversion targets close to a source type, so that {@code convert} succeeds often and fails in interesting,
 * deep places: primitives swapped, list/set/tuple and map/object exchanged, attributes added, dropped or made
 * optional, subtrees replaced by dynamic.
 */
final class TypeMutator {
    private final SeededRandom r;
    private final TypeGen types;

    TypeMutator(SeededRandom r) {
        this.r = r;
        this.types = new TypeGen(r);
    }

    GenType target(GenType from) {
        if (r.chance(0.1)) {
            return types.type(3, true);
        }
        if (r.chance(0.15)) {
            return from;
        }
        return mutate(from, 0.35);
    }

    private GenType mutate(GenType t, double rate) {
        if (r.chance(0.04)) {
            return GenType.DYNAMIC;
        }
        switch (t.kind()) {
            case STRING:
            case NUMBER:
            case BOOL:
                return r.chance(rate) ? r.pick(GenType.STRING, GenType.NUMBER, GenType.BOOL) : t;
            case DYNAMIC:
                return r.chance(rate) ? types.type(2, false) : t;
            case LIST:
            case SET:
            case MAP: {
                GenType elem = mutate(t.element(), rate);
                if (!r.chance(rate)) {
                    return GenType.collection(t.kind(), elem);
                }
                if (t.kind() == GenType.Kind.MAP && r.nextBoolean()) {
                    return objectLike(elem);
                }
                if (t.kind() != GenType.Kind.MAP && r.chance(0.3)) {
                    return GenType.tuple(List.of(elem, elem).subList(0, r.intBetween(0, 2)));
                }
                return GenType.collection(r.pick(GenType.Kind.LIST, GenType.Kind.SET, GenType.Kind.MAP), elem);
            }
            case TUPLE: {
                List<GenType> elems = new ArrayList<>();
                for (GenType e : t.elements()) {
                    elems.add(mutate(e, rate));
                }
                if (r.chance(rate)) {
                    GenType common = elems.isEmpty() ? types.primitive(true) : r.pick(elems);
                    return GenType.collection(r.pick(GenType.Kind.LIST, GenType.Kind.SET), common);
                }
                if (r.chance(rate / 3) && !elems.isEmpty()) {
                    elems.remove(elems.size() - 1);
                }
                return GenType.tuple(elems);
            }
            case OBJECT: {
                Map<String, GenType> attrs = new LinkedHashMap<>();
                t.attributes().forEach((k, v) -> attrs.put(k, mutate(v, rate)));
                if (r.chance(rate) && !attrs.isEmpty()) {
                    GenType common = r.pick(new ArrayList<>(attrs.values()));
                    return GenType.collection(GenType.Kind.MAP, common);
                }
                Set<String> optional = new LinkedHashSet<>(t.optional());
                if (r.chance(rate / 2) && !attrs.isEmpty()) {
                    String drop = r.pick(new ArrayList<>(attrs.keySet()));
                    attrs.remove(drop);
                    optional.remove(drop);
                }
                if (r.chance(rate / 2)) {
                    String extra = TextGen.attributeName(r);
                    if (!attrs.containsKey(extra)) {
                        attrs.put(extra, types.type(1, true));
                        if (r.nextBoolean()) {
                            optional.add(extra);
                        }
                    }
                }
                for (String name : attrs.keySet()) {
                    if (r.chance(rate / 3)) {
                        optional.add(name);
                    }
                }
                return GenType.object(attrs, optional);
            }
            default:
                return t;
        }
    }

    private GenType objectLike(GenType elem) {
        Map<String, GenType> attrs = new LinkedHashMap<>();
        Set<String> optional = new LinkedHashSet<>();
        for (String name : List.of("a", "b", "\u00e9", "_x")) {
            if (r.chance(0.4)) {
                attrs.put(name, elem);
                if (r.chance(0.5)) {
                    optional.add(name);
                }
            }
        }
        return GenType.object(attrs, optional);
    }
}
