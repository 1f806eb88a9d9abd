package io.vertiform.cty.convert;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Terse builders for the conversion tables (keys and values alternate in the map-shaped builders). */
final class Fixtures {
    static final CtyType S = CtyType.STRING;
    static final CtyType N = CtyType.NUMBER;
    static final CtyType B = CtyType.BOOL;
    static final CtyType DYN = CtyType.DYNAMIC;

    private Fixtures() {
    }

    static CtyValue s(String v) {
        return CtyValue.stringVal(v);
    }

    static CtyValue n(long v) {
        return CtyValue.numberIntVal(v);
    }

    static CtyValue nf(double v) {
        return CtyValue.numberFloatVal(v);
    }

    static CtyValue list(CtyValue... v) {
        return CtyValue.listVal(List.of(v));
    }

    static CtyValue set(CtyValue... v) {
        return CtyValue.setVal(Arrays.asList(v));
    }

    static CtyValue tuple(CtyValue... v) {
        return CtyValue.tupleVal(List.of(v));
    }

    static CtyValue obj(Object... kv) {
        return CtyValue.objectVal(pairs(kv, CtyValue.class));
    }

    static CtyValue map(Object... kv) {
        return CtyValue.mapVal(pairs(kv, CtyValue.class));
    }

    static CtyValue nul(CtyType t) {
        return CtyValue.nullVal(t);
    }

    static CtyValue unk(CtyType t) {
        return CtyValue.unknownVal(t);
    }

    static CtyType listT(CtyType t) {
        return CtyType.list(t);
    }

    static CtyType setT(CtyType t) {
        return CtyType.set(t);
    }

    static CtyType mapT(CtyType t) {
        return CtyType.map(t);
    }

    static CtyType tupleT(CtyType... t) {
        return CtyType.tuple(List.of(t));
    }

    static CtyType objT(Object... kv) {
        return CtyType.object(pairs(kv, CtyType.class));
    }

    /** An object type whose attributes named in {@code optional} are optional. */
    static CtyType optObj(List<String> optional, Object... kv) {
        return CtyType.objectWithOptional(pairs(kv, CtyType.class), Set.copyOf(optional));
    }

    static Set<Object> marks(Object... m) {
        return new LinkedHashSet<>(List.of(m));
    }

    private static <T> Map<String, T> pairs(Object[] kv, Class<T> type) {
        if (kv.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of key/value arguments");
        }
        Map<String, T> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], type.cast(kv[i + 1]));
        }
        return m;
    }
}
