package io.vertiform.cty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable cty value: a type plus either a known payload, null, or "unknown" (optionally refined), plus marks.
 *
 * <p>Semantics follow go-cty: {@link #ctyEquals} is the three-valued {@code Value.Equals}; {@link #rawEquals} (and
 * Java {@link #equals}) is {@code RawEquals}, which also compares marks and refinements. Integration methods
 * ({@code asString}, {@code elements}, ...) refuse marked values like go-cty does: unmark first.
 */
public final class CtyValue {

    public static final CtyValue TRUE = new CtyValue(CtyType.BOOL, Boolean.TRUE, null, Set.of());
    public static final CtyValue FALSE = new CtyValue(CtyType.BOOL, Boolean.FALSE, null, Set.of());
    public static final CtyValue ZERO = numberIntVal(0);
    public static final CtyValue POSITIVE_INFINITY = numberVal(BigFloat.POSITIVE_INFINITY);
    public static final CtyValue NEGATIVE_INFINITY = numberVal(BigFloat.NEGATIVE_INFINITY);
    /** The unknown value of unknown type (go-cty's {@code DynamicVal}); it can never be refined. */
    public static final CtyValue DYNAMIC_VAL = new CtyValue(CtyType.DYNAMIC, null, UnknownRefinement.NONE, Set.of());
    public static final CtyValue EMPTY_OBJECT_VAL =
            new CtyValue(CtyType.EMPTY_OBJECT, Collections.unmodifiableSortedMap(new TreeMap<>(GoStrings.ORDER)),
                    null, Set.of());
    public static final CtyValue EMPTY_TUPLE_VAL = new CtyValue(CtyType.EMPTY_TUPLE, List.of(), null, Set.of());

    private final CtyType type;
    /** String, BigFloat, Boolean, List (list/tuple), SortedMap (map/object), SetElements; null when null/unknown. */
    private final Object payload;
    /** Non-null exactly when the value is unknown. */
    private final UnknownRefinement unknown;
    private final Set<Object> marks;
    private final boolean containsMarked;
    private final boolean whollyKnown;
    private final boolean whollyKnownType;
    private int hash;

    CtyValue(CtyType type, Object payload, UnknownRefinement unknown, Set<Object> marks) {
        this.type = type;
        this.payload = payload;
        this.unknown = unknown;
        this.marks = marks;
        boolean nestedMarks = false;
        boolean nestedKnown = true;
        boolean nestedKnownType = true;
        for (CtyValue child : children()) {
            nestedMarks |= child.containsMarked;
            nestedKnown &= child.whollyKnown;
            nestedKnownType &= child.whollyKnownType;
        }
        this.containsMarked = !marks.isEmpty() || nestedMarks;
        this.whollyKnown = unknown == null && nestedKnown;
        if (unknown != null) {
            this.whollyKnownType = !type.isDynamic() && (type.isPrimitive() || !type.hasDynamicTypes());
        } else {
            this.whollyKnownType = nestedKnownType;
        }
    }

    // ---------------------------------------------------------------- factories

    /** A string value, NFC-normalised like go-cty's {@code StringVal}. */
    public static CtyValue stringVal(String s) {
        return new CtyValue(CtyType.STRING, CtyType.nfc(Objects.requireNonNull(s, "s")), null, Set.of());
    }

    public static CtyValue numberVal(BigFloat n) {
        return new CtyValue(CtyType.NUMBER, Objects.requireNonNull(n, "n"), null, Set.of());
    }

    public static CtyValue numberIntVal(long v) {
        return numberVal(BigFloat.of(v));
    }

    /** A number from an unsigned 64-bit integer (go-cty's {@code NumberUIntVal}). */
    public static CtyValue numberUIntVal(long unsigned) {
        return numberVal(BigFloat.ofUnsigned(unsigned));
    }

    /** @throws IllegalArgumentException for NaN */
    public static CtyValue numberFloatVal(double v) {
        return numberVal(BigFloat.of(v));
    }

    /**
     * go-cty's {@code ParseNumberVal}: base 10 at 512 bits of precision.
     *
     * @throws NumberFormatException with go-cty's text "a number is required"
     */
    public static CtyValue parseNumberVal(String s) {
        try {
            return numberVal(BigFloat.parse(s));
        } catch (NumberFormatException e) {
            NumberFormatException nfe = new NumberFormatException("a number is required");
            nfe.initCause(e);
            throw nfe;
        }
    }

    public static CtyValue boolVal(boolean b) {
        return b ? TRUE : FALSE;
    }

    public static CtyValue nullVal(CtyType type) {
        return new CtyValue(Objects.requireNonNull(type, "type"), null, null, Set.of());
    }

    public static CtyValue unknownVal(CtyType type) {
        if (type.isDynamic()) {
            return DYNAMIC_VAL;
        }
        return new CtyValue(Objects.requireNonNull(type, "type"), null, UnknownRefinement.NONE, Set.of());
    }

    /** @throws IllegalArgumentException if empty or the element types differ */
    public static CtyValue listVal(List<CtyValue> elements) {
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("must not call listVal with an empty list");
        }
        CtyType et = commonElementType(elements, "list");
        return new CtyValue(CtyType.list(et), retype(elements, et), null, Set.of());
    }

    public static CtyValue listValEmpty(CtyType element) {
        return new CtyValue(CtyType.list(element), List.of(), null, Set.of());
    }

    /**
     * A set value; duplicates (by {@link #ctyEquals} being true) collapse, unknown elements never do. Marks on the
     * elements (at any depth) are removed and applied to the set itself, as go-cty does.
     *
     * @throws IllegalArgumentException if empty or the element types differ
     */
    public static CtyValue setVal(Collection<CtyValue> elements) {
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("must not call setVal with an empty collection");
        }
        Set<Object> hoisted = new HashSet<>();
        List<CtyValue> unmarked = new ArrayList<>(elements.size());
        for (CtyValue e : elements) {
            Objects.requireNonNull(e, "set element");
            if (e.containsMarked) {
                hoisted.addAll(e.deepMarks());
                unmarked.add(e.unmarkDeep());
            } else {
                unmarked.add(e);
            }
        }
        CtyType et = commonElementType(unmarked, "set");
        SetElements store = SetElements.build(et, retype(unmarked, et));
        return new CtyValue(CtyType.set(et), store, null, Set.of()).withMarks(hoisted);
    }

    public static CtyValue setValEmpty(CtyType element) {
        return new CtyValue(CtyType.set(element), SetElements.build(element, List.of()), null, Set.of());
    }

    /** A map value; keys are NFC-normalised. @throws IllegalArgumentException if empty or element types differ */
    public static CtyValue mapVal(Map<String, CtyValue> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("must not call mapVal with an empty map");
        }
        CtyType et = commonElementType(entries.values(), "map");
        TreeMap<String, CtyValue> m = new TreeMap<>(GoStrings.ORDER);
        for (Map.Entry<String, CtyValue> e : entries.entrySet()) {
            m.put(CtyType.nfc(Objects.requireNonNull(e.getKey(), "map key")), retype(e.getValue(), et));
        }
        return new CtyValue(CtyType.map(et), Collections.unmodifiableSortedMap(m), null, Set.of());
    }

    public static CtyValue mapValEmpty(CtyType element) {
        return new CtyValue(CtyType.map(element), Collections.unmodifiableSortedMap(new TreeMap<>(GoStrings.ORDER)),
                null, Set.of());
    }

    public static CtyValue tupleVal(List<CtyValue> elements) {
        List<CtyType> types = new ArrayList<>(elements.size());
        for (CtyValue e : elements) {
            types.add(Objects.requireNonNull(e, "tuple element").type);
        }
        return new CtyValue(CtyType.tuple(types), List.copyOf(elements), null, Set.of());
    }

    /** An object value whose type is implied by the attribute values; names are NFC-normalised. */
    public static CtyValue objectVal(Map<String, CtyValue> attributes) {
        TreeMap<String, CtyValue> m = new TreeMap<>(GoStrings.ORDER);
        Map<String, CtyType> types = new LinkedHashMap<>();
        for (Map.Entry<String, CtyValue> e : attributes.entrySet()) {
            String name = CtyType.nfc(Objects.requireNonNull(e.getKey(), "attribute name"));
            CtyValue v = Objects.requireNonNull(e.getValue(), "attribute value");
            m.put(name, v);
            types.put(name, v.type);
        }
        return new CtyValue(CtyType.object(types), Collections.unmodifiableSortedMap(m), null, Set.of());
    }

    /**
     * An object value with the attributes of {@code objectType}, the values given in the type's attribute order
     * (the order of {@link CtyType#attributeTypes()}), as decoders have them after reading against a schema. Equal
     * to {@link #objectVal(Map)} of the same pairs: the type is implied by the values (a dynamic attribute takes its
     * value's type; optional-attribute markers are dropped). Unlike it, this never sorts names or rebuilds the type
     * when every value already has its attribute's type, so it is linear in the number of attributes.
     *
     * @throws IllegalArgumentException if {@code objectType} is not an object type or the value count differs
     */
    public static CtyValue objectVal(CtyType objectType, List<CtyValue> attributeValues) {
        if (!objectType.isObjectType()) {
            throw new IllegalArgumentException("objectVal needs an object type, not " + objectType.friendlyName());
        }
        String[] names = objectType.attributeNameArray();
        CtyType[] declared = objectType.attributeTypeArray();
        Object[] vals = attributeValues.toArray();
        if (vals.length != names.length) {
            throw new IllegalArgumentException("object type has " + names.length + " attributes but "
                    + vals.length + " values were given");
        }
        if (vals.length == 0) {
            return EMPTY_OBJECT_VAL;
        }
        CtyType[] implied = null;
        for (int i = 0; i < vals.length; i++) {
            if (!(vals[i] instanceof CtyValue v)) {
                throw new NullPointerException("attribute value");
            }
            CtyType vt = v.type;
            if (implied == null && vt != declared[i] && !vt.equals(declared[i])) {
                implied = declared.clone();
            }
            if (implied != null) {
                implied[i] = vt;
            }
        }
        CtyType type = objectType;
        if (implied != null) {
            type = CtyType.objectOfSorted(names, implied);
        } else if (!objectType.optionalAttributes().isEmpty()) {
            type = CtyType.objectOfSorted(names, declared.clone());
        }
        return new CtyValue(type, new SortedArrayMap<CtyValue>(names, vals), null, Set.of());
    }

    private static CtyType commonElementType(Collection<CtyValue> values, String what) {
        CtyType et = CtyType.DYNAMIC;
        for (CtyValue v : values) {
            Objects.requireNonNull(v, what + " element");
            if (et.isDynamic()) {
                et = v.type;
            } else if (!v.type.isDynamic() && !et.equals(v.type)) {
                throw new IllegalArgumentException("inconsistent " + what + " element types (" + et.goString()
                        + " then " + v.type.goString() + ")");
            }
        }
        return et;
    }

    // go-cty stores only the raw payload and re-wraps it with the collection's element type, so a null or unknown
    // element of the dynamic pseudo-type silently becomes a null/unknown of the concrete element type.
    private static List<CtyValue> retype(List<CtyValue> values, CtyType et) {
        List<CtyValue> out = new ArrayList<>(values.size());
        for (CtyValue v : values) {
            out.add(retype(v, et));
        }
        return Collections.unmodifiableList(out);
    }

    private static CtyValue retype(CtyValue v, CtyType et) {
        if (v.type.equals(et)) {
            return v;
        }
        CtyValue bare = v.isNull() ? nullVal(et) : unknownVal(et);
        return bare.withMarks(v.marks);
    }

    // ---------------------------------------------------------------- basic accessors

    public CtyType type() {
        return type;
    }

    public boolean isNull() {
        return unknown == null && payload == null;
    }

    public boolean isKnown() {
        return unknown == null;
    }

    /** Known, and (unless null) every nested value known too. */
    public boolean isWhollyKnown() {
        return whollyKnown;
    }

    /** go-cty's {@code HasWhollyKnownType}: no unknown value of (or containing) the dynamic pseudo-type inside. */
    public boolean hasWhollyKnownType() {
        return whollyKnownType;
    }

    public boolean isMarked() {
        return !marks.isEmpty();
    }

    /** True if this value or any nested value is marked. */
    public boolean containsMarked() {
        return containsMarked;
    }

    public String asString() {
        return (String) integrationPayload(CtyType.Kind.STRING, "asString");
    }

    public BigFloat asBigFloat() {
        return (BigFloat) integrationPayload(CtyType.Kind.NUMBER, "asBigFloat");
    }

    public boolean asBool() {
        return (Boolean) integrationPayload(CtyType.Kind.BOOL, "asBool");
    }

    private Object integrationPayload(CtyType.Kind kind, String op) {
        requireIntegrable(op);
        if (type.kind() != kind) {
            throw new IllegalStateException(op + " on " + type.friendlyName() + " value");
        }
        return payload;
    }

    private void requireIntegrable(String op) {
        if (isMarked()) {
            throw new IllegalStateException(op + ": value is marked, so must be unmarked first");
        }
        if (unknown != null) {
            throw new IllegalStateException(op + ": value is not known");
        }
        if (payload == null) {
            throw new IllegalStateException(op + ": value is null");
        }
    }

    /**
     * Number of elements (go-cty's {@code LengthInt}): tuple and object lengths come from the type even when the
     * value is null or unknown. A set's count includes unknown elements that might later coalesce.
     */
    public int lengthInt() {
        if (isMarked()) {
            throw new IllegalStateException("lengthInt: value is marked, so must be unmarked first");
        }
        if (type.isTupleType()) {
            return type.tupleLength();
        }
        if (type.isObjectType()) {
            return type.attributeTypes().size();
        }
        requireIntegrable("lengthInt");
        return switch (type.kind()) {
            case LIST -> ((List<?>) payload).size();
            case MAP -> ((Map<?, ?>) payload).size();
            case SET -> ((SetElements) payload).size();
            default -> throw new IllegalStateException("lengthInt on " + type.friendlyName() + " value");
        };
    }

    /**
     * go-cty's {@code Length}: a number value, unknown (with refined bounds) when it cannot be known yet. Tuples and
     * known objects report their type's length, like go-cty.
     */
    public CtyValue length() {
        if (isMarked()) {
            return unmark().length().withMarks(marks);
        }
        if (type.isTupleType()) {
            return numberIntVal(type.tupleLength());
        }
        if (type.isObjectType() && unknown == null) {
            return numberIntVal(type.attributeTypes().size());
        }
        if (!type.isCollectionType() && !type.isDynamic()) {
            throw new IllegalStateException("length on " + type.friendlyName() + " value");
        }
        if (unknown != null) {
            ValueRange rng = range();
            return unknownVal(CtyType.NUMBER).refine().notNull()
                    .numberRangeInclusive(numberIntVal(rng.lengthLowerBound()),
                            lengthBoundValue(rng.lengthUpperBound()))
                    .newValue();
        }
        if (type.isSetType()) {
            int stored = lengthInt();
            if (stored == 1 || whollyKnown) {
                return numberIntVal(stored);
            }
            return unknownVal(CtyType.NUMBER).refine().notNull()
                    .numberRangeInclusive(numberIntVal(1), numberIntVal(stored)).newValue();
        }
        return numberIntVal(lengthInt());
    }

    // go-cty's "unbounded" length is math.MaxInt, which is what shows up in number refinements and on the wire.
    static CtyValue lengthBoundValue(int bound) {
        return bound == UnknownRefinement.UNBOUNDED_LENGTH ? numberIntVal(Long.MAX_VALUE) : numberIntVal(bound);
    }

    /** Elements of a known list, set (in go-cty's set order) or tuple. */
    @SuppressWarnings("unchecked")
    public List<CtyValue> elements() {
        requireIntegrable("elements");
        return switch (type.kind()) {
            case LIST, TUPLE -> (List<CtyValue>) payload;
            case SET -> ((SetElements) payload).ordered();
            default -> throw new IllegalStateException("elements on " + type.friendlyName() + " value");
        };
    }

    /** Entries of a known map (or attributes of a known object), sorted by key in Go's string order. */
    @SuppressWarnings("unchecked")
    public SortedMap<String, CtyValue> mapEntries() {
        requireIntegrable("mapEntries");
        if (type.isMapType() || type.isObjectType()) {
            return (SortedMap<String, CtyValue>) payload;
        }
        throw new IllegalStateException("mapEntries on " + type.friendlyName() + " value");
    }

    /** True for known, non-null lists, sets, maps, tuples and objects (go-cty's {@code CanIterateElements}). */
    public boolean canIterateElements() {
        return unknown == null && payload != null
                && (type.isCollectionType() || type.isTupleType() || type.isObjectType());
    }

    /** Direct nested values, ignoring marks on this value (empty for primitives, nulls and unknowns). */
    @SuppressWarnings("unchecked")
    Collection<CtyValue> children() {
        if (payload instanceof List<?> l) {
            return (List<CtyValue>) l;
        }
        if (payload instanceof SortedMap<?, ?> m) {
            return ((SortedMap<String, CtyValue>) m).values();
        }
        if (payload instanceof SetElements s) {
            return s.ordered();
        }
        return List.of();
    }

    /** The payload for package-internal algorithms that have already dealt with marks. */
    Object rawPayload() {
        return payload;
    }

    UnknownRefinement unknownRefinement() {
        return unknown;
    }

    // ---------------------------------------------------------------- structural access

    /** go-cty's {@code GetAttr}: marks of the object propagate to the result. */
    public CtyValue getAttr(String name) {
        if (isMarked()) {
            return unmark().getAttr(name).withMarks(marks);
        }
        if (type.isDynamic()) {
            return DYNAMIC_VAL;
        }
        if (!type.isObjectType()) {
            throw new IllegalStateException("value is not an object");
        }
        String n = CtyType.nfc(name);
        if (!type.hasAttribute(n)) {
            throw new IllegalArgumentException("value has no attribute of that name: " + GoStrings.quote(n));
        }
        CtyType at = type.attributeType(n);
        if (unknown != null) {
            return unknownVal(at);
        }
        if (payload == null) {
            throw new IllegalStateException("cannot get attribute " + GoStrings.quote(n) + " of a null value");
        }
        return mapEntries().get(n);
    }

    /**
     * go-cty's {@code Index} on a list, map or tuple. As in go-cty, a key missing from a known map yields a null of
     * the element type.
     */
    public CtyValue index(CtyValue key) {
        return ValueIndexing.index(this, key);
    }

    public CtyValue index(long key) {
        return index(numberIntVal(key));
    }

    public CtyValue index(String key) {
        return index(stringVal(key));
    }

    /** go-cty's {@code HasIndex}: three-valued (unknown when the collection or key is unknown). */
    public CtyValue hasIndexValue(CtyValue key) {
        return ValueIndexing.hasIndex(this, key);
    }

    /** True only when {@link #hasIndexValue} is known to be true. */
    public boolean hasIndex(CtyValue key) {
        CtyValue r = hasIndexValue(key).unmark();
        return r.isKnown() && r.asBool();
    }

    /** go-cty's {@code HasElement} on a set: three-valued membership. */
    public CtyValue hasElement(CtyValue element) {
        return ValueIndexing.hasElement(this, element);
    }

    // ---------------------------------------------------------------- equality and comparisons

    /** go-cty's {@code Equals}: a bool value, unknown when equality cannot be decided yet; marks propagate. */
    public CtyValue ctyEquals(CtyValue other) {
        return ValueEquality.equals(this, other);
    }

    /** {@code ctyEquals(other).not()}. */
    public CtyValue ctyNotEquals(CtyValue other) {
        return ctyEquals(other).not();
    }

    /** go-cty's {@code RawEquals}: exact structural identity including marks and refinements. */
    public boolean rawEquals(CtyValue other) {
        return ValueEquality.rawEquals(this, other);
    }

    public CtyValue lessThan(CtyValue other) {
        return ValueComparisons.lessThan(this, other);
    }

    public CtyValue greaterThan(CtyValue other) {
        return ValueComparisons.greaterThan(this, other);
    }

    public CtyValue lessThanOrEqualTo(CtyValue other) {
        return lessThan(other).or(ctyEquals(other));
    }

    public CtyValue greaterThanOrEqualTo(CtyValue other) {
        return greaterThan(other).or(ctyEquals(other));
    }

    public CtyValue not() {
        return ValueComparisons.not(this);
    }

    public CtyValue and(CtyValue other) {
        return ValueComparisons.and(this, other);
    }

    public CtyValue or(CtyValue other) {
        return ValueComparisons.or(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CtyValue v && rawEquals(v));
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = ValueEquality.rawHash(this);
            hash = h == 0 ? 1 : h;
        }
        return hash;
    }

    // ---------------------------------------------------------------- marks

    /** The marks directly on this value (not nested ones). */
    public Set<Object> marks() {
        return marks;
    }

    public boolean hasMark(Object mark) {
        return marks.contains(mark);
    }

    public CtyValue mark(Object mark) {
        Objects.requireNonNull(mark, "mark");
        if (marks.contains(mark)) {
            return this;
        }
        Set<Object> m = new HashSet<>(marks);
        m.add(mark);
        return new CtyValue(type, payload, unknown, Collections.unmodifiableSet(m));
    }

    /** This value with {@code extra} marks added to its own. */
    public CtyValue withMarks(Set<?> extra) {
        if (extra.isEmpty() || marks.containsAll(extra)) {
            return this;
        }
        Set<Object> m = new HashSet<>(marks);
        m.addAll(extra);
        return new CtyValue(type, payload, unknown, Collections.unmodifiableSet(m));
    }

    /** This value with the direct marks of every {@code sources} value added. */
    public CtyValue withSameMarks(CtyValue... sources) {
        CtyValue v = this;
        for (CtyValue s : sources) {
            v = v.withMarks(s.marks);
        }
        return v;
    }

    /** This value without its direct marks (nested marks stay). */
    public CtyValue unmark() {
        return marks.isEmpty() ? this : new CtyValue(type, payload, unknown, Set.of());
    }

    /** This value with all marks removed at every depth. */
    public CtyValue unmarkDeep() {
        return containsMarked ? ValueMarking.unmarkDeepWithPaths(this).value() : this;
    }

    /** Union of the marks at every depth. */
    public Set<Object> deepMarks() {
        if (!containsMarked) {
            return Set.of();
        }
        Set<Object> all = new HashSet<>();
        for (PathValueMarks pvm : ValueMarking.unmarkDeepWithPaths(this).pathMarks()) {
            all.addAll(pvm.marks());
        }
        return Collections.unmodifiableSet(all);
    }

    public boolean hasMarkDeep(Object mark) {
        return containsMarked && deepMarks().contains(mark);
    }

    /** Removes all marks, reporting where each was (pre-order, go-cty's {@code UnmarkDeepWithPaths}). */
    public UnmarkedWithPaths unmarkDeepWithPaths() {
        return ValueMarking.unmarkDeepWithPaths(this);
    }

    /** Re-applies marks at paths, the inverse of {@link #unmarkDeepWithPaths()}. */
    public CtyValue markWithPaths(List<PathValueMarks> pathMarks) {
        return ValueMarking.markWithPaths(this, pathMarks);
    }

    // ---------------------------------------------------------------- refinements

    /** A builder that narrows the range of this (unknown) value, or asserts the range of a known one. */
    public Refinement refine() {
        return new Refinement(this);
    }

    /** Shorthand for {@code refine().notNull().newValue()}. */
    public CtyValue refineNotNull() {
        return refine().notNull().newValue();
    }

    /** What is known about the possible values of this value (marks are ignored). */
    public ValueRange range() {
        return ValueRange.of(this.unmark());
    }

    // ---------------------------------------------------------------- rendering

    /** go-cty's {@code GoString}, e.g. {@code cty.StringVal("a")}; also {@link #toString()}. */
    public String goString() {
        return ValueGoString.of(this);
    }

    @Override
    public String toString() {
        return goString();
    }
}
