package io.vertiform.tests.cty;

import io.vertiform.testkit.random.SeededRandom;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Random cty types of every kind, including dynamic slots and optional attributes. */
final class TypeGen {
    private final SeededRandom r;

    TypeGen(SeededRandom r) {
        this.r = r;
    }

    /** A type at most {@code maxDepth} levels deep; with {@code allowDynamic} false, no dynamic anywhere. */
    GenType type(int maxDepth, boolean allowDynamic) {
        int w = r.nextInt(100);
        if (maxDepth <= 0 || w < 35) {
            return primitive(allowDynamic);
        }
        return compound(maxDepth, allowDynamic);
    }

    /** A type with a chain of compound types at least {@code minDepth} deep. */
    GenType deep(int minDepth, int maxDepth, boolean allowDynamic) {
        if (minDepth <= 0) {
            return type(maxDepth, allowDynamic);
        }
        GenType inner = deep(minDepth - 1, maxDepth - 1, allowDynamic);
        return switch (r.nextInt(5)) {
            case 0 -> GenType.collection(GenType.Kind.LIST, inner);
            case 1 -> GenType.collection(GenType.Kind.SET, inner);
            case 2 -> GenType.collection(GenType.Kind.MAP, inner);
            case 3 -> {
                List<GenType> elems = new ArrayList<>();
                int at = r.nextInt(3);
                for (int i = 0; i < 3; i++) {
                    elems.add(i == at ? inner : type(maxDepth - 1, allowDynamic));
                }
                yield GenType.tuple(elems.subList(0, r.intBetween(at + 1, 3)));
            }
            default -> {
                Map<String, GenType> attrs = attributes(maxDepth - 1, allowDynamic, 3);
                attrs.put(uniqueName(attrs.keySet()), inner);
                yield GenType.object(attrs, optional(attrs.keySet()));
            }
        };
    }

    GenType primitive(boolean allowDynamic) {
        int w = r.nextInt(allowDynamic ? 10 : 9);
        return w < 3 ? GenType.STRING : w < 6 ? GenType.NUMBER : w < 9 ? GenType.BOOL : GenType.DYNAMIC;
    }

    private GenType compound(int maxDepth, boolean allowDynamic) {
        return switch (r.nextInt(11)) {
            case 0, 1 -> GenType.collection(GenType.Kind.LIST, type(maxDepth - 1, allowDynamic));
            case 2, 3 -> GenType.collection(GenType.Kind.SET, type(maxDepth - 1, allowDynamic));
            case 4, 5 -> GenType.collection(GenType.Kind.MAP, type(maxDepth - 1, allowDynamic));
            case 6, 7 -> {
                int n = r.intBetween(0, 4);
                List<GenType> elems = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    elems.add(type(maxDepth - 1, allowDynamic));
                }
                yield GenType.tuple(elems);
            }
            default -> {
                Map<String, GenType> attrs = attributes(maxDepth - 1, allowDynamic, 5);
                yield GenType.object(attrs, optional(attrs.keySet()));
            }
        };
    }

    private Map<String, GenType> attributes(int maxDepth, boolean allowDynamic, int max) {
        int n = r.intBetween(0, max);
        Map<String, GenType> attrs = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            attrs.put(uniqueName(attrs.keySet()), type(maxDepth, allowDynamic));
        }
        return attrs;
    }

    private String uniqueName(Set<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String name = TextGen.attributeName(r);
            if (attempt > 5) {
                name = name + "_" + attempt;
            }
            if (!taken.contains(name)) {
                return name;
            }
        }
    }

    private Set<String> optional(Set<String> names) {
        Set<String> out = new HashSet<>();
        if (r.chance(0.3)) {
            for (String n : names) {
                if (r.chance(0.4)) {
                    out.add(n);
                }
            }
        }
        return out;
    }
}
