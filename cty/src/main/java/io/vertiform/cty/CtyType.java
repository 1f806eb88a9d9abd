package io.vertiform.cty;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A cty type: immutable and structurally comparable ({@link #equals} is go-cty's {@code Type.Equals}, which for
 * objects also compares which attributes are optional).
 */
public final class CtyType {

    /** The type kinds; {@link #DYNAMIC} is the dynamic pseudo-type ("any type"). */
    public enum Kind { STRING, NUMBER, BOOL, LIST, SET, MAP, TUPLE, OBJECT, DYNAMIC }

    public static final CtyType STRING = new CtyType(Kind.STRING, null, null, null, null);
    public static final CtyType NUMBER = new CtyType(Kind.NUMBER, null, null, null, null);
    public static final CtyType BOOL = new CtyType(Kind.BOOL, null, null, null, null);
    public static final CtyType DYNAMIC = new CtyType(Kind.DYNAMIC, null, null, null, null);
    public static final CtyType EMPTY_OBJECT = object(Map.of());
    public static final CtyType EMPTY_TUPLE = tuple(List.of());

    private final Kind kind;
    private final CtyType elementType;
    private final List<CtyType> tupleElementTypes;
    private final SortedMap<String, CtyType> attributeTypes;
    private final SortedSet<String> optionalAttributes;
    /** Object types: attribute names and types in Go's name order (for positional builds of object values). */
    private final String[] attributeNames;
    private final CtyType[] attributeTypeArray;
    private final boolean hasDynamicTypes;
    private final int hash;

    private CtyType(Kind kind, CtyType elementType, List<CtyType> tupleElementTypes,
                    SortedMap<String, CtyType> attributeTypes, SortedSet<String> optionalAttributes) {
        this.kind = kind;
        this.elementType = elementType;
        this.tupleElementTypes = tupleElementTypes;
        this.attributeTypes = attributeTypes;
        this.optionalAttributes = optionalAttributes;
        if (attributeTypes != null) {
            this.attributeNames = attributeTypes.keySet().toArray(new String[0]);
            this.attributeTypeArray = attributeTypes.values().toArray(new CtyType[0]);
        } else {
            this.attributeNames = null;
            this.attributeTypeArray = null;
        }
        this.hasDynamicTypes = computeHasDynamicTypes();
        this.hash = Objects.hash(kind, elementType, tupleElementTypes, attributeTypes, optionalAttributes);
    }

    public static CtyType list(CtyType element) {
        return new CtyType(Kind.LIST, Objects.requireNonNull(element, "element"), null, null, null);
    }

    public static CtyType set(CtyType element) {
        return new CtyType(Kind.SET, Objects.requireNonNull(element, "element"), null, null, null);
    }

    public static CtyType map(CtyType element) {
        return new CtyType(Kind.MAP, Objects.requireNonNull(element, "element"), null, null, null);
    }

    public static CtyType tuple(List<CtyType> elements) {
        List<CtyType> copy = new ArrayList<>(elements.size());
        for (CtyType t : elements) {
            copy.add(Objects.requireNonNull(t, "tuple element type"));
        }
        return new CtyType(Kind.TUPLE, null, Collections.unmodifiableList(copy), null, null);
    }

    public static CtyType object(Map<String, CtyType> attributes) {
        return objectWithOptional(attributes, Set.of());
    }

    /**
     * An object type whose listed attributes are optional (meaningful only as a conversion target constraint).
     * Attribute names are NFC-normalised like go-cty does.
     *
     * @throws IllegalArgumentException if an optional attribute is not declared
     */
    public static CtyType objectWithOptional(Map<String, CtyType> attributes, Set<String> optionalAttrs) {
        TreeMap<String, CtyType> attrs = new TreeMap<>(GoStrings.ORDER);
        for (Map.Entry<String, CtyType> e : attributes.entrySet()) {
            attrs.put(nfc(e.getKey()), Objects.requireNonNull(e.getValue(), "attribute type"));
        }
        TreeSet<String> optional = new TreeSet<>(GoStrings.ORDER);
        for (String name : optionalAttrs) {
            String n = nfc(name);
            if (!attrs.containsKey(n)) {
                throw new IllegalArgumentException("optional contains undeclared attribute " + GoStrings.quote(n));
            }
            optional.add(n);
        }
        return new CtyType(Kind.OBJECT, null, null,
                Collections.unmodifiableSortedMap(attrs), Collections.unmodifiableSortedSet(optional));
    }

    private static final SortedSet<String> NO_OPTIONAL_ATTRIBUTES =
            Collections.unmodifiableSortedSet(new TreeSet<>(GoStrings.ORDER));

    /**
     * An object type (without optional attributes) from names already NFC-normalised and strictly sorted in Go's
     * order, with {@code types[i]} for {@code names[i]}. Both arrays are kept: callers pass arrays nobody writes.
     */
    static CtyType objectOfSorted(String[] names, CtyType[] types) {
        return new CtyType(Kind.OBJECT, null, null, new SortedArrayMap<>(names, types), NO_OPTIONAL_ATTRIBUTES);
    }

    /** The attribute names of an object type in Go's order; the caller must not modify the array. */
    String[] attributeNameArray() {
        requireKind(Kind.OBJECT, "attributeNameArray");
        return attributeNames;
    }

    /** The attribute types of an object type in name order; the caller must not modify the array. */
    CtyType[] attributeTypeArray() {
        requireKind(Kind.OBJECT, "attributeTypeArray");
        return attributeTypeArray;
    }

    static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isPrimitive() {
        return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.BOOL;
    }

    public boolean isListType() {
        return kind == Kind.LIST;
    }

    public boolean isSetType() {
        return kind == Kind.SET;
    }

    public boolean isMapType() {
        return kind == Kind.MAP;
    }

    public boolean isTupleType() {
        return kind == Kind.TUPLE;
    }

    public boolean isObjectType() {
        return kind == Kind.OBJECT;
    }

    public boolean isCollectionType() {
        return kind == Kind.LIST || kind == Kind.SET || kind == Kind.MAP;
    }

    public boolean isDynamic() {
        return kind == Kind.DYNAMIC;
    }

    /** The element type of a list, set or map type. */
    public CtyType elementType() {
        if (elementType == null) {
            throw new IllegalStateException("elementType on " + friendlyName() + " type");
        }
        return elementType;
    }

    public List<CtyType> tupleElementTypes() {
        requireKind(Kind.TUPLE, "tupleElementTypes");
        return tupleElementTypes;
    }

    /** Number of elements of a tuple type. */
    public int tupleLength() {
        return tupleElementTypes().size();
    }

    /** Attribute types of an object type, sorted by name in Go's string order. */
    public SortedMap<String, CtyType> attributeTypes() {
        requireKind(Kind.OBJECT, "attributeTypes");
        return attributeTypes;
    }

    public SortedSet<String> optionalAttributes() {
        requireKind(Kind.OBJECT, "optionalAttributes");
        return optionalAttributes;
    }

    public boolean hasAttribute(String name) {
        return attributeTypes().containsKey(nfc(name));
    }

    /** @throws IllegalArgumentException if there is no such attribute */
    public CtyType attributeType(String name) {
        CtyType t = attributeTypes().get(nfc(name));
        if (t == null) {
            throw new IllegalArgumentException("no such attribute " + GoStrings.quote(name));
        }
        return t;
    }

    /** @throws IllegalArgumentException if there is no such attribute */
    public boolean attributeOptional(String name) {
        String n = nfc(name);
        if (!attributeTypes().containsKey(n)) {
            throw new IllegalArgumentException("no such attribute " + GoStrings.quote(name));
        }
        return optionalAttributes.contains(n);
    }

    private void requireKind(Kind wanted, String op) {
        if (kind != wanted) {
            throw new IllegalStateException(op + " on " + friendlyName() + " type");
        }
    }

    /** True if this is, or (deeply) contains, the dynamic pseudo-type. */
    public boolean hasDynamicTypes() {
        return hasDynamicTypes;
    }

    private boolean computeHasDynamicTypes() {
        return switch (kind) {
            case DYNAMIC -> true;
            case STRING, NUMBER, BOOL -> false;
            case LIST, SET, MAP -> elementType.hasDynamicTypes();
            case TUPLE -> tupleElementTypes.stream().anyMatch(CtyType::hasDynamicTypes);
            case OBJECT -> attributeTypes.values().stream().anyMatch(CtyType::hasDynamicTypes);
        };
    }

    /** This type with every object type inside it (and itself) stripped of optional-attribute markers. */
    public CtyType withoutOptionalAttributesDeep() {
        return switch (kind) {
            case DYNAMIC, STRING, NUMBER, BOOL -> this;
            case LIST -> list(elementType.withoutOptionalAttributesDeep());
            case SET -> set(elementType.withoutOptionalAttributesDeep());
            case MAP -> map(elementType.withoutOptionalAttributesDeep());
            case TUPLE -> tuple(tupleElementTypes.stream().map(CtyType::withoutOptionalAttributesDeep).toList());
            case OBJECT -> {
                TreeMap<String, CtyType> attrs = new TreeMap<>(GoStrings.ORDER);
                attributeTypes.forEach((k, v) -> attrs.put(k, v.withoutOptionalAttributesDeep()));
                yield object(attrs);
            }
        };
    }

    /** go-cty's {@code FriendlyName}: "string", "list of number", "object", "dynamic"... */
    public String friendlyName() {
        return friendly(false);
    }

    /** go-cty's {@code FriendlyNameForConstraint}: like {@link #friendlyName()} but "any type"/"any single type". */
    public String friendlyNameForConstraint() {
        return friendly(true);
    }

    private String friendly(boolean constraint) {
        return switch (kind) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOL -> "bool";
            case DYNAMIC -> constraint ? "any type" : "dynamic";
            case OBJECT -> "object";
            case TUPLE -> "tuple";
            case LIST -> "list of " + elementFriendly(constraint);
            case SET -> "set of " + elementFriendly(constraint);
            case MAP -> "map of " + elementFriendly(constraint);
        };
    }

    private String elementFriendly(boolean constraint) {
        if (constraint && elementType.kind == Kind.DYNAMIC) {
            return "any single type";
        }
        return elementType.friendly(constraint);
    }

    /**
     * go-cty's {@code TestConformance}: errors describing why this (given) type does not conform to {@code want},
     * where DYNAMIC in {@code want} accepts anything. Empty when it conforms. Object attribute errors are in name
     * order (go-cty's order depends on map iteration).
     */
    public List<PathError> testConformance(CtyType want) {
        List<PathError> errs = new ArrayList<>();
        TypeConformance.test(this, want, CtyPath.root(), errs);
        return Collections.unmodifiableList(errs);
    }

    /** True when {@link #testConformance} reports no errors. */
    public boolean conformsTo(CtyType want) {
        return TypeConformance.conforms(this, want);
    }

    /** go-cty's {@code GoString}, e.g. {@code cty.List(cty.String)}; also {@link #toString()}. */
    public String goString() {
        return switch (kind) {
            case STRING -> "cty.String";
            case NUMBER -> "cty.Number";
            case BOOL -> "cty.Bool";
            case DYNAMIC -> "cty.DynamicPseudoType";
            case LIST -> "cty.List(" + elementType.goString() + ")";
            case SET -> "cty.Set(" + elementType.goString() + ")";
            case MAP -> "cty.Map(" + elementType.goString() + ")";
            case TUPLE -> tupleElementTypes.isEmpty() ? "cty.EmptyTuple" : "cty.Tuple([]cty.Type{"
                    + String.join(", ", tupleElementTypes.stream().map(CtyType::goString).toList()) + "})";
            case OBJECT -> objectGoString();
        };
    }

    private String objectGoString() {
        if (attributeTypes.isEmpty()) {
            return "cty.EmptyObject";
        }
        List<String> parts = new ArrayList<>();
        attributeTypes.forEach((k, v) -> parts.add(GoStrings.quote(k) + ":" + v.goString()));
        String attrs = "map[string]cty.Type{" + String.join(", ", parts) + "}";
        if (optionalAttributes.isEmpty()) {
            return "cty.Object(" + attrs + ")";
        }
        List<String> opt = optionalAttributes.stream().map(GoStrings::quote).toList();
        return "cty.ObjectWithOptionalAttrs(" + attrs + ", []string{" + String.join(", ", opt) + "})";
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CtyType other) || other.hash != hash || other.kind != kind) {
            return false;
        }
        return Objects.equals(elementType, other.elementType)
                && Objects.equals(tupleElementTypes, other.tupleElementTypes)
                && Objects.equals(attributeTypes, other.attributeTypes)
                && Objects.equals(optionalAttributes, other.optionalAttributes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return goString();
    }
}
