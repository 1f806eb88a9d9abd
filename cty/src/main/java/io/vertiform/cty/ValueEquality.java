package io.vertiform.cty;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * go-cty's {@code Value.Equals} (three-valued, refinement-aware as in go-cty 1.13+) and {@code RawEquals}.
 *
 * <p>Where go-cty walks object attributes and map keys in Go's random map order, this walks them in name order so
 * that the outcome (unknown versus false when both an unknown and a difference are present) is deterministic.
 */
final class ValueEquality {
    private ValueEquality() {
    }

    static CtyValue equals(CtyValue val, CtyValue other) {
        if (val.containsMarked() || other.containsMarked()) {
            CtyValue uv = val.unmarkDeep();
            CtyValue uo = other.unmarkDeep();
            Set<Object> vm;
            Set<Object> om;
            // With exactly one null operand only the top-level marks were relevant to the decision.
            if (val.isNull() != other.isNull()) {
                vm = val.marks();
                om = other.marks();
            } else {
                vm = val.deepMarks();
                om = other.deepMarks();
            }
            return equals(uv, uo).withMarks(ValueIndexing.union(vm, om));
        }

        if (val.isNull() && definitelyNotNull(other)) {
            return CtyValue.FALSE;
        }
        if (other.isNull() && definitelyNotNull(val)) {
            return CtyValue.FALSE;
        }
        if (val.isKnown() && !other.isKnown()) {
            if (isKnownFalse(other.range().includes(val))) {
                return CtyValue.FALSE;
            }
        } else if (other.isKnown() && !val.isKnown()) {
            if (isKnownFalse(val.range().includes(other))) {
                return CtyValue.FALSE;
            }
        }

        if (!val.isKnown() && !other.isKnown()) {
            return unknownResult();
        }
        if (!other.isKnown()) {
            return knownVersusUnknown(val, other);
        }
        if (!val.isKnown()) {
            return knownVersusUnknown(other, val);
        }

        if (val.isNull() && other.isNull()) {
            return CtyValue.TRUE;
        }
        if (val.isNull() || other.isNull()) {
            return CtyValue.FALSE;
        }

        if (!val.hasWhollyKnownType() || !other.hasWhollyKnownType()) {
            // Dynamic parts might still resolve to matching types unless neither side could ever conform.
            if (!val.type().conformsTo(other.type()) && !other.type().conformsTo(val.type())) {
                return CtyValue.FALSE;
            }
            return unknownResult();
        }

        if (!val.type().equals(other.type())) {
            return CtyValue.FALSE;
        }
        return knownEquals(val, other);
    }

    private static CtyValue knownVersusUnknown(CtyValue known, CtyValue unknown) {
        if (known.isNull() || unknown.type().hasDynamicTypes()) {
            return unknownResult();
        }
        if (!known.type().equals(unknown.type())) {
            return CtyValue.FALSE;
        }
        return unknownResult();
    }

    @SuppressWarnings("unchecked")
    private static CtyValue knownEquals(CtyValue val, CtyValue other) {
        CtyType t = val.type();
        switch (t.kind()) {
            case NUMBER:
                return CtyValue.boolVal(numbersEqual(val.asBigFloat(), other.asBigFloat()));
            case BOOL:
                return CtyValue.boolVal(val.asBool() == other.asBool());
            case STRING:
                // Strings are NFC-normalised on the way in, so plain comparison suffices.
                return CtyValue.boolVal(val.asString().equals(other.asString()));
            case LIST:
            case TUPLE: {
                List<CtyValue> a = (List<CtyValue>) val.rawPayload();
                List<CtyValue> b = (List<CtyValue>) other.rawPayload();
                if (a.size() != b.size()) {
                    return CtyValue.FALSE;
                }
                for (int i = 0; i < a.size(); i++) {
                    CtyValue eq = equals(a.get(i), b.get(i));
                    if (!eq.isKnown()) {
                        return unknownResult();
                    }
                    if (!eq.asBool()) {
                        return CtyValue.FALSE;
                    }
                }
                return CtyValue.TRUE;
            }
            case MAP:
            case OBJECT: {
                SortedMap<String, CtyValue> a = (SortedMap<String, CtyValue>) val.rawPayload();
                SortedMap<String, CtyValue> b = (SortedMap<String, CtyValue>) other.rawPayload();
                if (a.size() != b.size()) {
                    return CtyValue.FALSE;
                }
                for (Map.Entry<String, CtyValue> e : a.entrySet()) {
                    CtyValue ov = b.get(e.getKey());
                    if (ov == null) {
                        return CtyValue.FALSE;
                    }
                    CtyValue eq = equals(e.getValue(), ov);
                    if (!eq.isKnown()) {
                        return unknownResult();
                    }
                    if (!eq.asBool()) {
                        return CtyValue.FALSE;
                    }
                }
                return CtyValue.TRUE;
            }
            case SET: {
                SetElements a = (SetElements) val.rawPayload();
                SetElements b = (SetElements) other.rawPayload();
                boolean equal = true;
                // Only top-level unknown elements make the answer unknown; elements merely containing unknowns
                // can never be found in the other set, so they make it false (go-cty behaves the same).
                for (CtyValue e : a.ordered()) {
                    if (!e.isKnown()) {
                        return unknownResult();
                    }
                    if (!b.contains(e)) {
                        equal = false;
                    }
                }
                for (CtyValue e : b.ordered()) {
                    if (!e.isKnown()) {
                        return unknownResult();
                    }
                    if (!a.contains(e)) {
                        equal = false;
                    }
                }
                return CtyValue.boolVal(equal);
            }
            default:
                throw new IllegalStateException("unsupported value type " + t.goString() + " in Equals");
        }
    }

    static boolean definitelyNotNull(CtyValue v) {
        if (v.isKnown()) {
            return !v.isNull();
        }
        return v.range().definitelyNotNull();
    }

    private static boolean isKnownFalse(CtyValue b) {
        return b.isKnown() && !b.unmark().asBool();
    }

    static CtyValue unknownResult() {
        return ValueIndexing.unknownBool();
    }

    /**
     * go-cty's number equality: integers compare exactly; other values are equal when their shortest decimal
     * renderings (what JSON would show) are equal, with -0 equal to 0.
     */
    static boolean numbersEqual(BigFloat a, BigFloat b) {
        if (a.signum() != b.signum()) {
            return false;
        }
        boolean ai = a.isInt();
        boolean bi = b.isInt();
        if (ai != bi) {
            return false;
        }
        if (ai) {
            return a.compareTo(b) == 0;
        }
        if (a.equals(b) && a.precision() == b.precision()) {
            return true; // the text is a function of value and precision
        }
        if (BigFloatText.hasShortText(a) && BigFloatText.hasShortText(b)) {
            return a.text().equals(b.text()); // cached on the numbers
        }
        return BigFloatText.key(a).equals(BigFloatText.key(b));
    }

    @SuppressWarnings("unchecked")
    static boolean rawEquals(CtyValue val, CtyValue other) {
        if (val == other) {
            return true;
        }
        if (!val.type().equals(other.type()) || !val.marks().equals(other.marks())) {
            return false;
        }
        UnknownRefinement vu = val.unknownRefinement();
        UnknownRefinement ou = other.unknownRefinement();
        if (vu != null || ou != null) {
            return vu != null && ou != null && vu.sameAs(ou);
        }
        if (val.isNull() || other.isNull()) {
            return val.isNull() && other.isNull();
        }
        Object a = val.rawPayload();
        Object b = other.rawPayload();
        switch (val.type().kind()) {
            case NUMBER:
                return numbersEqual((BigFloat) a, (BigFloat) b);
            case STRING:
            case BOOL:
                return a.equals(b);
            case LIST:
            case TUPLE:
                return elementwiseRawEquals(((List<CtyValue>) a).iterator(), ((List<CtyValue>) b).iterator(),
                        ((List<CtyValue>) a).size(), ((List<CtyValue>) b).size());
            case SET: {
                List<CtyValue> la = ((SetElements) a).ordered();
                List<CtyValue> lb = ((SetElements) b).ordered();
                return elementwiseRawEquals(la.iterator(), lb.iterator(), la.size(), lb.size());
            }
            case MAP:
            case OBJECT: {
                SortedMap<String, CtyValue> ma = (SortedMap<String, CtyValue>) a;
                SortedMap<String, CtyValue> mb = (SortedMap<String, CtyValue>) b;
                if (ma.size() != mb.size()) {
                    return false;
                }
                for (Map.Entry<String, CtyValue> e : ma.entrySet()) {
                    CtyValue ov = mb.get(e.getKey());
                    if (ov == null || !rawEquals(e.getValue(), ov)) {
                        return false;
                    }
                }
                return true;
            }
            default:
                return false;
        }
    }

    private static boolean elementwiseRawEquals(Iterator<CtyValue> a, Iterator<CtyValue> b, int na, int nb) {
        if (na != nb) {
            return false;
        }
        while (a.hasNext()) {
            if (!rawEquals(a.next(), b.next())) {
                return false;
            }
        }
        return true;
    }

    /** A hash consistent with {@link #rawEquals}. */
    @SuppressWarnings("unchecked")
    static int rawHash(CtyValue v) {
        int h = v.type().hashCode() * 31 + v.marks().hashCode();
        UnknownRefinement u = v.unknownRefinement();
        if (u != null) {
            return h * 31 + 7 + u.hash();
        }
        if (v.isNull()) {
            return h * 31 + 3;
        }
        Object p = v.rawPayload();
        return h * 31 + switch (v.type().kind()) {
            case NUMBER -> numberHash((BigFloat) p);
            case STRING, BOOL -> p.hashCode();
            case LIST, TUPLE -> ((List<CtyValue>) p).hashCode();
            case SET -> ((SetElements) p).ordered().hashCode();
            case MAP, OBJECT -> ((Map<String, CtyValue>) p).hashCode();
            default -> 0;
        };
    }

    // Consistent with numbersEqual: integers by value (BigFloat's hash ignores precision), others by their text,
    // represented by its key because a huge exponent makes the text itself millions of characters long.
    private static int numberHash(BigFloat f) {
        if (f.isInt()) {
            return f.hashCode();
        }
        return (BigFloatText.hasShortText(f) ? BigFloatText.keyOfText(f.text()) : BigFloatText.key(f)).hashCode();
    }
}
