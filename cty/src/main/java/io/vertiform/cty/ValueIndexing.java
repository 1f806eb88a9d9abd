package io.vertiform.cty;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** go-cty's {@code Index}, {@code HasIndex} and {@code HasElement}, with their unknown and mark handling. */
final class ValueIndexing {
    private ValueIndexing() {
    }

    static CtyValue index(CtyValue val, CtyValue key) {
        if (val.isMarked() || key.isMarked()) {
            return index(val.unmark(), key.unmark()).withMarks(union(val.marks(), key.marks()));
        }
        CtyType t = val.type();
        if (t.isDynamic()) {
            return CtyValue.DYNAMIC_VAL;
        }
        switch (t.kind()) {
            case LIST -> {
                CtyType et = t.elementType();
                if (key.type().isDynamic()) {
                    return CtyValue.unknownVal(et);
                }
                requireKeyType(key, CtyType.NUMBER, "element key for list must be number");
                if (!key.isKnown() || !val.isKnown()) {
                    return CtyValue.unknownVal(et);
                }
                List<CtyValue> elems = knownElements(val);
                int i = nonNegativeIndex(key, "element key for list must be non-negative integer");
                if (i >= elems.size()) {
                    throw new IllegalArgumentException("index " + i + " out of range for list of length "
                            + elems.size());
                }
                return elems.get(i);
            }
            case MAP -> {
                CtyType et = t.elementType();
                if (key.type().isDynamic()) {
                    return CtyValue.unknownVal(et);
                }
                requireKeyType(key, CtyType.STRING, "element key for map must be string");
                if (!key.isKnown() || !val.isKnown()) {
                    return CtyValue.unknownVal(et);
                }
                if (val.isNull()) {
                    throw new IllegalStateException("cannot index a null value");
                }
                CtyValue v = val.mapEntries().get(key.asString());
                return v != null ? v : CtyValue.nullVal(et);
            }
            case TUPLE -> {
                if (key.type().isDynamic()) {
                    return CtyValue.DYNAMIC_VAL;
                }
                requireKeyType(key, CtyType.NUMBER, "element key for tuple must be number");
                if (!key.isKnown()) {
                    return CtyValue.DYNAMIC_VAL;
                }
                int i = nonNegativeIndex(key, "element key for list must be non-negative integer");
                List<CtyType> types = t.tupleElementTypes();
                if (i >= types.size()) {
                    throw new IllegalArgumentException("index " + i + " out of range for tuple of length "
                            + types.size());
                }
                if (!val.isKnown()) {
                    return CtyValue.unknownVal(types.get(i));
                }
                return knownElements(val).get(i);
            }
            default -> throw new IllegalStateException("not a list, map, or tuple type");
        }
    }

    static CtyValue hasIndex(CtyValue val, CtyValue key) {
        if (val.isMarked() || key.isMarked()) {
            return hasIndex(val.unmark(), key.unmark()).withMarks(union(val.marks(), key.marks()));
        }
        CtyType t = val.type();
        if (t.isDynamic()) {
            return unknownBool();
        }
        switch (t.kind()) {
            case LIST, MAP -> {
                boolean list = t.isListType();
                if (key.type().isDynamic()) {
                    return unknownBool();
                }
                if (!key.type().equals(list ? CtyType.NUMBER : CtyType.STRING)) {
                    return CtyValue.FALSE;
                }
                if (!key.isKnown() || !val.isKnown()) {
                    return unknownBool();
                }
                requireNonNullKey(key);
                if (val.isNull()) {
                    throw new IllegalStateException("cannot index a null value");
                }
                if (!list) {
                    return CtyValue.boolVal(val.mapEntries().containsKey(key.asString()));
                }
                long i = exactIndex(key);
                return CtyValue.boolVal(i >= 0 && i < knownElements(val).size());
            }
            case TUPLE -> {
                if (key.type().isDynamic()) {
                    return unknownBool();
                }
                if (!key.type().equals(CtyType.NUMBER)) {
                    return CtyValue.FALSE;
                }
                if (!key.isKnown()) {
                    return unknownBool();
                }
                requireNonNullKey(key);
                long i = exactIndex(key);
                return CtyValue.boolVal(i >= 0 && i < t.tupleLength());
            }
            default -> throw new IllegalStateException("not a list, map, or tuple type");
        }
    }

    static CtyValue hasElement(CtyValue val, CtyValue elem) {
        if (val.isMarked() || elem.isMarked()) {
            return hasElement(val.unmark(), elem.unmark()).withMarks(union(val.marks(), elem.marks()));
        }
        CtyType t = val.type();
        if (val.isNull()) {
            throw new IllegalStateException("cannot HasElement on null value");
        }
        if (!val.isKnown()) {
            return unknownBool();
        }
        if (!elem.type().isDynamic() && t.isSetType() && !t.elementType().isDynamic()
                && !elem.type().equals(t.elementType())) {
            return CtyValue.FALSE;
        }
        if (!t.isSetType()) {
            throw new IllegalStateException("not a set type");
        }
        if (!elem.isKnown()) {
            return unknownBool();
        }
        CtyValue noMatch = val.isWhollyKnown() ? CtyValue.FALSE : unknownBool();
        if (!t.elementType().equals(elem.type())) {
            return CtyValue.FALSE;
        }
        SetElements s = (SetElements) val.rawPayload();
        return s.contains(elem.unmarkDeep()) ? CtyValue.TRUE : noMatch;
    }

    /** The unknown, definitely-not-null bool that go-cty 1.13+ returns from predicates on unknown operands. */
    static CtyValue unknownBool() {
        return UnknownBool.VALUE;
    }

    private static final class UnknownBool {
        static final CtyValue VALUE = CtyValue.unknownVal(CtyType.BOOL).refineNotNull();
    }

    private static List<CtyValue> knownElements(CtyValue val) {
        if (val.isNull()) {
            throw new IllegalStateException("cannot index a null value");
        }
        return val.elements();
    }

    private static void requireKeyType(CtyValue key, CtyType wanted, String message) {
        if (!key.type().equals(wanted)) {
            throw new IllegalArgumentException(message);
        }
    }

    private static void requireNonNullKey(CtyValue key) {
        if (key.isNull()) {
            throw new IllegalArgumentException("index key must not be null");
        }
    }

    private static int nonNegativeIndex(CtyValue key, String message) {
        requireNonNullKey(key);
        long i = exactIndex(key);
        if (i < 0 || i > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(message);
        }
        return (int) i;
    }

    /** The key as an exact int64, or -1 when it is not one (go-cty treats both as "no such index"). */
    private static long exactIndex(CtyValue key) {
        BigFloat f = key.asBigFloat();
        if (!f.isInt64()) {
            return -1;
        }
        return f.toLong();
    }

    static Set<Object> union(Set<Object> a, Set<Object> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        Set<Object> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
